package org.cbcm.identity.internal;

import java.util.List;
import java.util.Set;

import org.cbcm.records.RecordNotConfirmed;
import org.cbcm.records.RecordScope;
import org.cbcm.shared.Role;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Reminds the owners of a published record that has not been confirmed within the
 * confirmation period: the focal points of a country's record, the reporters of an
 * organisation's, the expert of their own record, the Secretariat of its own. The mail
 * links to the record's page, where confirming is one click.
 */
@Component
class RecordReminders {

	private final RecordAudiences audiences;

	private final Mail mail;

	private final org.cbcm.records.RecordTitles titles;

	RecordReminders(RecordAudiences audiences, Mail mail, org.cbcm.records.RecordTitles titles) {
		this.titles = titles;
		this.audiences = audiences;
		this.mail = mail;
	}

	@ApplicationModuleListener
	void remind(RecordNotConfirmed event) {
		RecordScope scope = event.scope();
		Set<Role> confirming = scope.coOwned() ? Set.of(Role.EXPERT, Role.NATIONAL_FOCAL_POINT)
				: Set.of((scope.country() != null) ? Role.NATIONAL_FOCAL_POINT : (scope.organisation() != null)
						? Role.ORGANISATION_REPORTER : (scope.person() != null) ? Role.EXPERT : Role.SECRETARIAT);
		List<Account> owners = audiences.holding(scope, confirming);
		for (Account owner : owners) {
			mail.send(owner.email(), owner.language(), "mail.reminder", owner.name(),
					titles.title(event.record(), event.title(), owner.language()),
					mail.day(event.confirmedOn(), owner.language()), mail.link(event.path() + "#profile"));
		}
	}

	/** Tells those the notice names that something about the record falls due. */
	@ApplicationModuleListener
	void due(org.cbcm.records.RecordDue event) {
		for (Account owner : audiences.holding(event.scope(), event.to())) {
			mail.send(owner.email(), owner.language(), "mail.due." + event.notice(), owner.name(),
					titles.title(event.record(), event.title(), owner.language()),
					mail.day(event.on(), owner.language()), mail.link(event.path()));
		}
	}

}
