package org.cbcm.shared;

/**
 * A change to a record through the API whose precondition is missing or names no version
 * of the record: 428 when the request says neither by {@code If-Match} nor in its body
 * which version it is based on, 412 when {@code If-Match} holds an ETag that can match no
 * version. Nothing is changed.
 */
public class PreconditionException extends RuntimeException {

	private final boolean missing;

	private final String messageKey;

	private final Object[] arguments;

	private PreconditionException(boolean missing, String messageKey, Object... arguments) {
		super(messageKey + " " + java.util.Arrays.toString(arguments));
		this.missing = missing;
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	/** No version given at all: 428. */
	static PreconditionException missing() {
		return new PreconditionException(true, "record.precondition.required");
	}

	/** An ETag that is no version of a record (a weak one, a page's): 412. */
	static PreconditionException noVersion(String etag) {
		return new PreconditionException(false, "record.precondition.no-version", etag);
	}

	/** Whether the precondition is missing (428) rather than failed (412). */
	public boolean isMissing() {
		return missing;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.clone();
	}

}
