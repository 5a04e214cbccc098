package org.cbcm.directory.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.cbcm.directory.CartagenaStatus;
import org.cbcm.directory.CountryDirectory;
import org.cbcm.directory.PartyInstrument;
import org.cbcm.directory.PartyStatusChange;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.ForbiddenException;
import org.cbcm.shared.Validation;
import org.cbcm.shared.Viewer;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Secretariat records a change of a country's status under the Protocol as the
 * depositary notifies it (a ratification, an accession, a withdrawal) or corrects what
 * the reference file says; everybody reads the dated history. The directory applies the
 * latest change on or before the day (see {@link Countries}).
 */
@Service
@Transactional
public class PartyStatusManagement {

	/** The Protocol was adopted on 29 January 2000; no status change is older. */
	static final LocalDate ADOPTED = LocalDate.of(2000, 1, 29);

	/**
	 * How far ahead a change may be recorded: an instrument takes effect 90 days after
	 * its deposit (Article 37), a withdrawal one year after its notification (Article
	 * 39).
	 */
	static final int MOST_DAYS_AHEAD = 366;

	static final int MAX_SOURCE = 1000;

	private final CountryDirectory countries;

	private final JdbcClient jdbc;

	private final Clock clock;

	PartyStatusManagement(CountryDirectory countries, JdbcClient jdbc, Clock clock) {
		this.countries = countries;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * What a person asks to record, as typed: each field is checked and every fault is
	 * reported at once, naming the field.
	 */
	public record Request(@Nullable String status, @Nullable String date, @Nullable String instrument,
			@Nullable String source) {
	}

	/** Records the change; only the Secretariat may. */
	public PartyStatusChange record(CountryCode country, Request request, Viewer by) {
		countries.get(country);
		if (!by.isSecretariat()) {
			throw new ForbiddenException("party-status.secretariat-only");
		}
		Validation validation = new Validation();
		CartagenaStatus status = choice(validation, "status", CartagenaStatus.class, request.status());
		PartyInstrument instrument = choice(validation, "instrument", PartyInstrument.class, request.instrument());
		LocalDate date = date(validation, request.date());
		String source = (request.source() == null) ? "" : request.source().strip();
		if (source.isEmpty()) {
			validation.reject("source", "party-status.source.required");
		}
		else if (source.length() > MAX_SOURCE) {
			validation.reject("source", "profile.field.too-long", MAX_SOURCE, source.length());
		}
		if (status != null && instrument != null && !instrument.leadsTo(status)) {
			validation.reject("instrument", "party-status.instrument.mismatch", instrument.name(), status.name());
		}
		validation.done();
		OffsetDateTime now = OffsetDateTime.now(clock);
		jdbc.sql("""
				INSERT INTO country_party_status (country_code, status, effective_on, instrument, source, recorded_at,
				  recorded_by, recorded_by_name)
				VALUES (:country, :status, :date, :instrument, :source, :now, :by, :name)""")
			.param("country", country.value())
			.param("status", status.name())
			.param("date", date)
			.param("instrument", instrument.name())
			.param("source", source)
			.param("now", now)
			.param("by", (by.user() != null) ? by.user().value() : null)
			.param("name", by.name())
			.update();
		return new PartyStatusChange(country, status, date, instrument, source, now.toInstant(), by.name());
	}

	/** The recorded changes of the country's status, the latest date first. */
	@Transactional(readOnly = true)
	public List<PartyStatusChange> history(CountryCode country) {
		return jdbc.sql("""
				SELECT country_code, status, effective_on, instrument, source, recorded_at, recorded_by_name
				FROM country_party_status WHERE country_code = :country ORDER BY effective_on DESC, id DESC""")
			.param("country", country.value())
			.query((rs, row) -> new PartyStatusChange(new CountryCode(rs.getString("country_code")),
					CartagenaStatus.valueOf(rs.getString("status")), rs.getObject("effective_on", LocalDate.class),
					PartyInstrument.valueOf(rs.getString("instrument")), rs.getString("source"),
					rs.getObject("recorded_at", OffsetDateTime.class).toInstant(), rs.getString("recorded_by_name")))
			.list();
	}

	private @Nullable LocalDate date(Validation validation, @Nullable String text) {
		if (text == null || text.isBlank()) {
			validation.reject("date", "party-status.date.required");
			return null;
		}
		LocalDate date;
		try {
			date = LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			validation.reject("date", "party-status.date.invalid", text);
			return null;
		}
		LocalDate latest = LocalDate.now(clock).plusDays(MOST_DAYS_AHEAD);
		if (date.isBefore(ADOPTED)) {
			validation.reject("date", "party-status.date.too-early", date.toString());
		}
		else if (date.isAfter(latest)) {
			validation.reject("date", "party-status.date.too-late", date.toString(), latest.toString());
		}
		return date;
	}

	private static <E extends Enum<E>> @Nullable E choice(Validation validation, String field, Class<E> type,
			@Nullable String text) {
		if (text == null || text.isBlank()) {
			validation.reject(field, "party-status.field.required");
			return null;
		}
		try {
			return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
		}
		catch (IllegalArgumentException ex) {
			validation.reject(field, "error.type.choice", text,
					String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
			return null;
		}
	}

}
