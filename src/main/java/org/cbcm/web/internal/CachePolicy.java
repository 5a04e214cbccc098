package org.cbcm.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cbcm.shared.CurrentViewer;

import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Whether an answer may be kept: what a signed-in person sees may hold their drafts, so
 * it is never stored; what an anonymous visitor sees is public and revalidated by its
 * ETag. Static assets keep the caching the resource handler gives them.
 */
class CachePolicy implements HandlerInterceptor {

	private final CurrentViewer viewers;

	CachePolicy(CurrentViewer viewers) {
		this.viewers = viewers;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (handler instanceof HandlerMethod && !response.containsHeader("Cache-Control")) {
			response.setHeader("Cache-Control", viewers.get().signedIn() ? "private, no-store" : "no-cache");
		}
		return true;
	}

}
