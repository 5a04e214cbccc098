package org.cbcm.framework;

import org.jspecify.annotations.Nullable;

/**
 * A numbered section of a version of the plan ("3. Key elements requiring concrete
 * action", "5.1 National level").
 *
 * @param number the section number as the plan prints it
 * @param title the section heading
 * @param level the level of the activities in the section, for the implementation
 * sections
 */
public record PlanSection(String number, String title, @Nullable ActivityLevel level) {

	/** The section this one is part of: 5 for 5.1. */
	public @Nullable String parentNumber() {
		int dot = number.lastIndexOf('.');
		return (dot < 0) ? null : number.substring(0, dot);
	}

}
