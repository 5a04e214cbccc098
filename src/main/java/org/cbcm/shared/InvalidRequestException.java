package org.cbcm.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * A request parameter or field that cbcm cannot accept. Pages show the message beside the
 * field, the API answers 400 with a problem naming the parameter; nothing is changed. A
 * long form may be refused for several fields at once: the first is this exception's own,
 * {@link #problems()} lists them all.
 */
public class InvalidRequestException extends RuntimeException {

	private final String parameter;

	private final String messageKey;

	private final Object[] arguments;

	private final List<InvalidRequestException> others;

	/**
	 * @param parameter the name of the request parameter or field at fault
	 * @param messageKey the message bundle key of the explanation shown to the reader
	 * @param arguments the values the message names
	 */
	public InvalidRequestException(String parameter, String messageKey, Object... arguments) {
		super(TextInput.shown(parameter) + ": " + messageKey + " " + java.util.Arrays.toString(shown(arguments)));
		this.parameter = TextInput.shown(parameter);
		this.messageKey = messageKey;
		this.arguments = shown(arguments);
		this.others = List.of();
	}

	private InvalidRequestException(InvalidRequestException first, List<InvalidRequestException> others) {
		super(first.getMessage() + ((others.isEmpty()) ? "" : " (and " + others.size() + " more)"));
		this.parameter = first.parameter;
		this.messageKey = first.messageKey;
		this.arguments = first.arguments;
		this.others = List.copyOf(others);
	}

	/**
	 * One refusal for all the problems found, in the order given.
	 * @param problems at least one problem
	 */
	public static InvalidRequestException of(List<InvalidRequestException> problems) {
		List<InvalidRequestException> flat = new ArrayList<>();
		for (InvalidRequestException problem : problems) {
			flat.addAll(problem.problems());
		}
		if (flat.isEmpty()) {
			throw new IllegalArgumentException("A refusal needs at least one problem");
		}
		return new InvalidRequestException(flat.get(0), flat.subList(1, flat.size()));
	}

	/**
	 * The values as a message may repeat them: texts and numbers beyond what cbcm takes
	 * shortened ({@link TextInput#shown}), so that no refusal echoes a megabyte or writes
	 * out {@code 1e999999999}; other values as they are.
	 */
	private static Object[] shown(Object[] arguments) {
		Object[] shown = new Object[arguments.length];
		for (int index = 0; index < arguments.length; index++) {
			Object argument = arguments[index];
			if (argument instanceof CharSequence text) {
				shown[index] = TextInput.shown(text);
			}
			else if (argument instanceof java.math.BigDecimal number && !Decimals.readable(number)) {
				shown[index] = TextInput.shown(number.toString());
			}
			else if (argument instanceof java.math.BigInteger number && number.bitLength() > 100) {
				shown[index] = TextInput.shown(number.toString(16));
			}
			else {
				shown[index] = argument;
			}
		}
		return shown;
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

	/** Every problem of the request, this one's first. */
	public List<InvalidRequestException> problems() {
		List<InvalidRequestException> all = new ArrayList<>();
		all.add(others.isEmpty() ? this : new InvalidRequestException(parameter, messageKey, arguments));
		all.addAll(others);
		return all;
	}

}
