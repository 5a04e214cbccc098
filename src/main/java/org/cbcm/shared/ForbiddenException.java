package org.cbcm.shared;

/**
 * The person asking may not do what they ask, though they are signed in: pages answer
 * with a 403 page, the API with a 403 problem; the message says what is not theirs to do.
 */
public class ForbiddenException extends RuntimeException {

	private final String messageKey;

	private final Object[] arguments;

	public ForbiddenException(String messageKey, Object... arguments) {
		super(messageKey + " " + java.util.Arrays.toString(arguments));
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.clone();
	}

}
