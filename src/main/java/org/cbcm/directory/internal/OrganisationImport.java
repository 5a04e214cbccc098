package org.cbcm.directory.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.cbcm.directory.OrganisationType;
import org.cbcm.shared.ReferenceData;
import org.cbcm.shared.ReferenceDataImports;
import org.cbcm.shared.ReferenceDataImports.DataFile;
import org.jspecify.annotations.Nullable;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * At start-up, imports {@code reference/organisations.yaml} when it changed. An
 * organisation keeps the same identifier on every installation (derived from its key).
 * The file's organisations are published records of the Secretariat from the start
 * (version 1, see {@link OrganisationRecords}). One nobody has saved in cbcm follows the
 * file; one the Secretariat saved (edited, returned, archived) keeps what it did.
 */
@Component
class OrganisationImport implements ReferenceData {

	@Override
	public int order() {
		return 20;
	}

	static final String FILE = "reference/organisations.yaml";

	private static final YAMLMapper YAML = YAMLMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private final ReferenceDataImports imports;

	private final JdbcClient jdbc;

	private final Clock clock;

	OrganisationImport(ReferenceDataImports imports, JdbcClient jdbc, Clock clock) {
		this.imports = imports;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** An organisation as the data file writes it. */
	record Entry(String key, String name, @Nullable String acronym, OrganisationType type, @Nullable String country,
			@Nullable String website, @Nullable String description) {
	}

	@Override
	public void importIfChanged() {
		DataFile file;
		try {
			file = new DataFile(FILE, new ClassPathResource(FILE).getContentAsByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The reference file " + FILE + " cannot be read", ex);
		}
		imports.importIfChanged("organisations", List.of(file), () -> importEntries(parse(file)));
	}

	static List<Entry> parse(DataFile file) {
		try {
			return YAML.readValue(file.content(), new TypeReference<List<Entry>>() {
			});
		}
		catch (JacksonException ex) {
			throw new IllegalStateException(file.name() + ": " + ex.getOriginalMessage(), ex);
		}
	}

	/** The identifier an organisation of the data file has on every installation. */
	static UUID idOf(String key) {
		return UUID.nameUUIDFromBytes(("cbcm:organisation:" + key).getBytes(StandardCharsets.UTF_8));
	}

	void importEntries(List<Entry> entries) {
		Set<String> countries = new HashSet<>(jdbc.sql("SELECT code FROM country").query(String.class).list());
		List<String> problems = new ArrayList<>();
		Set<String> keys = new HashSet<>();
		for (Entry entry : entries) {
			if (entry.key() == null || entry.name() == null || entry.type() == null || !keys.add(entry.key())) {
				problems.add("an entry needs a unique key, a name and a type: " + entry);
			}
			if (entry.country() != null && !countries.contains(entry.country())) {
				problems.add("%s: no country %s in the directory".formatted(entry.key(), entry.country()));
			}
		}
		if (!problems.isEmpty()) {
			throw new IllegalStateException(FILE + " cannot be imported: " + problems);
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		for (Entry entry : entries) {
			int updated = jdbc.sql("""
					UPDATE organisation SET name = :name, acronym = :acronym, organisation_type = :type,
					  country_code = :country, website = :website, description = :description, updated_at = :now
					WHERE reference_key = :key AND version = 1 AND updated_by IS NULL""")
				.params(params(entry, now))
				.update();
			boolean exists = updated > 0 || jdbc.sql("SELECT COUNT(*) FROM organisation WHERE reference_key = :key")
				.param("key", entry.key())
				.query(Long.class)
				.single() > 0;
			if (!exists) {
				jdbc.sql(
						"""
								INSERT INTO organisation (id, reference_key, name, acronym, organisation_type, country_code, website,
								  description, status, version, published_at, created_at, updated_at)
								VALUES (:id, :key, :name, :acronym, :type, :country, :website, :description, 'PUBLISHED', 1,
								  :now, :now, :now)""")
					.params(params(entry, now))
					.param("id", idOf(entry.key()))
					.update();
			}
		}
	}

	private static java.util.Map<String, @Nullable Object> params(Entry entry, OffsetDateTime now) {
		java.util.Map<String, @Nullable Object> params = new java.util.HashMap<>();
		params.put("key", entry.key());
		params.put("name", entry.name());
		params.put("acronym", entry.acronym());
		params.put("type", entry.type().name());
		params.put("country", entry.country());
		params.put("website", entry.website());
		params.put("description", entry.description());
		params.put("now", now);
		return params;
	}

}
