package org.cbcm.roster.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.cbcm.directory.Country;
import org.cbcm.directory.CountryDirectory;
import org.cbcm.records.RecordStatus;
import org.cbcm.records.Refusal;
import org.cbcm.roster.ExpertContent;
import org.cbcm.roster.ExpertContent.PublicPart;
import org.cbcm.roster.ExpertId;
import org.cbcm.roster.ExpertListed;
import org.cbcm.roster.ExpertLoads;
import org.cbcm.roster.Expertise;
import org.cbcm.shared.ForbiddenException;
import org.cbcm.shared.InvalidRequestException;
import org.cbcm.shared.Validation;
import org.cbcm.shared.Viewer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads listed experts in batches straight into the roster's tables
 * ({@link ExpertLoads}): the record published, its listing and the facts searches filter
 * on, written as {@link ExpertStore#list} writes them, a statement per table for the
 * whole batch.
 */
@Service
@Transactional
class ExpertBulk implements ExpertLoads {

	private final NamedParameterJdbcTemplate jdbc;

	private final JsonMapper json;

	private final CountryDirectory countries;

	private final RosterSettings settings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ExpertBulk(NamedParameterJdbcTemplate jdbc, JsonMapper json, CountryDirectory countries, RosterSettings settings,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.countries = countries;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public List<ExpertId> list(List<Loaded> batch, String loadedBy, Viewer by) {
		secretariat(by);
		if (batch.size() > MAX_BATCH) {
			throw new InvalidRequestException("batch", "roster.load.too-many", MAX_BATCH, batch.size());
		}
		for (Loaded loaded : batch) {
			Validation validation = new Validation();
			loaded.content().check(validation);
			validation.done();
		}
		OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
		LocalDate today = LocalDate.now(clock);
		LocalDate until = today.plusYears(settings.retentionYears());
		List<ExpertId> ids = new ArrayList<>();
		List<Map<String, @Nullable Object>> experts = new ArrayList<>();
		List<Map<String, Object>> expertise = new ArrayList<>();
		List<Map<String, Object>> elements = new ArrayList<>();
		List<Map<String, Object>> languages = new ArrayList<>();
		List<Map<String, Object>> nationalities = new ArrayList<>();
		for (Loaded loaded : batch) {
			ExpertContent content = loaded.content();
			Country country = countries.get(loaded.country());
			UUID id = UUID.randomUUID();
			ids.add(new ExpertId(id));
			String text = json.writeValueAsString(content);
			Map<String, @Nullable Object> row = new HashMap<>();
			row.put("id", id);
			row.put("person", UUID.randomUUID());
			row.put("country", loaded.country().value());
			row.put("status", RecordStatus.PUBLISHED.name());
			row.put("content", text);
			row.put("now", now);
			row.put("by", loadedBy);
			row.put("name", cut(content.name(), 250));
			row.put("on", today);
			row.put("until", until);
			row.put("stamp", RosterIndex.newStamp());
			row.put("region", (country.region() != null) ? country.region().value() : null);
			row.put("gender",
					content.shows(PublicPart.GENDER) && content.gender() != null ? content.gender().name() : null);
			row.put("availability", (content.availability() != null) ? content.availability().name() : null);
			row.put("remote", content.remote());
			row.put("onSite", content.onSite());
			row.put("publicName", content.shows(PublicPart.NAME) ? cut(content.name(), 250) : null);
			row.put("text", cut(ExpertStore.searchText(content), 8000));
			experts.add(row);
			for (Expertise item : content.expertise()) {
				expertise.add(Map.of("id", id, "expertise", item.name(), "area", item.area().name()));
			}
			content.expertise()
				.stream()
				.flatMap(item -> item.keyElements().stream())
				.distinct()
				.forEach(element -> elements.add(Map.of("id", id, "element", element.value())));
			content.spoken()
				.forEach((language, level) -> languages
					.add(Map.of("id", id, "language", language, "level", 3 - level.ordinal())));
			if (content.shows(PublicPart.NATIONALITY)) {
				content.nationalities()
					.forEach(nationality -> nationalities.add(Map.of("id", id, "country", nationality.value())));
			}
		}
		batch("""
				INSERT INTO roster_expert (id, person_id, country_code, status, version, content, published_content,
				  published_at, created_at, created_by_name, updated_at, updated_by_name, name, listed, listed_on,
				  expires_on, listing_stamp, region_code, gender, availability, remote, on_site, public_name, search_text)
				VALUES (:id, :person, :country, :status, 1, :content, :content, :now, :now, :by, :now, :by, :name, TRUE,
				  :on, :until, :stamp, :region, :gender, :availability, :remote, :onSite, :publicName, :text)""",
				experts);
		batch("INSERT INTO roster_expert_expertise (expert_id, expertise, area) VALUES (:id, :expertise, :area)",
				expertise);
		batch("INSERT INTO roster_expert_element (expert_id, element) VALUES (:id, :element)", elements);
		batch("INSERT INTO roster_expert_language (expert_id, language, level) VALUES (:id, :language, :level)",
				languages);
		batch("INSERT INTO roster_expert_nationality (expert_id, country_code) VALUES (:id, :country)", nationalities);
		for (int index = 0; index < batch.size(); index++) {
			Loaded loaded = batch.get(index);
			events.publishEvent(new ExpertListed(ids.get(index), loaded.country(),
					java.util.Set.copyOf(loaded.content().expertise()), until));
		}
		return ids;
	}

	private void batch(String sql, List<? extends Map<String, ?>> rows) {
		if (!rows.isEmpty()) {
			@SuppressWarnings("unchecked")
			Map<String, ?>[] batch = rows.toArray(new Map[0]);
			jdbc.batchUpdate(sql, batch);
		}
	}

	@Override
	@Transactional(readOnly = true)
	public long count(String loadedBy) {
		return Objects.requireNonNull(jdbc.queryForObject(
				"SELECT COUNT(*) FROM roster_expert WHERE created_by IS NULL AND created_by_name = :name",
				Map.of("name", loadedBy), Long.class));
	}

	@Override
	public int removeAll(String loadedBy, Viewer by) {
		secretariat(by);
		return jdbc.update("DELETE FROM roster_expert WHERE created_by IS NULL AND created_by_name = :name",
				Map.of("name", loadedBy));
	}

	private static void secretariat(Viewer by) {
		if (!by.isSecretariat()) {
			throw new ForbiddenException(Refusal.NOT_YOURS.messageKey(), "SECRETARIAT");
		}
	}

	private static String cut(String text, int most) {
		return (text.length() > most) ? text.substring(0, most) : text;
	}

}
