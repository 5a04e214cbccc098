package org.cbcm.identity.internal;

/** What became of a mail cbcm wrote, so that the person who caused it can be told. */
public enum MailDelivery {

	/** The mail server took the mail. */
	SENT,

	/**
	 * No mail server is configured: the mail, links included, went to the server's log
	 * instead, where an operator can pass it on.
	 */
	LOGGED,

	/**
	 * The mail server refused the mail or could not be reached; the failure is logged.
	 */
	FAILED

}
