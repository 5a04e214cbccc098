package org.cbcm.roster.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Set;

import org.cbcm.directory.Country;
import org.cbcm.directory.CountryDirectory;
import org.cbcm.directory.RegionCode;
import org.cbcm.records.RecordDue;
import org.cbcm.roster.AssignmentAccepted;
import org.cbcm.roster.AssignmentCompleted;
import org.cbcm.roster.AssignmentId;
import org.cbcm.roster.AssignmentStatus;
import org.cbcm.roster.ExpertContent.Availability;
import org.cbcm.roster.ExpertId;
import org.cbcm.roster.RequestContent;
import org.cbcm.roster.RequestFiled;
import org.cbcm.roster.RequestId;
import org.cbcm.roster.RequestStatus;
import org.cbcm.shared.ConflictException;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.Fields;
import org.cbcm.shared.ForbiddenException;
import org.cbcm.shared.InvalidRequestException;
import org.cbcm.shared.NotFoundException;
import org.cbcm.shared.Paging;
import org.cbcm.shared.ResultPage;
import org.cbcm.shared.Role;
import org.cbcm.shared.StaleVersionException;
import org.cbcm.shared.Validation;
import org.cbcm.shared.Viewer;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests for experts and their assignments. The focal point of a developing country
 * Party or economy in transition files a request and selects an expert from its
 * shortlist; the expert, told by mail, accepts (declaring no conflict of interest and
 * agreeing to confidentiality) or declines; the focal point records the terms and the
 * employer's release, completes the assignment, reports on it (section J of the
 * guidelines) and rates it; the expert reports too. The requesting country's focal points
 * and national users and the Secretariat read its requests; the expert reads the
 * assignments offered to them.
 */
@Service
@Transactional
public class RequestManagement {

	/** The notice (and mail) that tells an expert of an offer. */
	static final String OFFER_NOTICE = "roster-offer";

	public static final int MAX_TEXT = 4000;

	public static final int MAX_NOTE = 2000;

	/** The largest fee cbcm records: 10^13 minus a cent. */
	static final BigDecimal MAX_FEE = new BigDecimal("9999999999999.99");

	private static final Fields FIELDS = Fields.keyed("roster.assignment");

	private final RequestStore requests;

	private final AssignmentStore assignments;

	private final ExpertStore experts;

	private final ShortlistStore candidates;

	private final CountryDirectory countries;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RequestManagement(RequestStore requests, AssignmentStore assignments, ExpertStore experts,
			ShortlistStore candidates, CountryDirectory countries, ApplicationEventPublisher events, Clock clock) {
		this.requests = requests;
		this.assignments = assignments;
		this.experts = experts;
		this.candidates = candidates;
		this.countries = countries;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Whether the country may ask for experts: a Party to the Protocol that is a
	 * developing country or an economy in transition.
	 */
	public static boolean eligible(Country country) {
		return country.cartagenaParty()
				&& (Boolean.TRUE.equals(country.developing()) || Boolean.TRUE.equals(country.economyInTransition()));
	}

	/** Whether the viewer may file requests for the country (and it may file them). */
	@Transactional(readOnly = true)
	public boolean mayFile(CountryCode country, Viewer viewer) {
		return (viewer.isSecretariat() || viewer.holds(Role.NATIONAL_FOCAL_POINT, country))
				&& eligible(countries.get(country));
	}

	/**
	 * The country's focal point (or the Secretariat for it) files a request; the
	 * preferred region is the country's own when none is given.
	 */
	public RequestId file(CountryCode code, RequestContent content, Viewer by) {
		Country country = countries.get(code);
		if (!by.isSecretariat() && !by.holds(Role.NATIONAL_FOCAL_POINT, code)) {
			throw new ForbiddenException("roster.request.not-focal-point", code.value());
		}
		if (!eligible(country)) {
			throw new ForbiddenException("roster.request.not-eligible", country.officialNameEn());
		}
		Validation validation = new Validation();
		content.check(validation);
		RequestContent filed = content;
		if (content.preferredRegion() == null) {
			if (country.region() == null) {
				validation.reject("preferredRegion", "roster.request.field.required");
			}
			else {
				filed = content.inRegion(country.region());
			}
		}
		else if (!regions().contains(content.preferredRegion())) {
			validation.reject("preferredRegion", "country.region.unknown", content.preferredRegion().value());
		}
		validation.done();
		Instant now = clock.instant();
		RequestId id = RequestId.random();
		ExpertRequest request = new ExpertRequest(id, code, filed, RequestStatus.OPEN, 1, now, by.name(), now);
		requests.insert(request, by.user());
		events.publishEvent(new RequestFiled(id, code, Set.copyOf(filed.expertise()),
				java.util.Objects.requireNonNull(filed.preferredRegion()), now));
		return id;
	}

	/** The regions a request may prefer: the M49 regions (continents). */
	public List<RegionCode> regions() {
		return countries.regions().stream().map(org.cbcm.directory.Region::code).toList();
	}

	/** The request, for those who act for its country and the Secretariat. */
	@Transactional(readOnly = true)
	public ExpertRequest request(RequestId id, Viewer viewer) {
		ExpertRequest request = find(id);
		if (!viewer.actsFor(request.country())) {
			throw new ForbiddenException("roster.request.not-yours", id.toString());
		}
		return request;
	}

	/** A page of the country's requests, the latest first, for those who act for it. */
	@Transactional(readOnly = true)
	public ResultPage<ExpertRequest> ofCountry(CountryCode country, Paging paging, Viewer viewer) {
		countries.get(country);
		if (!viewer.actsFor(country)) {
			throw new ForbiddenException("roster.request.not-yours", country.value());
		}
		return ResultPage.of(requests.ofCountry(country, paging.size(), paging.offset()), paging,
				requests.countOfCountry(country));
	}

	/** The request's assignments (offers), the latest first. */
	@Transactional(readOnly = true)
	public List<Assignment> assignments(RequestId id, Viewer viewer) {
		request(id, viewer);
		return assignments.ofRequest(id);
	}

	/**
	 * The focal point selects an expert for an open request: the expert is offered the
	 * assignment and told by mail; the request waits for the answer.
	 * @param basedOn the version of the request the focal point read
	 */
	public AssignmentId select(RequestId id, int basedOn, ExpertId expertId, Viewer by) {
		ExpertRequest request = request(id, by);
		mayWrite(request.country(), by);
		current(request, basedOn);
		if (request.status() != RequestStatus.OPEN) {
			throw new ConflictException("roster.request.not-open", request.title());
		}
		ExpertRecord expert = experts.find(expertId)
			.orElseThrow(() -> new InvalidRequestException("expert", "roster.select.not-listed", expertId.toString()));
		if (!experts.listed(expertId)) {
			throw new InvalidRequestException("expert", "roster.select.not-listed", expertId.toString());
		}
		if (Availability.UNAVAILABLE.name().equals(candidates.availability(expertId))) {
			throw new InvalidRequestException("expert", "roster.select.unavailable", expertId.toString());
		}
		Instant now = clock.instant();
		if (requests.move(id, basedOn, RequestStatus.SELECTED, now) == 0) {
			throw new StaleVersionException("roster-request/" + id, basedOn, requests.currentVersion(id));
		}
		AssignmentId assignment = AssignmentId.random();
		Assignment offer = Assignment.offered(assignment, id, expertId, request.country(), now, by.name());
		if (!assignments.insert(offer)) {
			throw new ConflictException("roster.select.already-offered", request.title());
		}
		events.publishEvent(new RecordDue(expert.ref(), expert.owner(), request.title(), offer.path(),
				Set.of(Role.EXPERT), OFFER_NOTICE, java.util.Objects.requireNonNull(request.content().start())));
		return assignment;
	}

	/** The focal point cancels an open request. */
	public int cancel(RequestId id, int basedOn, Viewer by) {
		ExpertRequest request = request(id, by);
		mayWrite(request.country(), by);
		current(request, basedOn);
		if (request.status() != RequestStatus.OPEN) {
			throw new ConflictException("roster.request.not-open", request.title());
		}
		int version = requests.move(id, basedOn, RequestStatus.CANCELLED, clock.instant());
		if (version == 0) {
			throw new StaleVersionException("roster-request/" + id, basedOn, requests.currentVersion(id));
		}
		return version;
	}

	/**
	 * The assignment, for its expert, the requesting country's people and the
	 * Secretariat.
	 */
	@Transactional(readOnly = true)
	public Assignment assignment(AssignmentId id, Viewer viewer) {
		Assignment assignment = find(id);
		if (!viewer.actsFor(assignment.country()) && !isExpertOf(assignment, viewer)) {
			throw new ForbiddenException("roster.assignment.not-yours", id.toString());
		}
		return assignment;
	}

	/** The request an assignment serves, for whoever may read the assignment. */
	@Transactional(readOnly = true)
	public ExpertRequest requestOf(Assignment assignment) {
		return find(assignment.request());
	}

	/** Whether the viewer is the assignment's expert. */
	@Transactional(readOnly = true)
	public boolean isExpertOf(Assignment assignment, Viewer viewer) {
		if (viewer.user() == null || !viewer.isExpert()) {
			return false;
		}
		return experts.ofPerson(viewer.user()).map(record -> record.id().equals(assignment.expert())).orElse(false);
	}

	/**
	 * Whether the viewer may record the terms, complete and report: the requesting
	 * Party's focal point.
	 */
	public boolean mayManage(Assignment assignment, Viewer viewer) {
		return viewer.isSecretariat() || viewer.holds(Role.NATIONAL_FOCAL_POINT, assignment.country());
	}

	/**
	 * The expert accepts the offer, declaring no conflict of interest and agreeing to
	 * confidentiality; both are required and timestamped.
	 */
	public int accept(AssignmentId id, int basedOn, boolean noConflict, boolean confidentiality, Viewer by) {
		Assignment assignment = answerable(id, basedOn, by);
		Validation validation = new Validation();
		if (!noConflict) {
			validation.reject("noConflict", "roster.assignment.conflict.required");
		}
		if (!confidentiality) {
			validation.reject("confidentiality", "roster.assignment.confidentiality.required");
		}
		validation.done();
		Instant now = clock.instant();
		int version = save(assignment.answered(AssignmentStatus.ACCEPTED, now, null, true), basedOn);
		events.publishEvent(
				new AssignmentAccepted(id, assignment.request(), assignment.expert(), assignment.country(), now));
		return version;
	}

	/** The expert declines the offer; the request is open again for another selection. */
	public int decline(AssignmentId id, int basedOn, @Nullable String reason, Viewer by) {
		Assignment assignment = answerable(id, basedOn, by);
		String why = Fields.blankToNull(reason);
		Validation validation = new Validation();
		FIELDS.limit(validation, "reason", why, MAX_NOTE);
		validation.done();
		Instant now = clock.instant();
		int version = save(assignment.answered(AssignmentStatus.DECLINED, now, why, false), basedOn);
		ExpertRequest request = find(assignment.request());
		if (request.status() == RequestStatus.SELECTED) {
			requests.move(request.id(), request.version(), RequestStatus.OPEN, now);
		}
		return version;
	}

	private Assignment answerable(AssignmentId id, int basedOn, Viewer by) {
		Assignment assignment = find(id);
		if (!isExpertOf(assignment, by)) {
			throw new ForbiddenException("roster.assignment.not-the-expert", id.toString());
		}
		current(assignment, basedOn);
		switch (assignment.status()) {
			case OFFERED -> {
				return assignment;
			}
			case ACCEPTED, COMPLETED -> throw new ConflictException("roster.assignment.already-accepted");
			default -> throw new ConflictException("roster.assignment.already-declined");
		}
	}

	/** What the focal point records of an accepted assignment. */
	public record Terms(@Nullable LocalDate start, @Nullable LocalDate end, @Nullable String deliverables,
			@Nullable BigDecimal feeAmount, @Nullable String feeCurrency) {
	}

	/**
	 * The focal point records the dates, deliverables and fees of an accepted (or
	 * completed) assignment.
	 */
	public int arrange(AssignmentId id, int basedOn, Terms terms, Viewer by) {
		Assignment assignment = managed(id, basedOn, by);
		if (assignment.status() != AssignmentStatus.ACCEPTED && assignment.status() != AssignmentStatus.COMPLETED) {
			throw new ConflictException("roster.assignment.not-accepted");
		}
		Validation validation = new Validation();
		if (terms.start() != null && terms.end() != null && terms.end().isBefore(terms.start())) {
			validation.reject("end", "roster.request.end-before-start", terms.end(), terms.start());
		}
		String deliverables = Fields.blankToNull(terms.deliverables());
		FIELDS.limit(validation, "deliverables", deliverables, MAX_TEXT);
		BigDecimal amount = terms.feeAmount();
		String currency = Fields.blankToNull(terms.feeCurrency());
		if (amount != null && (amount.signum() < 0 || amount.compareTo(MAX_FEE) > 0 || amount.scale() > 2)) {
			validation.reject("feeAmount", "roster.assignment.fee.invalid", MAX_FEE);
		}
		if (currency != null) {
			currency = currency.toUpperCase(java.util.Locale.ROOT);
			if (!currencyCode(currency)) {
				validation.reject("feeCurrency", "roster.assignment.currency.unknown",
						(currency.length() > 10) ? currency.substring(0, 10) : currency);
			}
		}
		if (amount != null && currency == null) {
			validation.reject("feeCurrency", "roster.assignment.field.required");
		}
		validation.done();
		return save(assignment.arranged(terms.start(), terms.end(), deliverables,
				(amount != null) ? amount.setScale(2) : null, currency), basedOn);
	}

	private static boolean currencyCode(String code) {
		if (!code.matches("[A-Z]{3}")) {
			return false;
		}
		return Currency.getAvailableCurrencies().stream().anyMatch(known -> known.getCurrencyCode().equals(code));
	}

	/** The focal point records the employer's release of the expert (BS-V/4). */
	public int release(AssignmentId id, int basedOn, @Nullable LocalDate on, @Nullable String note, Viewer by) {
		Assignment assignment = managed(id, basedOn, by);
		if (assignment.status() != AssignmentStatus.ACCEPTED && assignment.status() != AssignmentStatus.COMPLETED) {
			throw new ConflictException("roster.assignment.not-accepted");
		}
		Validation validation = new Validation();
		if (on == null) {
			validation.reject("releasedOn", "roster.assignment.field.required");
		}
		String text = Fields.blankToNull(note);
		FIELDS.limit(validation, "releaseNote", text, MAX_NOTE);
		validation.done();
		return save(assignment.released(java.util.Objects.requireNonNull(on), text), basedOn);
	}

	/** The focal point records the accepted assignment completed; the request closes. */
	public int complete(AssignmentId id, int basedOn, Viewer by) {
		Assignment assignment = managed(id, basedOn, by);
		if (assignment.status() == AssignmentStatus.COMPLETED) {
			throw new ConflictException("roster.assignment.already-completed");
		}
		if (assignment.status() != AssignmentStatus.ACCEPTED) {
			throw new ConflictException("roster.assignment.not-accepted");
		}
		Instant now = clock.instant();
		int version = save(assignment.completed(now), basedOn);
		ExpertRequest request = find(assignment.request());
		requests.move(request.id(), request.version(), RequestStatus.CLOSED, now);
		events.publishEvent(
				new AssignmentCompleted(id, assignment.request(), assignment.expert(), assignment.country(), now));
		return version;
	}

	/**
	 * The focal point reports on the completed assignment (section J of the guidelines:
	 * the assistance or advice provided and its outcome) and rates it from 1 to 5.
	 */
	public int report(AssignmentId id, int basedOn, @Nullable String assistance, @Nullable String outcome,
			@Nullable Integer rating, @Nullable String comment, Viewer by) {
		Assignment assignment = managed(id, basedOn, by);
		if (assignment.status() != AssignmentStatus.COMPLETED) {
			throw new ConflictException("roster.assignment.not-completed");
		}
		Validation validation = new Validation();
		String given = Fields.blankToNull(assistance);
		FIELDS.require(validation, "assistance", given, MAX_TEXT);
		String result = Fields.blankToNull(outcome);
		FIELDS.limit(validation, "outcome", result, MAX_TEXT);
		if (rating == null) {
			validation.reject("rating", "roster.assignment.field.required");
		}
		else if (rating < 1 || rating > 5) {
			validation.reject("rating", "roster.assignment.rating.range", rating);
		}
		String why = Fields.blankToNull(comment);
		FIELDS.limit(validation, "ratingComment", why, MAX_NOTE);
		validation.done();
		return save(assignment.partyReported(java.util.Objects.requireNonNull(given), result,
				java.util.Objects.requireNonNull(rating), why, clock.instant()), basedOn);
	}

	/** The expert reports on the completed assignment. */
	public int expertReport(AssignmentId id, int basedOn, @Nullable String report, Viewer by) {
		Assignment assignment = find(id);
		if (!isExpertOf(assignment, by)) {
			throw new ForbiddenException("roster.assignment.not-the-expert", id.toString());
		}
		current(assignment, basedOn);
		if (assignment.status() != AssignmentStatus.COMPLETED) {
			throw new ConflictException("roster.assignment.not-completed");
		}
		Validation validation = new Validation();
		String text = Fields.blankToNull(report);
		FIELDS.require(validation, "report", text, MAX_TEXT);
		validation.done();
		return save(assignment.expertReported(java.util.Objects.requireNonNull(text), clock.instant()), basedOn);
	}

	private Assignment managed(AssignmentId id, int basedOn, Viewer by) {
		Assignment assignment = assignment(id, by);
		if (!mayManage(assignment, by)) {
			throw new ForbiddenException("roster.assignment.not-focal-point", assignment.country().value());
		}
		return current(assignment, basedOn);
	}

	/**
	 * The request as the person read it: a step based on another version is refused as
	 * stale before its state is judged, so that a second tab is told the request changed
	 * meanwhile. Checked after who may take the step, so that nobody else learns of it.
	 */
	private static ExpertRequest current(ExpertRequest request, int basedOn) {
		if (request.version() != basedOn) {
			throw new StaleVersionException("roster-request/" + request.id(), basedOn, request.version());
		}
		return request;
	}

	/** The assignment as the person read it, as {@link #current(ExpertRequest, int)}. */
	private static Assignment current(Assignment assignment, int basedOn) {
		if (assignment.version() != basedOn) {
			throw new StaleVersionException("roster-assignment/" + assignment.id(), basedOn, assignment.version());
		}
		return assignment;
	}

	private int save(Assignment changed, int basedOn) {
		if (changed.version() != basedOn) {
			throw new StaleVersionException("roster-assignment/" + changed.id(), basedOn, changed.version());
		}
		int version = assignments.update(changed);
		if (version == 0) {
			throw new StaleVersionException("roster-assignment/" + changed.id(), basedOn,
					assignments.currentVersion(changed.id()));
		}
		return version;
	}

	private void mayWrite(CountryCode country, Viewer by) {
		if (!by.isSecretariat() && !by.holds(Role.NATIONAL_FOCAL_POINT, country)) {
			throw new ForbiddenException("roster.request.not-focal-point", country.value());
		}
	}

	private ExpertRequest find(RequestId id) {
		return requests.find(id).orElseThrow(() -> new NotFoundException("roster.request.not-found", id));
	}

	private Assignment find(AssignmentId id) {
		return assignments.find(id).orElseThrow(() -> new NotFoundException("roster.assignment.not-found", id));
	}

}
