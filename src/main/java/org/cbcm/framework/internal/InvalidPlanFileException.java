package org.cbcm.framework.internal;

import java.util.List;

/**
 * A data file of the Action Plan breaks one or more rules; each is listed, and nothing
 * was imported.
 */
class InvalidPlanFileException extends RuntimeException {

	private final List<String> problems;

	InvalidPlanFileException(List<String> problems) {
		super("The Action Plan data cannot be imported:\n  - " + String.join("\n  - ", problems));
		this.problems = List.copyOf(problems);
	}

	List<String> problems() {
		return problems;
	}

}
