package org.cbcm.initiatives.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cbcm.initiatives.Endorsement;
import org.cbcm.initiatives.InitiativeEndorsementChanged;
import org.cbcm.initiatives.InitiativeId;
import org.cbcm.records.RecordScope;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.ForbiddenException;
import org.cbcm.shared.InvalidRequestException;
import org.cbcm.shared.NotFoundException;
import org.cbcm.shared.Role;
import org.cbcm.shared.Validation;
import org.cbcm.shared.Viewer;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The voice of the countries an initiative names (principles 11(a) and 11(b)): the focal
 * point of such a country, and only of such a country, endorses the initiative, comments
 * on it, or disputes it with a reason, and may change or withdraw that, while the
 * initiative is submitted or published. The Secretariat may not speak for a country: a
 * country's ownership of what is done in it is what the voice records. What each country
 * says is public; the comment and the reason are read by the owners of the initiative,
 * the Secretariat and the people of that country. Everything said is kept.
 */
@Service
@Transactional
public class InitiativeEndorsements {

	/** The longest comment or reason. */
	public static final int MAX_NOTE = 2000;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final InitiativeIndex index;

	private final Clock clock;

	InitiativeEndorsements(JdbcClient jdbc, ApplicationEventPublisher events, InitiativeIndex index, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.index = index;
		this.clock = clock;
	}

	/**
	 * What a named country says of the initiative.
	 *
	 * @param country the country
	 * @param endorsement what it says; null when it has not answered
	 * @param note the comment or reason, when the reader may read it
	 * @param noteHidden whether there is a note the reader may not read
	 * @param byName who said it
	 * @param at when
	 * @param mayAnswer whether the reader is the country's focal point and may answer
	 */
	public record Voice(CountryCode country, @Nullable Endorsement endorsement, @Nullable String note,
			boolean noteHidden, @Nullable String byName, @Nullable Instant at, boolean mayAnswer) {

		/** The key of the status's label: {@code endorsement.ENDORSED}, or unanswered. */
		public String statusKey() {
			return "endorsement." + ((endorsement != null) ? endorsement.name() : "NONE");
		}

		/** The day (UTC) it was said. */
		public java.time.@Nullable LocalDate on() {
			return (at != null) ? at.atOffset(ZoneOffset.UTC).toLocalDate() : null;
		}

	}

	/**
	 * The voice of every country the initiative names, in the order of their codes, as
	 * the reader may see it; none while the initiative is neither submitted nor
	 * published.
	 */
	@Transactional(readOnly = true)
	public List<Voice> of(InitiativeId id, Viewer viewer) {
		Target target = target(id);
		if (!target.open()) {
			return List.of();
		}
		Map<String, Voice> said = new HashMap<>();
		jdbc.sql("""
				SELECT c.country_code, e.endorsement, e.note, e.said_by_name, e.said_at
				FROM initiative_country c
				LEFT JOIN initiative_endorsement e
				  ON e.initiative_id = c.initiative_id AND e.country_code = c.country_code
				WHERE c.initiative_id = :id ORDER BY c.country_code""").param("id", id.value()).query(rs -> {
			CountryCode country = CountryCode.of(rs.getString(1));
			String value = rs.getString(2);
			String note = rs.getString(3);
			boolean mayRead = mayReadNote(target.owner(), country, viewer);
			OffsetDateTime at = rs.getObject(5, OffsetDateTime.class);
			said.put(country.value(),
					new Voice(country, (value != null) ? Endorsement.valueOf(value) : null, mayRead ? note : null,
							!mayRead && note != null, rs.getString(4), (at != null) ? at.toInstant() : null,
							viewer.holds(Role.NATIONAL_FOCAL_POINT, country)));
		});
		return said.values().stream().sorted(java.util.Comparator.comparing(v -> v.country().value())).toList();
	}

	/**
	 * Whether the reader may read what a country said beyond its status: the owners of
	 * the initiative, the Secretariat, and the people of that country.
	 */
	static boolean mayReadNote(RecordScope owner, CountryCode country, Viewer viewer) {
		return viewer.actsFor(country) || (owner.country() != null && viewer.actsFor(owner.country()))
				|| (owner.organisation() != null && viewer.actsFor(owner.organisation()));
	}

	/**
	 * The country's focal point says what the country says of the initiative, or
	 * withdraws it (null); tells other modules {@link InitiativeEndorsementChanged}.
	 * Refused to anyone but the focal point of the country; not found when the initiative
	 * does not name it; a dispute needs a reason, a comment its text.
	 */
	public void say(InitiativeId id, CountryCode country, @Nullable Endorsement endorsement, @Nullable String note,
			Viewer by) {
		if (!by.holds(Role.NATIONAL_FOCAL_POINT, country)) {
			throw new ForbiddenException("endorsement.not-focal-point", country.value());
		}
		Target target = target(id);
		if (!target.names(country)) {
			throw new NotFoundException("endorsement.not-named", id.toString(), country.value());
		}
		String text = (note == null || note.isBlank()) ? null : note.strip();
		Validation validation = new Validation();
		if (endorsement == Endorsement.DISPUTED && text == null) {
			validation.reject("note", "endorsement.reason.required");
		}
		if (endorsement == Endorsement.COMMENTED && text == null) {
			validation.reject("note", "endorsement.comment.required");
		}
		if (text != null && text.length() > MAX_NOTE) {
			validation.reject("note", "endorsement.note.too-long", MAX_NOTE);
		}
		if (validation.failed()) {
			throw validation.problems();
		}
		if (!target.open()) {
			throw new InvalidRequestException("endorsement", "endorsement.not-open");
		}
		Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
		OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
		Map<String, @Nullable Object> params = new HashMap<>();
		params.put("id", id.value());
		params.put("country", country.value());
		params.put("value", (endorsement != null) ? endorsement.name() : null);
		params.put("note", (endorsement != null) ? text : null);
		params.put("by", by.userId().map(user -> user.value()).orElse(null));
		params.put("byName", by.name());
		params.put("at", at);
		int withdrawn = jdbc
			.sql("DELETE FROM initiative_endorsement WHERE initiative_id = :id AND country_code = :country")
			.params(params)
			.update();
		if (endorsement == null && withdrawn == 0) {
			return;
		}
		if (endorsement != null) {
			jdbc.sql("""
					INSERT INTO initiative_endorsement (initiative_id, country_code, endorsement, note, said_by,
					  said_by_name, said_at)
					VALUES (:id, :country, :value, :note, :by, :byName, :at)""").params(params).update();
		}
		jdbc.sql("""
				INSERT INTO initiative_endorsement_log (initiative_id, country_code, said_at, endorsement, note,
				  said_by, said_by_name)
				VALUES (:id, :country, :at, :value, :note, :by, :byName)""").params(params).update();
		index.endorsementsChanged(id);
		events.publishEvent(
				new InitiativeEndorsementChanged(id, country, endorsement, (endorsement != null) ? text : null));
	}

	/**
	 * What a country said of the initiative over time, oldest first.
	 *
	 * @param endorsement what it said; null for a withdrawal
	 */
	public record Said(CountryCode country, @Nullable Endorsement endorsement, @Nullable String note, String byName,
			Instant at) {
	}

	/** Everything said of the initiative, oldest first, for those who may read notes. */
	@Transactional(readOnly = true)
	public List<Said> log(InitiativeId id, Viewer viewer) {
		Target target = target(id);
		return jdbc.sql("""
				SELECT country_code, endorsement, note, said_by_name, said_at FROM initiative_endorsement_log
				WHERE initiative_id = :id ORDER BY said_at, country_code""")
			.param("id", id.value())
			.query((rs, row) -> {
				CountryCode country = CountryCode.of(rs.getString(1));
				String value = rs.getString(2);
				return new Said(country, (value != null) ? Endorsement.valueOf(value) : null,
						mayReadNote(target.owner(), country, viewer) ? rs.getString(3) : null, rs.getString(4),
						rs.getObject(5, OffsetDateTime.class).toInstant());
			})
			.list();
	}

	/** An endorsement's value as a form or the API gives it; null for a withdrawal. */
	public static @Nullable Endorsement parse(@Nullable String text) {
		if (text == null || text.isBlank() || "NONE".equalsIgnoreCase(text.strip())
				|| "WITHDRAWN".equalsIgnoreCase(text.strip())) {
			return null;
		}
		try {
			return Endorsement.valueOf(text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidRequestException("endorsement", "error.type.choice", text,
					"ENDORSED, COMMENTED, DISPUTED, NONE");
		}
	}

	/** The initiative as far as its voice needs it. */
	private record Target(RecordScope owner, boolean open, java.util.Set<String> countries) {

		boolean names(CountryCode country) {
			return countries.contains(country.value());
		}

	}

	private Target target(InitiativeId id) {
		List<Target> found = jdbc.sql("""
				SELECT owner_country, owner_organisation, status, published_at IS NOT NULL AS is_public
				FROM initiative WHERE id = :id""")
			.param("id", id.value())
			.query((rs, row) -> new Target(Initiatives.owner(rs),
					(!"ARCHIVED".equals(rs.getString("status"))
							&& ("SUBMITTED".equals(rs.getString("status")) || rs.getBoolean("is_public"))),
					java.util.Set.of()))
			.list();
		if (found.isEmpty()) {
			throw InitiativeManagement.notFound(id);
		}
		java.util.Set<String> countries = new java.util.HashSet<>(
				jdbc.sql("SELECT country_code FROM initiative_country WHERE initiative_id = :id")
					.param("id", id.value())
					.query(String.class)
					.list());
		return new Target(found.get(0).owner(), found.get(0).open(), countries);
	}

}
