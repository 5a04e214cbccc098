package org.cbcm.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What an htmx request asks for. A list page answers htmx with the changed part only, but
 * a whole page when htmx restores a page from history (it then swaps the answer into the
 * body); and every answer says that it varies with the htmx header, so that caches keep
 * the two apart.
 */
public final class Htmx {

	private Htmx() {
	}

	/**
	 * Whether to answer with the fragment alone; marks the response as varying with htmx.
	 */
	public static boolean wantsFragment(HttpServletRequest request, HttpServletResponse response) {
		response.addHeader("Vary", "HX-Request");
		return request.getHeader("HX-Request") != null && request.getHeader("HX-History-Restore-Request") == null;
	}

}
