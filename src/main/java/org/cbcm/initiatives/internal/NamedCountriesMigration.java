package org.cbcm.initiatives.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.cbcm.initiatives.InitiativeContent;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Migration 66: fills {@code initiative_country} (migration 65) with the countries the
 * initiatives saved before it name in their working or published copy, as
 * {@link Initiatives} now writes them on every save. Java, since the countries lie in the
 * records' JSON; it reads the records in chunks on the migration's own connection.
 */
@Component
class NamedCountriesMigration implements JavaMigration {

	static final MigrationVersion VERSION = MigrationVersion.fromVersion("66");

	private static final int CHUNK = 500;

	private final JsonMapper json;

	NamedCountriesMigration(JsonMapper json) {
		this.json = json;
	}

	@Override
	public MigrationVersion getVersion() {
		return VERSION;
	}

	@Override
	public String getDescription() {
		return "initiatives named countries";
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
		Connection connection = context.getConnection();
		UUID after = null;
		while (true) {
			List<Row> rows = chunk(connection, after);
			if (rows.isEmpty()) {
				return;
			}
			try (PreparedStatement insert = connection
				.prepareStatement("INSERT INTO initiative_country (initiative_id, country_code) VALUES (?, ?)")) {
				for (Row row : rows) {
					Set<String> countries = new LinkedHashSet<>();
					countries(row.content(), countries);
					countries(row.published(), countries);
					for (String country : countries) {
						insert.setObject(1, row.id());
						insert.setString(2, country);
						insert.addBatch();
					}
				}
				insert.executeBatch();
			}
			after = rows.get(rows.size() - 1).id();
		}
	}

	private void countries(@Nullable String content, Set<String> into) {
		if (content != null) {
			json.readValue(content, InitiativeContent.class)
				.geography()
				.countries()
				.forEach(share -> into.add(share.country().value()));
		}
	}

	private record Row(UUID id, String content, @Nullable String published) {
	}

	private static List<Row> chunk(Connection connection, @Nullable UUID after) throws SQLException {
		List<Row> rows = new ArrayList<>();
		try (PreparedStatement select = connection.prepareStatement("SELECT id, content, published_content "
				+ "FROM initiative" + ((after != null) ? " WHERE id > ?" : "") + " ORDER BY id LIMIT " + CHUNK)) {
			if (after != null) {
				select.setObject(1, after);
			}
			try (ResultSet rs = select.executeQuery()) {
				while (rs.next()) {
					rows.add(new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)));
				}
			}
		}
		return rows;
	}

}
