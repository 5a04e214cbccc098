package org.cbcm.initiatives.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cbcm.initiatives.InitiativeArchived;
import org.cbcm.initiatives.InitiativeChanged;
import org.cbcm.initiatives.InitiativeContent;
import org.cbcm.initiatives.InitiativeFacts;
import org.cbcm.initiatives.InitiativeId;
import org.cbcm.initiatives.InitiativePublished;
import org.cbcm.initiatives.InitiativeType;
import org.cbcm.records.Confirmations;
import org.cbcm.records.FieldChange;
import org.cbcm.records.RecordScope;
import org.cbcm.records.RecordStatus;
import org.cbcm.records.Revision;
import org.cbcm.records.Revisions;
import org.cbcm.records.Transition;
import org.cbcm.records.Workflow;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.ForbiddenException;
import org.cbcm.shared.Grant;
import org.cbcm.shared.InvalidRequestException;
import org.cbcm.shared.NotFoundException;
import org.cbcm.shared.OrganisationId;
import org.cbcm.shared.Paging;
import org.cbcm.shared.ResultPage;
import org.cbcm.shared.Role;
import org.cbcm.shared.StaleVersionException;
import org.cbcm.shared.Validation;
import org.cbcm.shared.Viewer;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The use cases of initiatives' records: register one, read it as the reader may, save a
 * change based on a version, move it through the workflow (publishing files it in the
 * public registry and tells other modules), confirm it, read its history and compare
 * revisions. Every saved change keeps a revision; a change based on a stale version is
 * refused and nothing is saved.
 */
@Service
@Transactional
public class InitiativeManagement {

	/** The longest comment or reason a person may give with a change. */
	static final int MAX_COMMENT = 2000;

	private final Initiatives initiatives;

	private final InitiativeIndex index;

	private final ContentReferences references;

	private final Revisions revisions;

	private final Confirmations confirmations;

	private final ApplicationEventPublisher events;

	private final JdbcClient jdbc;

	private final Clock clock;

	InitiativeManagement(Initiatives initiatives, InitiativeIndex index, ContentReferences references,
			Revisions revisions, Confirmations confirmations, ApplicationEventPublisher events, JdbcClient jdbc,
			Clock clock) {
		this.initiatives = initiatives;
		this.index = index;
		this.references = references;
		this.revisions = revisions;
		this.confirmations = confirmations;
		this.events = events;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * An initiative as a reader may see it.
	 *
	 * @param id the initiative
	 * @param owner whose record it is
	 * @param status where the working copy stands
	 * @param version the working copy's version, to base a change on
	 * @param working the working copy, for its owners and the Secretariat; null for
	 * others
	 * @param published the published copy; null until published
	 * @param publishedAt when it was last published
	 * @param confirmedOn when the published copy was last published or confirmed
	 * @param notConfirmedSince that day, when it is longer ago than the confirmation
	 * period
	 * @param createdAt when the record was registered
	 * @param updatedAt when the working copy last changed
	 * @param updatedByName by whom (for owners)
	 * @param statusNote why it was returned, when it was (for owners)
	 */
	public record InitiativeView(InitiativeId id, RecordScope owner, RecordStatus status, int version,
			@Nullable InitiativeContent working, @Nullable InitiativeContent published, @Nullable Instant publishedAt,
			@Nullable LocalDate confirmedOn, @Nullable LocalDate notConfirmedSince, Instant createdAt,
			Instant updatedAt, String updatedByName, @Nullable String statusNote) {

		/** Whether the reader is one of the owners (or the Secretariat). */
		public boolean owned() {
			return working != null;
		}

		/**
		 * What the reader sees: the published copy, or the working copy of an unpublished
		 * record.
		 */
		public InitiativeContent shown() {
			return (published != null) ? published : java.util.Objects.requireNonNull(working);
		}

		public java.time.LocalDateTime updatedAtUtc() {
			return updatedAt.atOffset(java.time.ZoneOffset.UTC).toLocalDateTime();
		}

		public @Nullable LocalDate publishedOn() {
			return (publishedAt != null) ? publishedAt.atOffset(java.time.ZoneOffset.UTC).toLocalDate() : null;
		}

	}

	/**
	 * The record as the viewer may read it: 404 for a record only its owners may read.
	 */
	@Transactional(readOnly = true)
	public InitiativeView view(InitiativeId id, Viewer viewer) {
		Initiative initiative = initiatives.find(id).orElseThrow(() -> notFound(id));
		boolean owner = initiative.owner().ownedBy(viewer);
		if (!owner && initiative.published() == null) {
			throw notFound(id);
		}
		return new InitiativeView(id, initiative.owner(), initiative.status(), initiative.version(),
				owner ? initiative.content() : null, initiative.published(), initiative.publishedAt(),
				confirmations.confirmedOn(initiative.ref()).orElse(null),
				confirmations.notConfirmedSince(initiative.ref()).orElse(null), initiative.createdAt(),
				initiative.updatedAt(), owner ? initiative.updatedByName() : "",
				owner ? initiative.statusNote() : null);
	}

	/**
	 * The owners a viewer may register an initiative for: the organisations they report
	 * for and the countries they write for. The Secretariat may register for anyone and
	 * names the owner.
	 */
	public List<RecordScope> ownersFor(Viewer viewer) {
		java.util.Set<RecordScope> owners = new java.util.LinkedHashSet<>();
		for (Grant grant : viewer.grants()) {
			if (grant.role() == Role.ORGANISATION_REPORTER && grant.organisation() != null) {
				owners.add(RecordScope.of(grant.organisation()));
			}
			if ((grant.role() == Role.NATIONAL_FOCAL_POINT || grant.role() == Role.NATIONAL_USER)
					&& grant.country() != null) {
				owners.add(RecordScope.of(grant.country()));
			}
		}
		return List.copyOf(owners);
	}

	/**
	 * Registers a new initiative as a draft of its owner. Without an owner, the viewer's
	 * only organisation or country is taken.
	 * @return the new initiative's identifier
	 */
	public InitiativeId create(@Nullable RecordScope owner, InitiativeContent content, @Nullable String comment,
			Viewer by) {
		RecordScope scope = owner(owner, by);
		Initiative.require(Workflow.mayEdit(Initiative.kindOf(scope), scope, RecordStatus.DRAFT, by));
		checked(content, scope, null, comment);
		InitiativeId id = InitiativeId.random();
		Initiative initiative = Initiative.draft(id, scope, content, by, clock.instant());
		stored(initiative, 0, comment, by);
		return id;
	}

	/**
	 * Saves new content based on the version the writer read; returns the new version.
	 */
	public int save(InitiativeId id, int basedOn, InitiativeContent content, @Nullable String comment, Viewer by) {
		Initiative initiative = current(id, basedOn, by);
		Initiative.require(Workflow.mayEdit(initiative.kind(), initiative.owner(), initiative.status(), by));
		checked(content, initiative.owner(), id, comment);
		initiative.edit(content, by, clock.instant());
		return stored(initiative, basedOn, comment, by);
	}

	/** Moves the record through the workflow, based on the version the person read. */
	public int move(InitiativeId id, int basedOn, Transition transition, @Nullable String reason, Viewer by) {
		if (transition == Transition.RETURN && (reason == null || reason.isBlank())) {
			throw new InvalidRequestException("reason", "record.return.reason-missing");
		}
		if (reason != null && reason.length() > MAX_COMMENT) {
			throw new InvalidRequestException("reason", "initiative.field.too-long", MAX_COMMENT, reason.length());
		}
		Initiative initiative = current(id, basedOn, by);
		if (transition == Transition.CONFIRM) {
			Initiative
				.require(Workflow.mayMove(initiative.kind(), initiative.owner(), initiative.status(), transition, by));
			confirmations.confirmed(initiative.ref());
			return initiative.version();
		}
		boolean wasPublic = initiative.published() != null;
		initiative.move(transition, reason, by, clock.instant());
		int version = stored(initiative, basedOn, (transition == Transition.RETURN) ? reason : null, by);
		InitiativeContent published = initiative.published();
		if (transition == Transition.PUBLISH && published != null) {
			index.put(id, initiative.owner(), published, java.util.Objects.requireNonNull(initiative.publishedAt()));
			confirmations.published(initiative.ref(), initiative.owner(), published.title(), "/initiatives/" + id);
			InitiativeFacts facts = InitiativeFacts.of(id, published);
			events.publishEvent(wasPublic ? new InitiativeChanged(facts) : new InitiativePublished(facts));
		}
		if (transition == Transition.ARCHIVE) {
			index.remove(id);
			confirmations.withdrawn(initiative.ref());
			if (wasPublic) {
				events.publishEvent(new InitiativeArchived(id));
			}
		}
		return version;
	}

	/** The workflow steps the viewer may take on the record now, in their order. */
	public List<Transition> actions(InitiativeView view, Viewer viewer) {
		return java.util.Arrays.stream(Transition.values())
			.filter(transition -> Workflow
				.mayMove(Initiative.kindOf(view.owner()), view.owner(), view.status(), transition, viewer)
				.allowed())
			.toList();
	}

	/** Whether the viewer may write the record now. */
	public boolean mayEdit(InitiativeView view, Viewer viewer) {
		return Workflow.mayEdit(Initiative.kindOf(view.owner()), view.owner(), view.status(), viewer).allowed();
	}

	/**
	 * The revisions of the record, newest first: all of them for its owners and the
	 * Secretariat; for everybody else, of a public record, the published ones only.
	 */
	@Transactional(readOnly = true)
	public List<Revision> history(InitiativeId id, Viewer viewer) {
		List<Revision> all = revisions.history(Initiative.ref(id));
		return ownedOrPublic(id, viewer) ? all
				: all.stream()
					.filter(revision -> revision.status() == RecordStatus.PUBLISHED)
					.map(InitiativeManagement::anonymous)
					.toList();
	}

	@Transactional(readOnly = true)
	public Revision revision(InitiativeId id, int number, Viewer viewer) {
		boolean owner = ownedOrPublic(id, viewer);
		Revision revision = revisions.revision(Initiative.ref(id), number);
		if (!owner && revision.status() != RecordStatus.PUBLISHED) {
			throw new NotFoundException("record.revision.not-found", String.valueOf(number), id.toString());
		}
		return owner ? revision : anonymous(revision);
	}

	/** A published revision as the public reads it: without its author and comment. */
	private static Revision anonymous(Revision revision) {
		return new Revision(revision.number(), revision.recordVersion(), revision.status(), revision.fields(), null, "",
				revision.at(), null);
	}

	@Transactional(readOnly = true)
	public List<FieldChange> compare(InitiativeId id, int from, int to, Viewer viewer) {
		revision(id, from, viewer);
		revision(id, to, viewer);
		return revisions.compare(Initiative.ref(id), from, to);
	}

	/**
	 * Whether the viewer owns the record; refuses (not found) one that is neither the
	 * viewer's nor public.
	 */
	private boolean ownedOrPublic(InitiativeId id, Viewer viewer) {
		Initiative initiative = initiatives.find(id).orElseThrow(() -> notFound(id));
		if (initiative.owner().ownedBy(viewer)) {
			return true;
		}
		if (initiative.published() == null) {
			throw notFound(id);
		}
		return false;
	}

	/**
	 * What a writer whose save was refused needs: the current version, the latest
	 * revision, and what changed since the writer's start.
	 */
	public record Conflict(int currentVersion, @Nullable Revision latest, List<FieldChange> changes) {
	}

	@Transactional(readOnly = true)
	public Conflict conflict(InitiativeId id, int basedOn, Viewer viewer) {
		owners(id, viewer);
		List<Revision> history = revisions.history(Initiative.ref(id));
		Revision latest = history.isEmpty() ? null : history.get(0);
		Optional<Revision> start = revisions.ofVersion(Initiative.ref(id), basedOn);
		List<FieldChange> changes = (latest == null) ? List.of()
				: Revisions.changes(start.map(Revision::fields).orElse(Map.of()), latest.fields());
		return new Conflict(initiatives.currentVersion(id), latest, changes);
	}

	/**
	 * A record in an owner's list of work.
	 *
	 * @param id the initiative
	 * @param title its working title
	 * @param type its working type
	 * @param owner whose it is
	 * @param status where it stands
	 * @param published whether a published copy is public
	 * @param updatedAt when it last changed
	 * @param updatedByName by whom
	 * @param statusNote why it was returned
	 */
	public record WorkItem(InitiativeId id, String title, @Nullable InitiativeType type, RecordScope owner,
			RecordStatus status, boolean published, Instant updatedAt, String updatedByName,
			@Nullable String statusNote) {

		public java.time.LocalDateTime updatedAtUtc() {
			return updatedAt.atOffset(java.time.ZoneOffset.UTC).toLocalDateTime();
		}

	}

	/**
	 * The records the viewer works on, most recently changed first: their owners' for
	 * reporters and national people, all for the Secretariat; optionally in one status.
	 */
	@Transactional(readOnly = true)
	public ResultPage<WorkItem> work(@Nullable RecordStatus status, Paging paging, Viewer viewer) {
		List<String> conditions = new java.util.ArrayList<>();
		Map<String, Object> params = new java.util.HashMap<>();
		if (!viewer.isSecretariat()) {
			List<RecordScope> owners = ownersFor(viewer);
			List<String> countries = owners.stream()
				.filter(o -> o.country() != null)
				.map(o -> o.country().value())
				.toList();
			List<java.util.UUID> organisations = owners.stream()
				.filter(o -> o.organisation() != null)
				.map(o -> o.organisation().value())
				.toList();
			if (countries.isEmpty() && organisations.isEmpty()) {
				return ResultPage.of(List.of(), paging, 0);
			}
			List<String> mine = new java.util.ArrayList<>();
			if (!countries.isEmpty()) {
				mine.add("owner_country IN (:countries)");
				params.put("countries", countries);
			}
			if (!organisations.isEmpty()) {
				mine.add("owner_organisation IN (:organisations)");
				params.put("organisations", organisations);
			}
			conditions.add("(" + String.join(" OR ", mine) + ")");
		}
		if (status != null) {
			conditions.add("status = :status");
			params.put("status", status.name());
		}
		String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
		long total = jdbc.sql("SELECT COUNT(*) FROM initiative" + where).params(params).query(Long.class).single();
		List<WorkItem> items = jdbc.sql("""
				SELECT id, title, initiative_type, owner_country, owner_organisation, status,
				  published_at IS NOT NULL AS is_public, updated_at, updated_by_name, status_note
				FROM initiative""" + where + " ORDER BY updated_at DESC, id LIMIT :limit OFFSET :offset")
			.params(params)
			.param("limit", paging.size())
			.param("offset", paging.offset())
			.query((rs, row) -> new WorkItem(new InitiativeId(rs.getObject("id", java.util.UUID.class)),
					rs.getString("title"),
					(rs.getString("initiative_type") != null) ? InitiativeType.valueOf(rs.getString("initiative_type"))
							: null,
					Initiatives.owner(rs), RecordStatus.valueOf(rs.getString("status")), rs.getBoolean("is_public"),
					rs.getObject("updated_at", java.time.OffsetDateTime.class).toInstant(),
					rs.getString("updated_by_name"), rs.getString("status_note")))
			.list();
		return ResultPage.of(items, paging, total);
	}

	/**
	 * The programmes an initiative of the owner may belong to: the owner's own, and
	 * published ones.
	 */
	@Transactional(readOnly = true)
	public List<Map.Entry<InitiativeId, String>> programmesFor(RecordScope owner) {
		return jdbc.sql("""
				SELECT id, title FROM initiative
				WHERE initiative_type = 'PROGRAMME' AND status <> 'ARCHIVED'
				  AND (owner_country = :country OR owner_organisation = :organisation)
				ORDER BY LOWER(title), id LIMIT 500""")
			.param("country", (owner.country() != null) ? owner.country().value() : "")
			.param("organisation", (owner.organisation() != null) ? owner.organisation().value() : null)
			.query((rs, row) -> Map.entry(new InitiativeId(rs.getObject(1, java.util.UUID.class)), rs.getString(2)))
			.list();
	}

	private RecordScope owner(@Nullable RecordScope owner, Viewer by) {
		if (owner != null) {
			return owner;
		}
		List<RecordScope> owners = ownersFor(by);
		if (owners.size() == 1) {
			return owners.get(0);
		}
		if (owners.isEmpty() && !by.isSecretariat()) {
			throw new ForbiddenException("initiative.owner.none");
		}
		throw new InvalidRequestException("owner", "initiative.owner.choose");
	}

	/**
	 * Adds to a validation that already holds faults (of a form's reading) every refusal
	 * of the content, what it names in other records included, so that a writer sees them
	 * all at once.
	 */
	@Transactional(readOnly = true)
	public void checkInto(InitiativeContent content, Validation validation) {
		content.check(validation);
		references.check(content, validation);
	}

	/**
	 * Refuses content a record cannot hold, every field at fault at once: its own rules,
	 * what it names in other records, its programme, and for a country's initiative that
	 * the country is among its countries.
	 */
	private void checked(InitiativeContent content, RecordScope owner, @Nullable InitiativeId id,
			@Nullable String comment) {
		Validation validation = new Validation();
		references.checkOwner(owner, validation);
		content.check(validation);
		references.check(content, validation);
		if (comment != null && comment.length() > MAX_COMMENT) {
			validation.reject("comment", "initiative.field.too-long", MAX_COMMENT, comment.length());
		}
		CountryCode country = owner.country();
		if (country != null
				&& content.geography().countries().stream().noneMatch(share -> share.country().equals(country))) {
			validation.reject("geography.countries", "initiative.country.owner-missing", country.value());
		}
		InitiativeId parent = content.parent();
		if (parent != null) {
			if (parent.equals(id)) {
				validation.reject("parent", "initiative.parent.itself");
			}
			else if (!parentAllowed(parent, owner, id)) {
				validation.reject("parent", "initiative.parent.not-a-programme", parent.toString());
			}
		}
		validation.done();
	}

	/**
	 * A parent must be a programme, the owner's own or published, and not the record's
	 * own descendant.
	 */
	private boolean parentAllowed(InitiativeId parent, RecordScope owner, @Nullable InitiativeId id) {
		Optional<Initiative> found = initiatives.find(parent);
		if (found.isEmpty()) {
			return false;
		}
		Initiative programme = found.get();
		InitiativeContent shown = programme.owner().equals(owner) ? programme.content() : programme.published();
		if (shown == null || shown.type() != InitiativeType.PROGRAMME) {
			return false;
		}
		return !ParentChain.reaches(shown.parent(), id,
				above -> initiatives.find(above).map(Initiative::content).map(InitiativeContent::parent).orElse(null));
	}

	private Initiative current(InitiativeId id, int basedOn, Viewer viewer) {
		Initiative initiative = initiatives.find(id).orElseThrow(() -> notFound(id));
		if (!initiative.owner().ownedBy(viewer) && initiative.published() == null) {
			throw notFound(id);
		}
		if (initiative.version() != basedOn) {
			throw new StaleVersionException(initiative.ref().toString(), basedOn, initiative.version());
		}
		return initiative;
	}

	private int stored(Initiative initiative, int basedOn, @Nullable String comment, Viewer by) {
		if (!initiatives.save(initiative, basedOn)) {
			throw new StaleVersionException(initiative.ref().toString(), basedOn,
					initiatives.currentVersion(initiative.id()));
		}
		revisions.append(initiative.ref(), initiative.version(), initiative.status(), initiative.content().fields(), by,
				comment);
		return initiative.version();
	}

	private void owners(InitiativeId id, Viewer viewer) {
		RecordScope owner = initiatives.ownerOf(id).orElseThrow(() -> notFound(id));
		if (!owner.ownedBy(viewer)) {
			throw new ForbiddenException("record.edit.not-yours", owner.toString());
		}
	}

	static NotFoundException notFound(InitiativeId id) {
		return new NotFoundException("initiative.not-found", id.toString());
	}

	/**
	 * The owner named by an organisation's or country's code, as forms and the API give
	 * it.
	 */
	public static @Nullable RecordScope ownerOf(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		if (OrganisationId.isValid(text)) {
			return RecordScope.of(OrganisationId.of(text));
		}
		if (CountryCode.isValid(text)) {
			return RecordScope.of(CountryCode.of(text));
		}
		throw new InvalidRequestException("owner", "initiative.owner.invalid", text);
	}

}
