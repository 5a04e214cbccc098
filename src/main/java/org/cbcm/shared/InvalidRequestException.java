package org.cbcm.shared;

/**
 * A request parameter or field that cbcm cannot accept. Pages show the message beside the
 * field, the API answers 400 with a problem naming the parameter; nothing is changed.
 */
public class InvalidRequestException extends RuntimeException {

	private final String parameter;

	private final String messageKey;

	private final Object[] arguments;

	/**
	 * @param parameter the name of the request parameter or field at fault
	 * @param messageKey the message bundle key of the explanation shown to the reader
	 * @param arguments the values the message names
	 */
	public InvalidRequestException(String parameter, String messageKey, Object... arguments) {
		super(parameter + ": " + messageKey + " " + java.util.Arrays.toString(arguments));
		this.parameter = parameter;
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	public String parameter() {
		return parameter;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.clone();
	}

}
