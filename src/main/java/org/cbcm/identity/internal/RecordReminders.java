package org.cbcm.identity.internal;

import java.util.List;
import java.util.Set;

import org.cbcm.records.RecordNotConfirmed;
import org.cbcm.shared.Role;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Reminds the owners of a published record that has not been confirmed within the
 * confirmation period: the focal points of a country's record, the reporters of an
 * organisation's. The mail links to the record's page, where confirming is one click.
 */
@Component
class RecordReminders {

	private final Accounts accounts;

	private final Mail mail;

	RecordReminders(Accounts accounts, Mail mail) {
		this.accounts = accounts;
		this.mail = mail;
	}

	@ApplicationModuleListener
	void remind(RecordNotConfirmed event) {
		List<Account> owners = (event.scope().country() != null)
				? accounts.holding(event.scope().country(), Set.of(Role.NATIONAL_FOCAL_POINT))
				: accounts.holding(java.util.Objects.requireNonNull(event.scope().organisation()),
						Set.of(Role.ORGANISATION_REPORTER));
		for (Account owner : owners) {
			mail.send(owner.email(), owner.language(), "mail.reminder", owner.name(), event.title(),
					mail.day(event.confirmedOn(), owner.language()), mail.link(event.path() + "#profile"));
		}
	}

}
