package org.cbcm.initiatives.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.cbcm.directory.RegionCode;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Migration 19 of the one stream: gives the searchable text of the initiatives published
 * before it the names of their countries and regions ({@link SearchNames}), as the index
 * now writes them. Java, since the names come from the Java runtime's locale data and the
 * message bundles; it reads the tables directly (the migration's own connection, as the
 * schema stood), entry by entry in chunks, and appends the names the tags call for.
 */
@Component
class SearchNamesMigration implements JavaMigration {

	static final MigrationVersion VERSION = MigrationVersion.fromVersion("19");

	private static final int CHUNK = 500;

	private final MessageSource messages;

	SearchNamesMigration(MessageSource messages) {
		this.messages = messages;
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
			Map<UUID, String> texts = chunk(connection, after);
			if (texts.isEmpty()) {
				return rewritten;
			}
			List<UUID> ids = new ArrayList<>(texts.keySet());
			Map<UUID, Set<String>> countries = new HashMap<>();
			Map<UUID, Set<String>> regions = new HashMap<>();
			try (PreparedStatement tags = connection.prepareStatement("""
					SELECT initiative_id, facet, tag_value FROM initiative_tag
					WHERE initiative_id >= ? AND initiative_id <= ? AND facet IN ('COUNTRY', 'REGION')""")) {
				tags.setObject(1, ids.get(0));
				tags.setObject(2, ids.get(ids.size() - 1));
				try (ResultSet rs = tags.executeQuery()) {
					while (rs.next()) {
						UUID id = rs.getObject(1, UUID.class);
						(rs.getString(2).equals("COUNTRY") ? countries : regions)
							.computeIfAbsent(id, key -> new LinkedHashSet<>())
							.add(rs.getString(3));
					}
				}
			}
			try (PreparedStatement update = connection
				.prepareStatement("UPDATE initiative_entry SET search_text = ? WHERE initiative_id = ?")) {
				for (UUID id : ids) {
					update.setString(1, texts.get(id)
							+ names.text(countries.getOrDefault(id, Set.of()), regions.getOrDefault(id, Set.of())));
					update.setObject(2, id);
					update.addBatch();
				}
				update.executeBatch();
			}
			rewritten += ids.size();
			after = ids.get(ids.size() - 1);
		}
	}

	/** The next entries after the given one, in the order of their identifiers. */
	private static Map<UUID, String> chunk(Connection connection, @Nullable UUID after) throws SQLException {
		Map<UUID, String> texts = new LinkedHashMap<>();
		try (PreparedStatement select = connection
			.prepareStatement("SELECT initiative_id, search_text FROM initiative_entry"
					+ ((after != null) ? " WHERE initiative_id > ?" : "") + " ORDER BY initiative_id LIMIT " + CHUNK)) {
			if (after != null) {
				select.setObject(1, after);
			}
			try (ResultSet rs = select.executeQuery()) {
				while (rs.next()) {
					texts.put(rs.getObject(1, UUID.class), rs.getString(2));
				}
			}
		}
		return texts;
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
