package org.cbcm.initiatives.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.cbcm.directory.RegionCode;
import org.cbcm.initiatives.InitiativeContent;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Migration 19 of the one stream: gives the searchable text of the initiatives published
 * before it the names of the countries and regions they name ({@link SearchNames}), as
 * the index now writes them. Java, since the names come from the Java runtime's locale
 * data and the message bundles; it reads the tables directly (the migration's own
 * connection, as the schema stood), entries in chunks with their published record, and
 * appends the names.
 */
@Component
class SearchNamesMigration implements JavaMigration {

	static final MigrationVersion VERSION = MigrationVersion.fromVersion("19");

	private static final int CHUNK = 500;

	private final MessageSource messages;

	private final JsonMapper json;

	SearchNamesMigration(MessageSource messages, JsonMapper json) {
		this.messages = messages;
		this.json = json;
	}

	@Override
	public MigrationVersion getVersion() {
		return VERSION;
	}

	@Override
	public String getDescription() {
		return "initiatives search names";
	}

	@Override
	public @Nullable Integer getChecksum() {
		return null;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws SQLException {
		migrate(context.getConnection());
	}

	/** Appends the names to every entry's text; returns how many entries it rewrote. */
	int migrate(Connection connection) throws SQLException {
		SearchNames names = names(connection);
		int rewritten = 0;
		UUID after = null;
		while (true) {
			List<Entry> entries = chunk(connection, after);
			if (entries.isEmpty()) {
				return rewritten;
			}
			try (PreparedStatement update = connection
				.prepareStatement("UPDATE initiative_entry SET search_text = ? WHERE initiative_id = ?")) {
				for (Entry entry : entries) {
					// Read as the registry reads it (Initiatives).
					InitiativeContent.Geography geography = json.readValue(entry.published(), InitiativeContent.class)
						.geography();
					update.setString(1,
							entry.text() + names.text(
									geography.countries().stream().map(share -> share.country().value()).toList(),
									geography.regions().stream().map(RegionCode::value).toList()));
					update.setObject(2, entry.id());
					update.addBatch();
				}
				update.executeBatch();
			}
			rewritten += entries.size();
			after = entries.get(entries.size() - 1).id();
		}
	}

	/** An entry of the read model: its text, and the published record it was made of. */
	private record Entry(UUID id, String text, String published) {
	}

	/** The next entries after the given one, in the order of their identifiers. */
	private static List<Entry> chunk(Connection connection, @Nullable UUID after) throws SQLException {
		List<Entry> entries = new ArrayList<>();
		try (PreparedStatement select = connection.prepareStatement("SELECT e.initiative_id, e.search_text, "
				+ "i.published_content FROM initiative_entry e JOIN initiative i ON i.id = e.initiative_id"
				+ ((after != null) ? " WHERE e.initiative_id > ?" : "") + " ORDER BY e.initiative_id LIMIT " + CHUNK)) {
			if (after != null) {
				select.setObject(1, after);
			}
			try (ResultSet rs = select.executeQuery()) {
				while (rs.next()) {
					entries.add(new Entry(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)));
				}
			}
		}
		return entries;
	}

	/** The names of the directory's countries and of the regions they lie in. */
	private SearchNames names(Connection connection) throws SQLException {
		Map<String, List<String>> countries = new HashMap<>();
		Map<String, String> regions = new HashMap<>();
		try (PreparedStatement select = connection.prepareStatement("""
				SELECT code, iso2, iso3, official_name_en, region_m49, sub_region_m49, intermediate_region_m49
				FROM country"""); ResultSet rs = select.executeQuery()) {
			while (rs.next()) {
				countries.put(rs.getString(1),
						SearchNames.ofCountry(rs.getString(2), rs.getString(3), rs.getString(4)));
				for (int column = 5; column <= 7; column++) {
					String region = rs.getString(column);
					if (region != null && RegionCode.isValid(region)) {
						regions.put(region,
								messages.getMessage(RegionCode.of(region).nameKey(), null, region, Locale.ENGLISH));
					}
				}
			}
		}
		return new SearchNames(countries, regions);
	}

}
