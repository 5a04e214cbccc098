package org.cbcm.support;

/**
 * Whether the tests run in CI, where nothing may be skipped for want of a database or
 * browser.
 */
public final class Ci {

	private Ci() {
	}

	public static boolean required() {
		return "true".equalsIgnoreCase(System.getenv("CI"));
	}

}
