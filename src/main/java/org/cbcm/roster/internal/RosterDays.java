package org.cbcm.roster.internal;

import java.time.LocalDate;
import java.util.Set;

import org.cbcm.records.RecordDue;
import org.cbcm.shared.Role;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.moments.DayHasPassed;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What each day that passes does to the roster (decision BS-IV/4): listings lapse four
 * years after the record's last update, and the expert and the nominating Party's focal
 * points are reminded three months and one month before, each reminder once (several
 * nodes may see the same day pass: only the one that marks a reminder sends it).
 */
@Component
class RosterDays {

	/**
	 * The months before a listing lapses that its owners are reminded, the nearest first.
	 */
	static final int[] REMINDERS = { 1, 3 };

	static final String NOTICE = "roster-expiry";

	private final ExpertStore store;

	private final ExpertManagement experts;

	private final ApplicationEventPublisher events;

	RosterDays(ExpertStore store, ExpertManagement experts, ApplicationEventPublisher events) {
		this.store = store;
		this.experts = experts;
		this.events = events;
	}

	@EventListener
	@Transactional
	public void dayHasPassed(DayHasPassed day) {
		LocalDate today = day.getDate().plusDays(1);
		experts.lapse(today);
		for (int months : REMINDERS) {
			for (ExpertRecord expert : store.toRemind(today.plusMonths(months), months)) {
				if (store.reminded(expert.id(), months)) {
					LocalDate lapses = java.util.Objects.requireNonNull(store.listing(expert.id()).expiresOn());
					events.publishEvent(new RecordDue(expert.ref(), expert.owner(), expert.title(), expert.path(),
							Set.of(Role.EXPERT, Role.NATIONAL_FOCAL_POINT), NOTICE, lapses));
				}
			}
		}
	}

}
