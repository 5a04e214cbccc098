package org.cbcm.identity;

import org.cbcm.shared.CountryCode;
import org.cbcm.shared.UserId;
import org.cbcm.shared.Viewer;

/**
 * Invites an expert to cbcm for a Party's nomination to the roster: a focal point of the
 * nominating Party (or the Secretariat) creates the expert's account, which receives an
 * invitation by mail to set a password.
 */
public interface ExpertInvitations {

	/**
	 * What came of an invitation.
	 *
	 * @param user the expert's new account
	 * @param mailed whether the invitation mail went out
	 */
	record Invited(UserId user, boolean mailed) {
	}

	/**
	 * Creates an expert's account and mails the invitation; refuses anyone but a focal
	 * point of the country and the Secretariat (403), a malformed address or name, and an
	 * address that already has an account (400: the Secretariat gives roles to existing
	 * accounts).
	 */
	Invited inviteExpert(CountryCode nominatingParty, String email, String name, String language, Viewer by);

}
