package org.cbcm.initiatives.internal;

import java.sql.DatabaseMetaData;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.cbcm.directory.Organisation;
import org.cbcm.directory.OrganisationDirectory;
import org.cbcm.initiatives.InitiativeContent;
import org.cbcm.initiatives.InitiativeFacts;
import org.cbcm.initiatives.InitiativeId;
import org.cbcm.initiatives.InitiativeLoads;
import org.cbcm.initiatives.InitiativeLoads.Duplicates;
import org.cbcm.initiatives.InitiativesArchived;
import org.cbcm.initiatives.InitiativesPublished;
import org.cbcm.records.Confirmations;
import org.cbcm.records.Record;
import org.cbcm.records.RecordScope;
import org.cbcm.records.RecordStatus;
import org.cbcm.records.Revisions;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.ForbiddenException;
import org.cbcm.shared.InvalidRequestException;
import org.cbcm.shared.OrganisationId;
import org.cbcm.shared.Validation;
import org.cbcm.shared.Viewer;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads and removes initiatives in bulk ({@link InitiativeLoads}): a batch's records,
 * first revisions, registrations and read model rows each in one batched statement
 * (multi-row inserts on PostgreSQL), nothing read first (a record there already is
 * refused by its primary key), one event per batch.
 */
@Service
class InitiativeBulk implements InitiativeLoads {

	/** Initiatives a load created in a name: by no person. */
	private static final String LOADED = "created_by IS NULL AND created_by_name = :name";

	private final Initiatives initiatives;

	private final InitiativeIndex index;

	private final Revisions revisions;

	private final Confirmations confirmations;

	private final OrganisationDirectory organisations;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final DataSource dataSource;

	/** Whether the database is PostgreSQL; known at the first load. */
	private volatile @Nullable Boolean postgres;

	InitiativeBulk(Initiatives initiatives, InitiativeIndex index, Revisions revisions, Confirmations confirmations,
			OrganisationDirectory organisations, JdbcClient jdbc, ApplicationEventPublisher events,
			DataSource dataSource) {
		this.initiatives = initiatives;
		this.index = index;
		this.revisions = revisions;
		this.confirmations = confirmations;
		this.organisations = organisations;
		this.jdbc = jdbc;
		this.events = events;
		this.dataSource = dataSource;
	}

	@Override
	@Transactional
	public void register(List<Loaded> batch, String createdBy, @Nullable String comment, Duplicates duplicates,
			Viewer by) {
		secretariat(by);
		if (batch.size() > MAX_BATCH) {
			throw new InvalidRequestException("batch", "initiative.bulk.too-many", MAX_BATCH, batch.size());
		}
		if (batch.isEmpty()) {
			return;
		}
		Validation validation = new Validation();
		for (Loaded loaded : batch) {
			loaded.content().check(validation);
			checkOwner(loaded.owner(), loaded.content(), validation);
		}
		validation.done();
		if (postgres()) {
			// Connections to PostgreSQL plan every statement anew (PostgresConnections),
			// which suits searches; a bulk load runs the same few statements, and the
			// foreign key check of each tag, a million times: it may reuse their plans.
			jdbc.sql("SET LOCAL plan_cache_mode = auto").update();
		}
		initiatives.insertAll(batch.stream().map(loaded -> record(loaded, createdBy)).toList());
		Viewer author = new Viewer(null, createdBy, "", Set.of());
		revisions.appendFirst(batch.stream()
			.map(loaded -> new Revisions.NewRevision(Initiative.ref(loaded.id()), 1,
					loaded.publish() ? RecordStatus.PUBLISHED : RecordStatus.DRAFT, loaded.content().fields(),
					loaded.updatedAt(), comment))
			.toList(), author);
		List<Loaded> published = batch.stream().filter(Loaded::publish).toList();
		if (published.isEmpty()) {
			return;
		}
		confirmations.publishedNew(published.stream()
			.map(loaded -> new Confirmations.Published(Initiative.ref(loaded.id()), loaded.owner(),
					loaded.content().title(), "/initiatives/" + loaded.id()))
			.toList());
		InitiativeIndex.Geography geography = geography();
		Set<OrganisationId> participants = new HashSet<>();
		published.forEach(loaded -> loaded.content()
			.participants()
			.forEach(participant -> participants.add(participant.organisation())));
		Map<OrganisationId, Organisation> named = named(participants);
		index.write(published.stream()
			.map(loaded -> InitiativeIndex.rows(loaded.id(), loaded.owner(), loaded.content(), loaded.updatedAt(),
					geography, named))
			.toList());
		events.publishEvent(new InitiativesPublished(
				published.stream().map(loaded -> InitiativeFacts.of(loaded.id(), loaded.content())).toList(),
				duplicates == Duplicates.LOOK_FOR));
	}

	/**
	 * The countries, regions and their search names the read model files, read once for
	 * the batches of a load that follow each other within a minute: a load of 100,000
	 * runs 100 batches, and the names do not change meanwhile.
	 */
	private InitiativeIndex.Geography geography() {
		Remembered remembered = this.remembered;
		long now = System.nanoTime();
		if (remembered == null || now - remembered.at() > REMEMBERED_FOR) {
			remembered = new Remembered(index.geography(), new java.util.concurrent.ConcurrentHashMap<>(), now);
			this.remembered = remembered;
		}
		return remembered.geography();
	}

	/** The named organisations, those of earlier batches of the load remembered. */
	private Map<OrganisationId, Organisation> named(Set<OrganisationId> participants) {
		geography();
		Map<OrganisationId, Organisation> known = java.util.Objects.requireNonNull(remembered).organisations();
		Set<OrganisationId> missing = new HashSet<>(participants);
		missing.removeAll(known.keySet());
		if (!missing.isEmpty()) {
			known.putAll(organisations.findAll(missing));
		}
		return known;
	}

	/** How long what a load read of the reference data is used again: a minute. */
	private static final long REMEMBERED_FOR = 60_000_000_000L;

	private record Remembered(InitiativeIndex.Geography geography, Map<OrganisationId, Organisation> organisations,
			long at) {
	}

	private volatile @Nullable Remembered remembered;

	/**
	 * The record of a loaded initiative, as the workflow leaves a new or published one.
	 */
	private static Initiative record(Loaded loaded, String createdBy) {
		InitiativeContent content = loaded.content();
		return new Initiative(loaded.id(), loaded.owner(),
				loaded.publish()
						? new Record.State<>(RecordStatus.PUBLISHED, 1, content, content, loaded.updatedAt(), null,
								loaded.createdAt(), null, createdBy, loaded.updatedAt(), null, createdBy)
						: new Record.State<>(RecordStatus.DRAFT, 1, content, null, null, null, loaded.createdAt(), null,
								createdBy, loaded.updatedAt(), null, createdBy));
	}

	@Override
	@Transactional(readOnly = true)
	public long count(String createdBy) {
		return jdbc.sql("SELECT COUNT(*) FROM initiative WHERE " + LOADED)
			.param("name", createdBy)
			.query(Long.class)
			.single();
	}

	@Override
	@Transactional(readOnly = true)
	public boolean any(String createdBy) {
		return jdbc.sql("SELECT 1 FROM initiative WHERE " + LOADED + " LIMIT 1")
			.param("name", createdBy)
			.query(Integer.class)
			.optional()
			.isPresent();
	}

	@Override
	@Transactional(readOnly = true)
	public List<InitiativeId> some(String createdBy, int most) {
		return jdbc.sql("SELECT id FROM initiative WHERE " + LOADED + " LIMIT :most")
			.param("name", createdBy)
			.param("most", most)
			.query((rs, row) -> new InitiativeId(rs.getObject(1, UUID.class)))
			.list();
	}

	@Override
	@Transactional
	public int remove(Collection<InitiativeId> ids, Viewer by) {
		secretariat(by);
		if (ids.isEmpty()) {
			return 0;
		}
		List<InitiativeId> loaded = new ArrayList<>();
		List<InitiativeId> public_ = new ArrayList<>();
		jdbc.sql("""
				SELECT i.id, e.initiative_id FROM initiative i LEFT JOIN initiative_entry e ON e.initiative_id = i.id
				WHERE i.id IN (:ids) AND i.created_by IS NULL""")
			.param("ids", ids.stream().map(InitiativeId::value).distinct().toList())
			.query((rs, row) -> {
				InitiativeId id = new InitiativeId(rs.getObject(1, UUID.class));
				loaded.add(id);
				if (rs.getObject(2) != null) {
					public_.add(id);
				}
				return id;
			})
			.list();
		if (loaded.isEmpty()) {
			return 0;
		}
		List<String> refs = loaded.stream().map(InitiativeId::toString).toList();
		index.removeAll(loaded);
		revisions.removeAll(Initiative.KIND_NAME, refs);
		confirmations.withdrawnAll(Initiative.KIND_NAME, refs);
		initiatives.deleteAll(loaded);
		if (!public_.isEmpty()) {
			events.publishEvent(new InitiativesArchived(public_));
		}
		return loaded.size();
	}

	@Override
	@Transactional(readOnly = true)
	public long published() {
		return jdbc.sql("SELECT COUNT(*) FROM initiative_entry").query(Long.class).single();
	}

	private boolean postgres() {
		Boolean known = postgres;
		if (known == null) {
			try {
				known = "PostgreSQL"
					.equals(JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName));
			}
			catch (MetaDataAccessException ex) {
				known = false;
			}
			postgres = known;
		}
		return known;
	}

	/** A country's initiative names the country among those it works in. */
	static void checkOwner(RecordScope owner, InitiativeContent content, Validation validation) {
		CountryCode country = owner.country();
		if (country != null
				&& content.geography().countries().stream().noneMatch(share -> share.country().equals(country))) {
			validation.reject("geography.countries", "initiative.country.owner-missing", country.value());
		}
	}

	private static void secretariat(Viewer by) {
		if (!by.isSecretariat()) {
			throw new ForbiddenException("initiative.bulk.secretariat-only");
		}
	}

}
