package org.cbcm.shared;

/**
 * Something a reader asked for by its identifier does not exist. Pages answer it with a
 * 404 page, the API with a 404 problem; the message names what was asked for.
 */
public class NotFoundException extends RuntimeException {

	private final String messageKey;

	private final Object[] arguments;

	/**
	 * @param messageKey the message bundle key of the explanation shown to the reader
	 * @param arguments the values the message names, such as the code that was asked for
	 */
	public NotFoundException(String messageKey, Object... arguments) {
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
