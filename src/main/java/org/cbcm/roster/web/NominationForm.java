package org.cbcm.roster.web;

import org.cbcm.roster.internal.ExpertManagement;
import org.jspecify.annotations.Nullable;

/**
 * What a focal point types to nominate an expert: the expert's names, the address the
 * invitation goes to, and the language of the expert's pages and mails.
 *
 * @param givenName the expert's given name
 * @param familyName the expert's family name
 * @param email the expert's address, their sign-in name
 * @param language one of the six official languages
 */
record NominationForm(@Nullable String givenName, @Nullable String familyName, @Nullable String email,
		@Nullable String language) {

	static NominationForm blank() {
		return new NominationForm("", "", "", "en");
	}

	ExpertManagement.Nomination nomination() {
		return new ExpertManagement.Nomination(givenName, familyName, email, language);
	}

}
