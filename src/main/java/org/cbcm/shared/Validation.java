package org.cbcm.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems of a long form or request body so that its writer learns of all
 * of them at once, not one per attempt.
 */
public final class Validation {

	private final List<InvalidRequestException> problems = new ArrayList<>();

	/** Runs a check, keeping its refusal instead of throwing it. */
	public void check(Runnable check) {
		try {
			check.run();
		}
		catch (InvalidRequestException ex) {
			problems.add(ex);
		}
	}

	public void reject(String parameter, String messageKey, Object... arguments) {
		problems.add(new InvalidRequestException(parameter, messageKey, arguments));
	}

	public boolean failed() {
		return !problems.isEmpty();
	}

	/** One refusal with every problem found; only when some was. */
	public InvalidRequestException problems() {
		return InvalidRequestException.of(problems);
	}

	/** Throws one refusal with every problem found, if there is any. */
	public void done() {
		if (!problems.isEmpty()) {
			throw InvalidRequestException.of(problems);
		}
	}

}
