package org.cbcm.roster.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cbcm.directory.Country;
import org.cbcm.directory.CountryDirectory;
import org.cbcm.identity.ExpertInvitations;
import org.cbcm.records.RecordLifecycle.Readers;
import org.cbcm.records.RecordLifecycles;
import org.cbcm.records.RecordStatus;
import org.cbcm.records.RecordUseCases;
import org.cbcm.records.RecordView;
import org.cbcm.records.Transition;
import org.cbcm.roster.ExpertChecklist;
import org.cbcm.roster.ExpertContent;
import org.cbcm.roster.ExpertId;
import org.cbcm.roster.ExpertLapsed;
import org.cbcm.roster.ExpertListed;
import org.cbcm.roster.ExpertiseArea;
import org.cbcm.roster.PublicExpert;
import org.cbcm.shared.ConflictException;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.ForbiddenException;
import org.cbcm.shared.NotFoundException;
import org.cbcm.shared.Paging;
import org.cbcm.shared.ResultPage;
import org.cbcm.shared.Role;
import org.cbcm.shared.Viewer;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The use cases of experts' records on the shared lifecycle: a focal point nominates an
 * expert (inviting the expert's account), the expert or the focal point writes the form,
 * the focal point submits it, the Secretariat lists it within the limits of the
 * guidelines or returns it with reasons. Listing and confirming start the four years a
 * listing lasts; archiving takes the expert out of searches at once.
 */
@Service
@Transactional
public class ExpertManagement extends RecordUseCases<ExpertId, ExpertContent, ExpertRecord> {

	private static final org.cbcm.shared.Fields NAMES = org.cbcm.shared.Fields.keyed("expert");

	private final ExpertStore store;

	private final CountryDirectory countries;

	private final ExpertInvitations invitations;

	private final RosterSettings settings;

	private final ApplicationEventPublisher events;

	private final ExpertAssignments assignments;

	private final Clock clock;

	ExpertManagement(ExpertStore store, RecordLifecycles lifecycles, ExpertRules rules, CountryDirectory countries,
			ExpertInvitations invitations, RosterSettings settings, ApplicationEventPublisher events,
			ExpertAssignments assignments, Clock clock) {
		super(lifecycles.of(ExpertRecord.KIND.name(), store, Readers.OWNERS_READ_HISTORY, rules,
				key -> new NotFoundException("expert.not-found", key)));
		this.store = store;
		this.countries = countries;
		this.invitations = invitations;
		this.settings = settings;
		this.events = events;
		this.assignments = assignments;
		this.clock = clock;
	}

	/**
	 * What a focal point gives to nominate an expert.
	 *
	 * @param givenName the expert's given name
	 * @param familyName the expert's family name
	 * @param email where the expert is reached; the expert's sign-in name
	 * @param language the language of the expert's pages and mails
	 */
	public record Nomination(@Nullable String givenName, @Nullable String familyName, @Nullable String email,
			@Nullable String language) {
	}

	/** A nomination started: the record, and whether the invitation mail went out. */
	public record Nominated(ExpertId expert, boolean mailed) {
	}

	/**
	 * A focal point of the country (or the Secretariat) nominates an expert: the expert's
	 * account is created and invited, and the record started as a draft the expert fills
	 * in.
	 */
	public Nominated nominate(CountryCode country, Nomination nomination, Viewer by) {
		if (!by.isSecretariat() && !by.holds(Role.NATIONAL_FOCAL_POINT, country)) {
			throw new ForbiddenException("account.invite.not-focal-point", country.value());
		}
		countries.get(country);
		org.cbcm.shared.Validation validation = new org.cbcm.shared.Validation();
		NAMES.require(validation, "givenName", nomination.givenName(), ExpertContent.MAX_NAME);
		NAMES.require(validation, "familyName", nomination.familyName(), ExpertContent.MAX_NAME);
		validation.done();
		ExpertContent content = ExpertContent.started(nomination.givenName(), nomination.familyName(),
				nomination.email());
		ExpertInvitations.Invited invited = invitations.inviteExpert(country, String.valueOf(nomination.email()),
				content.name(), (nomination.language() != null) ? nomination.language() : "en", by);
		ExpertId id = ExpertId.random();
		records.create(id, ExpertRecord.unsaved(id, invited.user(), country, content, clock.instant()), content, null,
				by);
		return new Nominated(id, invited.mailed());
	}

	/** The viewer's own record as an expert, if they have one. */
	@Transactional(readOnly = true)
	public Optional<ExpertId> own(Viewer viewer) {
		if (viewer.user() == null || !viewer.isExpert()) {
			return Optional.empty();
		}
		return store.ofPerson(viewer.user()).map(ExpertRecord::id);
	}

	/**
	 * A page of nominations as the viewer may see them: a focal point those of its
	 * country, the Secretariat those of any (or of the country given), in the statuses
	 * given (all where none), most recently changed first.
	 */
	@Transactional(readOnly = true)
	public ResultPage<RecordView<ExpertId, ExpertContent>> nominations(@Nullable CountryCode country,
			List<RecordStatus> statuses, Paging paging, Viewer viewer) {
		if (!viewer.isSecretariat()) {
			if (country == null || !viewer.holds(Role.NATIONAL_FOCAL_POINT, country)) {
				throw new ForbiddenException("expert.nominations.not-focal-point",
						(country != null) ? country.value() : "");
			}
		}
		if (country != null) {
			countries.get(country);
		}
		long total = store.countNominations(country, statuses);
		List<ExpertRecord> found = store.nominations(country, statuses, paging.size(), paging.offset());
		return ResultPage.of(records.views(found, ExpertRecord::id, viewer), paging, total);
	}

	/**
	 * The listing of each expert given: listed or not, since and until when, lapsed when.
	 */
	@Transactional(readOnly = true)
	public Map<ExpertId, ExpertStore.Listing> listings(java.util.Collection<ExpertId> experts) {
		return store.listings(experts);
	}

	/** The nominating Party of an expert the viewer may read. */
	@Transactional(readOnly = true)
	public CountryCode country(ExpertId id, Viewer viewer) {
		return records.readable(id, viewer).country();
	}

	/**
	 * Whether the viewer may see how to reach the expert: the record's owners (the expert
	 * and the nominating Party's focal points), the Secretariat, and the focal points of
	 * a Party that offered the expert an assignment. The one place that decides it, for
	 * the pages and the API; the public never does.
	 */
	@Transactional(readOnly = true)
	public boolean contactVisible(ExpertId id, Viewer viewer) {
		if (viewer.isSecretariat()) {
			return true;
		}
		return store.find(id).map(record -> record.owner().ownedBy(viewer)).orElse(false)
				|| assignments.requestedBy(id, viewer);
	}

	/**
	 * A listed expert as the viewer may see them: the published copy's consented parts
	 * (and the contact where {@link #contactVisible} allows it). An expert who is not
	 * listed, or was never published, is not found.
	 */
	@Transactional(readOnly = true)
	public PublicExpert publicExpert(ExpertId id, Viewer viewer) {
		ExpertRecord record = store.find(id).orElseThrow(() -> new NotFoundException("expert.not-found", id));
		ExpertStore.Listing listing = store.listing(id);
		ExpertContent published = record.published();
		if (published == null || !listing.listed()) {
			throw new NotFoundException("expert.not-found", id);
		}
		return PublicExpert.of(id, record.country(), published, contactVisible(id, viewer), listing.expiresOn());
	}

	/** What of the checklist the record's working copy does not meet yet. */
	@Transactional(readOnly = true)
	public List<ExpertChecklist> unmet(ExpertId id, Viewer viewer) {
		return ExpertChecklist.unmet(records.readable(id, viewer).content());
	}

	/** The limits of the guidelines, for the pages that tell them. */
	public RosterSettings settings() {
		return settings;
	}

	/**
	 * Moves the record. Listing (publishing) first checks the checklist and the limits of
	 * the guidelines, and refuses with what is missing or the numbers.
	 */
	@Override
	public int move(ExpertId id, int basedOn, Transition transition, @Nullable String reason, Viewer by) {
		if (transition == Transition.PUBLISH) {
			ExpertRecord record = store.find(id).orElseThrow(() -> new NotFoundException("expert.not-found", id));
			if (record.mayMove(transition, by).allowed() && record.version() == basedOn) {
				mayBeListed(record);
			}
		}
		return super.move(id, basedOn, transition, reason, by);
	}

	private void mayBeListed(ExpertRecord record) {
		List<ExpertChecklist> unmet = ExpertChecklist.unmet(record.content());
		if (!unmet.isEmpty()) {
			throw new ConflictException("expert.list.incomplete", unmet.size());
		}
		Country country = countries.get(record.country());
		int listed = store.listedOf(record.country(), record.id());
		if (listed >= settings.maxPerCountry()) {
			throw new ConflictException("expert.list.country-full", country.officialNameEn(), settings.maxPerCountry(),
					listed);
		}
		for (ExpertiseArea area : record.content().areas()) {
			int inArea = store.listedOf(record.country(), area, record.id());
			if (inArea >= settings.maxPerArea()) {
				throw new ConflictException("expert.list.area-full." + area.name(), country.officialNameEn(),
						settings.maxPerArea(), inArea);
			}
		}
	}

	@Override
	protected void moved(ExpertId id, ExpertRecord record, Transition transition) {
		LocalDate today = LocalDate.now(clock);
		LocalDate until = today.plusYears(settings.retentionYears());
		switch (transition) {
			case PUBLISH -> {
				Country country = countries.get(record.country());
				store.list(record, (country.region() != null) ? country.region().value() : null, today, until);
				events.publishEvent(new ExpertListed(id, record.country(),
						java.util.Set.copyOf(java.util.Objects.requireNonNull(record.published()).expertise()), until));
			}
			case CONFIRM -> store.renew(id, until);
			case ARCHIVE -> store.unlist(id, null);
			default -> {
			}
		}
	}

	/**
	 * Lets the listings that reached their day lapse: the experts leave searches, their
	 * records and history stay, and {@link ExpertLapsed} tells other modules. Listing the
	 * record again (re-nomination) restores it.
	 * @return how many lapsed
	 */
	public int lapse(LocalDate today) {
		int lapsed = 0;
		for (ExpertRecord expert : store.lapsingBy(today)) {
			store.unlist(expert.id(), today);
			events.publishEvent(new ExpertLapsed(expert.id(), expert.country(), today));
			lapsed++;
		}
		return lapsed;
	}

	/** Checks a form's content by the kind's rules, for a form refused before a save. */
	@Transactional(readOnly = true)
	public void check(ExpertContent content) {
		org.cbcm.shared.Validation validation = new org.cbcm.shared.Validation();
		content.check(validation);
		validation.done();
	}

}
