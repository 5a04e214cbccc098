package org.cbcm.roster.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.cbcm.records.RecordStatus;
import org.cbcm.records.RecordStore;
import org.cbcm.records.Record.State;
import org.cbcm.roster.ExpertContent;
import org.cbcm.roster.ExpertContent.PublicPart;
import org.cbcm.roster.ExpertId;
import org.cbcm.roster.Expertise;
import org.cbcm.roster.ExpertiseArea;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.UserId;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores experts' records in {@code roster_expert}: the working and published copies as
 * JSON, the working copy's name for the nomination lists, and, while the expert is
 * listed, the published copy's facts that searches filter on, in the table's columns and
 * its side tables (expertise, key elements, languages, nationalities).
 */
@Repository
public class ExpertStore implements RecordStore<ExpertId, ExpertRecord> {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	ExpertStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	@Override
	public String key(ExpertId id) {
		return id.toString();
	}

	@Override
	public Optional<ExpertRecord> find(ExpertId id) {
		return jdbc.sql("SELECT * FROM roster_expert WHERE id = :id")
			.param("id", id.value())
			.query((rs, row) -> record(rs))
			.optional();
	}

	/** The record of the person, if they have one. */
	public Optional<ExpertRecord> ofPerson(UserId person) {
		return jdbc.sql("SELECT * FROM roster_expert WHERE person_id = :person")
			.param("person", person.value())
			.query((rs, row) -> record(rs))
			.optional();
	}

	/** The records with the given identifiers, in no order. */
	public List<ExpertRecord> all(java.util.Collection<ExpertId> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT * FROM roster_expert WHERE id IN (:ids)")
			.param("ids", ids.stream().map(ExpertId::value).toList())
			.query((rs, row) -> record(rs))
			.list();
	}

	/**
	 * A page of nominations, those of the country (or all where none is given), in the
	 * statuses given (all where none), most recently changed first.
	 */
	List<ExpertRecord> nominations(@Nullable CountryCode country, List<RecordStatus> statuses, int limit, long offset) {
		Map<String, Object> params = new HashMap<>();
		String where = nominationFilter(country, statuses, params);
		params.put("limit", limit);
		params.put("offset", offset);
		return jdbc
			.sql("SELECT * FROM roster_expert" + where + " ORDER BY updated_at DESC, id LIMIT :limit OFFSET :offset")
			.params(params)
			.query((rs, row) -> record(rs))
			.list();
	}

	long countNominations(@Nullable CountryCode country, List<RecordStatus> statuses) {
		Map<String, Object> params = new HashMap<>();
		String where = nominationFilter(country, statuses, params);
		return jdbc.sql("SELECT COUNT(*) FROM roster_expert" + where).params(params).query(Long.class).single();
	}

	private static String nominationFilter(@Nullable CountryCode country, List<RecordStatus> statuses,
			Map<String, Object> params) {
		List<String> terms = new ArrayList<>();
		if (country != null) {
			terms.add("country_code = :country");
			params.put("country", country.value());
		}
		if (!statuses.isEmpty()) {
			terms.add("status IN (:statuses)");
			params.put("statuses", statuses.stream().map(Enum::name).toList());
		}
		return terms.isEmpty() ? "" : " WHERE " + String.join(" AND ", terms);
	}

	/** The experts of the country listed now, other than the one given. */
	int listedOf(CountryCode country, ExpertId besides) {
		return jdbc.sql("SELECT COUNT(*) FROM roster_expert WHERE listed AND country_code = :country AND id <> :id")
			.param("country", country.value())
			.param("id", besides.value())
			.query(Integer.class)
			.single();
	}

	/**
	 * The experts of the country listed now in the top-level area, other than the one
	 * given.
	 */
	int listedOf(CountryCode country, ExpertiseArea area, ExpertId besides) {
		return jdbc.sql("""
				SELECT COUNT(DISTINCT e.id) FROM roster_expert e JOIN roster_expert_expertise x ON x.expert_id = e.id
				WHERE e.listed AND e.country_code = :country AND x.area = :area AND e.id <> :id""")
			.param("country", country.value())
			.param("area", area.name())
			.param("id", besides.value())
			.query(Integer.class)
			.single();
	}

	/**
	 * The experts of the country listed now, for the pages that show it against the cap.
	 */
	public int listedIn(CountryCode country) {
		return jdbc.sql("SELECT COUNT(*) FROM roster_expert WHERE listed AND country_code = :country")
			.param("country", country.value())
			.query(Integer.class)
			.single();
	}

	/**
	 * The experts of the country listed now in each top-level area, counted in one query
	 * (an expert with two expertises of one area counts once there); an area without any
	 * is left out.
	 */
	public Map<ExpertiseArea, Integer> listedPerArea(CountryCode country) {
		Map<ExpertiseArea, Integer> counts = new java.util.EnumMap<>(ExpertiseArea.class);
		jdbc.sql("""
				SELECT x.area, COUNT(DISTINCT e.id) FROM roster_expert e
				JOIN roster_expert_expertise x ON x.expert_id = e.id
				WHERE e.listed AND e.country_code = :country GROUP BY x.area""")
			.param("country", country.value())
			.query((rs, row) -> counts.put(ExpertiseArea.valueOf(rs.getString(1)), rs.getInt(2)))
			.list();
		return counts;
	}

	@Override
	public boolean save(ExpertRecord expert, int readVersion) {
		ExpertContent content = expert.content();
		ExpertContent published = expert.published();
		Map<String, @Nullable Object> params = new HashMap<>();
		params.put("id", expert.id().value());
		params.put("person", expert.person().value());
		params.put("country", expert.country().value());
		params.put("status", expert.status().name());
		params.put("version", expert.version());
		params.put("read", readVersion);
		params.put("content", json.writeValueAsString(content));
		params.put("published", (published != null) ? json.writeValueAsString(published) : null);
		params.put("publishedAt", at(expert.publishedAt()));
		params.put("note", expert.statusNote());
		params.put("createdAt", at(expert.createdAt()));
		params.put("createdBy", (expert.createdBy() != null) ? expert.createdBy().value() : null);
		params.put("createdByName", expert.createdByName());
		params.put("updatedAt", at(expert.updatedAt()));
		params.put("updatedBy", (expert.updatedBy() != null) ? expert.updatedBy().value() : null);
		params.put("updatedByName", expert.updatedByName());
		params.put("name", cut(content.name(), 250));
		if (readVersion == 0) {
			return jdbc.sql("""
					INSERT INTO roster_expert (id, person_id, country_code, status, version, content, published_content,
					  published_at, status_note, created_at, created_by, created_by_name, updated_at, updated_by,
					  updated_by_name, name)
					VALUES (:id, :person, :country, :status, :version, :content, :published, :publishedAt, :note,
					  :createdAt, :createdBy, :createdByName, :updatedAt, :updatedBy, :updatedByName, :name)
					ON CONFLICT DO NOTHING""").params(params).update() == 1;
		}
		return jdbc.sql("""
				UPDATE roster_expert SET status = :status, version = :version, content = :content,
				  published_content = :published, published_at = :publishedAt, status_note = :note,
				  updated_at = :updatedAt, updated_by = :updatedBy, updated_by_name = :updatedByName, name = :name
				WHERE id = :id AND version = :read""").params(params).update() == 1;
	}

	@Override
	public int currentVersion(ExpertId id) {
		return jdbc.sql("SELECT version FROM roster_expert WHERE id = :id")
			.param("id", id.value())
			.query(Integer.class)
			.optional()
			.orElse(0);
	}

	/**
	 * Lists the expert from the published copy: the facts searches filter on, the day
	 * listed and the day the listing lapses; a lapse and its reminders are cleared.
	 */
	void list(ExpertRecord expert, @Nullable String region, LocalDate on, LocalDate until) {
		ExpertContent content = java.util.Objects.requireNonNull(expert.published());
		UUID id = expert.id().value();
		Map<String, @Nullable Object> params = new HashMap<>();
		params.put("id", id);
		params.put("region", region);
		params.put("gender",
				content.shows(PublicPart.GENDER) && content.gender() != null ? content.gender().name() : null);
		params.put("availability", (content.availability() != null) ? content.availability().name() : null);
		params.put("remote", content.remote());
		params.put("onSite", content.onSite());
		params.put("publicName", content.shows(PublicPart.NAME) ? cut(content.name(), 250) : null);
		params.put("text", cut(searchText(content), 8000));
		params.put("on", on);
		params.put("until", until);
		params.put("stamp", RosterIndex.newStamp());
		jdbc.sql(
				"""
						UPDATE roster_expert SET listed = TRUE, listed_on = :on, expires_on = :until, lapsed_on = NULL,
						  listing_stamp = :stamp, reminded_months = NULL, region_code = :region, gender = :gender, availability = :availability,
						  remote = :remote, on_site = :onSite, public_name = :publicName, search_text = :text
						WHERE id = :id""")
			.params(params)
			.update();
		clearFacts(id);
		for (Expertise expertise : content.expertise()) {
			jdbc.sql("INSERT INTO roster_expert_expertise (expert_id, expertise, area) VALUES (:id, :expertise, :area)")
				.param("id", id)
				.param("expertise", expertise.name())
				.param("area", expertise.area().name())
				.update();
		}
		content.expertise()
			.stream()
			.flatMap(expertise -> expertise.keyElements().stream())
			.distinct()
			.forEach(
					element -> jdbc.sql("INSERT INTO roster_expert_element (expert_id, element) VALUES (:id, :element)")
						.param("id", id)
						.param("element", element.value())
						.update());
		content.spoken()
			.forEach((language, level) -> jdbc
				.sql("INSERT INTO roster_expert_language (expert_id, language, level) VALUES (:id, :language, :level)")
				.param("id", id)
				.param("language", language)
				.param("level", 3 - level.ordinal())
				.update());
		if (content.shows(PublicPart.NATIONALITY)) {
			content.nationalities()
				.forEach(country -> jdbc
					.sql("INSERT INTO roster_expert_nationality (expert_id, country_code) VALUES (:id, :country)")
					.param("id", id)
					.param("country", country.value())
					.update());
		}
	}

	/** Restarts the listing's clock from the day given, where the expert is listed. */
	void renew(ExpertId id, LocalDate until) {
		jdbc.sql("UPDATE roster_expert SET expires_on = :until, reminded_months = NULL WHERE id = :id AND listed")
			.param("id", id.value())
			.param("until", until)
			.update();
	}

	/**
	 * Takes the expert out of searches: archived (no lapse day) or lapsed on the day
	 * given.
	 */
	void unlist(ExpertId id, @Nullable LocalDate lapsedOn) {
		jdbc.sql("UPDATE roster_expert SET listed = FALSE, lapsed_on = :lapsed WHERE id = :id")
			.param("id", id.value())
			.param("lapsed", lapsedOn)
			.update();
		clearFacts(id.value());
	}

	/** Whether the expert is listed now. */
	boolean listed(ExpertId id) {
		return jdbc.sql("SELECT listed FROM roster_expert WHERE id = :id")
			.param("id", id.value())
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	/** The listing of an expert: when listed, until when, when lapsed. */
	public record Listing(boolean listed, @Nullable LocalDate listedOn, @Nullable LocalDate expiresOn,
			@Nullable LocalDate lapsedOn) {

		static final Listing NONE = new Listing(false, null, null, null);

	}

	Listing listing(ExpertId id) {
		return jdbc.sql("SELECT listed, listed_on, expires_on, lapsed_on FROM roster_expert WHERE id = :id")
			.param("id", id.value())
			.query((rs, row) -> new Listing(rs.getBoolean(1), rs.getObject(2, LocalDate.class),
					rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class)))
			.optional()
			.orElse(Listing.NONE);
	}

	Map<ExpertId, Listing> listings(java.util.Collection<ExpertId> ids) {
		Map<ExpertId, Listing> listings = new HashMap<>();
		if (ids.isEmpty()) {
			return listings;
		}
		jdbc.sql("SELECT id, listed, listed_on, expires_on, lapsed_on FROM roster_expert WHERE id IN (:ids)")
			.param("ids", ids.stream().map(ExpertId::value).toList())
			.query((rs, row) -> listings.put(new ExpertId(rs.getObject(1, UUID.class)),
					new Listing(rs.getBoolean(2), rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class),
							rs.getObject(5, LocalDate.class))))
			.list();
		return listings;
	}

	/** The listed experts whose listing lapses on or before the day. */
	List<ExpertRecord> lapsingBy(LocalDate day) {
		return jdbc.sql("SELECT * FROM roster_expert WHERE listed AND expires_on <= :day ORDER BY expires_on, id")
			.param("day", day)
			.query((rs, row) -> record(rs))
			.list();
	}

	/**
	 * The listed experts whose listing lapses on or before the day and who have not been
	 * reminded that many months before (or fewer).
	 */
	List<ExpertRecord> toRemind(LocalDate lapsesBy, int months) {
		return jdbc.sql("""
				SELECT * FROM roster_expert WHERE listed AND expires_on <= :day
				  AND (reminded_months IS NULL OR reminded_months > :months) ORDER BY expires_on, id""")
			.param("day", lapsesBy)
			.param("months", months)
			.query((rs, row) -> record(rs))
			.list();
	}

	/** Marks the reminder sent; false when another node marked it first. */
	boolean reminded(ExpertId id, int months) {
		return jdbc.sql("""
				UPDATE roster_expert SET reminded_months = :months
				WHERE id = :id AND (reminded_months IS NULL OR reminded_months > :months)""")
			.param("id", id.value())
			.param("months", months)
			.update() == 1;
	}

	private void clearFacts(UUID id) {
		for (String table : List.of("roster_expert_expertise", "roster_expert_element", "roster_expert_language",
				"roster_expert_nationality")) {
			jdbc.sql("DELETE FROM " + table + " WHERE expert_id = :id").param("id", id).update();
		}
	}

	/** What a search by text finds the expert by: the parts the expert shows publicly. */
	static String searchText(ExpertContent content) {
		StringBuilder text = new StringBuilder();
		if (content.shows(PublicPart.NAME)) {
			text.append(content.name()).append(' ');
		}
		if (content.shows(PublicPart.PROFILE) && content.profile() != null) {
			text.append(content.profile()).append(' ');
		}
		if (content.shows(PublicPart.EMPLOYMENT)) {
			ExpertContent.Job job = content.currentJob();
			for (String part : new String[] { job.organisation(), job.department(), job.title() }) {
				if (part != null) {
					text.append(part).append(' ');
				}
			}
		}
		if (content.shows(PublicPart.EDUCATION)) {
			content.degrees()
				.stream()
				.filter(java.util.Objects::nonNull)
				.forEach(degree -> text.append(degree.subject()).append(' '));
		}
		if (content.otherExpertise() != null) {
			text.append(content.otherExpertise()).append(' ');
		}
		if (content.shows(PublicPart.PUBLICATIONS)) {
			content.publications().forEach(publication -> text.append(publication).append(' '));
		}
		return text.toString().toLowerCase(Locale.ROOT).strip();
	}

	private ExpertRecord record(ResultSet rs) throws SQLException {
		String published = rs.getString("published_content");
		OffsetDateTime publishedAt = rs.getObject("published_at", OffsetDateTime.class);
		UUID createdBy = rs.getObject("created_by", UUID.class);
		UUID updatedBy = rs.getObject("updated_by", UUID.class);
		return new ExpertRecord(new ExpertId(rs.getObject("id", UUID.class)),
				new UserId(rs.getObject("person_id", UUID.class)), new CountryCode(rs.getString("country_code")),
				new State<>(RecordStatus.valueOf(rs.getString("status")), rs.getInt("version"),
						json.readValue(rs.getString("content"), ExpertContent.class),
						(published != null) ? json.readValue(published, ExpertContent.class) : null,
						(publishedAt != null) ? publishedAt.toInstant() : null, rs.getString("status_note"),
						rs.getObject("created_at", OffsetDateTime.class).toInstant(),
						(createdBy != null) ? new UserId(createdBy) : null, rs.getString("created_by_name"),
						rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
						(updatedBy != null) ? new UserId(updatedBy) : null, rs.getString("updated_by_name")));
	}

	private static String cut(String text, int most) {
		return (text.length() > most) ? text.substring(0, most) : text;
	}

	private static @Nullable OffsetDateTime at(@Nullable Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

}
