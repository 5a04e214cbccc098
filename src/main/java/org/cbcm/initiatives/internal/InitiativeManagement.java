package org.cbcm.initiatives.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cbcm.initiatives.InitiativeContent;
import org.cbcm.initiatives.InitiativeId;
import org.cbcm.initiatives.InitiativeType;
import org.cbcm.records.EditConflict;
import org.cbcm.records.FieldChange;
import org.cbcm.records.RecordLifecycle;
import org.cbcm.records.RecordLifecycle.Readers;
import org.cbcm.records.RecordLifecycles;
import org.cbcm.records.RecordScope;
import org.cbcm.records.RecordStatus;
import org.cbcm.records.RecordUseCases;
import org.cbcm.records.RecordView;
import org.cbcm.records.Revision;
import org.cbcm.records.Transition;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.ForbiddenException;
import org.cbcm.shared.Grant;
import org.cbcm.shared.InvalidRequestException;
import org.cbcm.shared.NotFoundException;
import org.cbcm.shared.OrganisationId;
import org.cbcm.shared.Paging;
import org.cbcm.shared.ResultPage;
import org.cbcm.shared.Role;
import org.cbcm.shared.Validation;
import org.cbcm.shared.Viewer;
import org.jspecify.annotations.Nullable;

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
public class InitiativeManagement extends RecordUseCases<InitiativeId, InitiativeContent, Initiative> {

	/** The longest comment or reason a person may give with a change. */
	static final int MAX_COMMENT = RecordLifecycle.MAX_COMMENT;

	private final Initiatives initiatives;

	private final InitiativeIndex index;

	private final ContentReferences references;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final DuplicateDetection duplicates;

	InitiativeManagement(Initiatives initiatives, InitiativeIndex index, ContentReferences references,
			InitiativeRules rules, RecordLifecycles lifecycles, JdbcClient jdbc, Clock clock,
			DuplicateDetection duplicates) {
		super(lifecycles.of(Initiative.KIND_NAME, initiatives, Readers.PUBLIC_ONCE_PUBLISHED, rules,
				key -> new NotFoundException("initiative.not-found", key)));
		this.initiatives = initiatives;
		this.index = index;
		this.references = references;
		this.jdbc = jdbc;
		this.clock = clock;
		this.duplicates = duplicates;
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
		InitiativeId id = InitiativeId.random();
		records.create(id, Initiative.unsaved(id, scope, content, clock.instant()), content, comment, by);
		return id;
	}

	/**
	 * The record as the viewer may read it; besides its owners, the people of a country
	 * it names read a submitted record (principle 11(a)): its submitted copy, as others
	 * read a published one, without its workflow.
	 */
	@Override
	@Transactional(readOnly = true)
	public RecordView<InitiativeId, InitiativeContent> view(InitiativeId id, Viewer viewer) {
		try {
			return super.view(id, viewer);
		}
		catch (NotFoundException ex) {
			Initiative initiative = initiatives.find(id).orElseThrow(() -> ex);
			if (initiative.status() != RecordStatus.SUBMITTED || !namesCountryOf(initiative, viewer)) {
				throw ex;
			}
			return new RecordView<>(id, initiative.kind(), initiative.owner(), initiative.status(),
					initiative.version(), null, initiative.content(), null, null, null, initiative.createdAt(),
					initiative.updatedAt(), "", null);
		}
	}

	/**
	 * Whether the record names a country the viewer is a focal point or national user of.
	 */
	private static boolean namesCountryOf(Initiative initiative, Viewer viewer) {
		for (String country : Initiatives.namedCountries(initiative)) {
			CountryCode code = CountryCode.of(country);
			if (viewer.holds(Role.NATIONAL_FOCAL_POINT, code) || viewer.holds(Role.NATIONAL_USER, code)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Publishing files the record in the public registry and queues the records it may
	 * duplicate ({@link DuplicateDetection}), archiving takes it out.
	 */
	@Override
	protected void moved(InitiativeId id, Initiative initiative, Transition transition) {
		InitiativeContent published = initiative.published();
		if (transition == Transition.PUBLISH && published != null) {
			index.put(id, initiative.owner(), published, java.util.Objects.requireNonNull(initiative.publishedAt()));
			duplicates.detect(id, initiative.owner(), published);
		}
		if (transition == Transition.ARCHIVE) {
			index.remove(id);
		}
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
	 * An initiative of others that names a country of the viewer.
	 *
	 * @param item the initiative as the workspace lists it
	 * @param endorsement what the viewer's (first) country said of it; null when it has
	 * not answered
	 */
	public record NamedItem(WorkItem item, org.cbcm.initiatives.@Nullable Endorsement endorsement) {
	}

	/**
	 * The submitted and published initiatives of others (not their drafts) that name a
	 * country the viewer is a focal point or national user of, most recently changed
	 * first; one query for the page, one for the count.
	 */
	@Transactional(readOnly = true)
	public ResultPage<NamedItem> naming(Paging paging, Viewer viewer) {
		List<String> countries = viewer.grants()
			.stream()
			.filter(grant -> grant.role() == Role.NATIONAL_FOCAL_POINT || grant.role() == Role.NATIONAL_USER)
			.filter(grant -> grant.country() != null)
			.map(grant -> grant.country().value())
			.distinct()
			.sorted()
			.toList();
		if (countries.isEmpty()) {
			return ResultPage.of(List.of(), paging, 0);
		}
		String where = """
				WHERE EXISTS (SELECT 1 FROM initiative_country c
				  WHERE c.initiative_id = i.id AND c.country_code IN (:countries))
				AND (i.status = 'SUBMITTED' OR (i.published_at IS NOT NULL AND i.status <> 'ARCHIVED'))
				AND (i.owner_country IS NULL OR i.owner_country NOT IN (:countries))""";
		long total = jdbc.sql("SELECT COUNT(*) FROM initiative i " + where)
			.param("countries", countries)
			.query(Long.class)
			.single();
		List<NamedItem> items = jdbc
			.sql("""
					SELECT i.id, i.title, i.initiative_type, i.owner_country, i.owner_organisation, i.status,
					  i.published_at IS NOT NULL AS is_public, i.updated_at, e.endorsement
					FROM initiative i
					LEFT JOIN initiative_endorsement e ON e.initiative_id = i.id AND e.country_code = :first""" + " "
					+ where + " ORDER BY i.updated_at DESC, i.id LIMIT :limit OFFSET :offset")
			.param("countries", countries)
			.param("first", countries.get(0))
			.param("limit", paging.size())
			.param("offset", paging.offset())
			.query((rs, row) -> new NamedItem(
					new WorkItem(new InitiativeId(rs.getObject("id", java.util.UUID.class)), rs.getString("title"),
							(rs.getString("initiative_type") != null)
									? InitiativeType.valueOf(rs.getString("initiative_type")) : null,
							Initiatives.owner(rs), RecordStatus.valueOf(rs.getString("status")),
							rs.getBoolean("is_public"),
							rs.getObject("updated_at", java.time.OffsetDateTime.class).toInstant(), "", null),
					(rs.getString("endorsement") != null)
							? org.cbcm.initiatives.Endorsement.valueOf(rs.getString("endorsement")) : null))
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
