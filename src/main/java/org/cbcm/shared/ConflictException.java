package org.cbcm.shared;

/**
 * What is asked cannot be done in the state the thing is in (publishing an archived
 * record, confirming a draft): 409 in the API, a page that says so; nothing is changed.
 */
public class ConflictException extends RuntimeException {

	private final String messageKey;

	private final Object[] arguments;

	public ConflictException(String messageKey, Object... arguments) {
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
