package org.cbcm.identity.internal;

/**
 * What happened to an account, as the audit log records it. {@code ACCOUNT_LOCKED} was
 * written by earlier versions, which locked an account for a while after failed sign-ins;
 * {@code SIGN_IN_THROTTLED} is an attempt refused as too many failed lately.
 */
public enum AuditEventType {

	SIGN_IN, SIGN_IN_FAILED, SIGN_IN_THROTTLED, ACCOUNT_LOCKED, SIGN_OUT, USER_CREATED, INVITATION_SENT,
	INVITATION_ACCEPTED, PASSWORD_CHANGED, PASSWORD_RESET_REQUESTED, PASSWORD_RESET, PROFILE_CHANGED, ROLE_GRANTED,
	ROLE_REVOKED, ACCOUNT_DISABLED, ACCOUNT_ENABLED, TOKEN_CREATED, TOKEN_REVOKED, TOKEN_REFUSED

}
