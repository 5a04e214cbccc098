package org.cbcm.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.cbcm.shared.CountryCode;
import org.cbcm.shared.Grant;
import org.cbcm.shared.OrganisationId;
import org.cbcm.shared.Paging;
import org.cbcm.shared.ResultPage;
import org.cbcm.shared.Role;
import org.cbcm.shared.UserId;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores accounts and their grants, and finds them by email, identifier or filter. */
@Repository
class Accounts {

	private static final String COLUMNS = "id, email, name, language, password_hash, enabled, version, created_at, "
			+ "security_stamp";

	private final JdbcClient jdbc;

	Accounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The key an email is unique by: trimmed, lower case. */
	static String emailKey(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

	Optional<Account> findByEmail(String email) {
		return one("email_key = :key", Map.of("key", emailKey(email)));
	}

	Optional<Account> find(UserId id) {
		return one("id = :id", Map.of("id", id.value()));
	}

	long count() {
		return jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single();
	}

	/** The accounts that match, by name, a page at a time, each with its grants. */
	ResultPage<Account> search(AccountFilter filter, Paging paging) {
		List<String> conditions = new ArrayList<>();
		Map<String, Object> params = new LinkedHashMap<>();
		if (filter.text() != null) {
			conditions.add("(LOWER(u.name) LIKE :text ESCAPE '\\' OR u.email_key LIKE :text ESCAPE '\\')");
			params.put("text", "%" + likeEscaped(filter.text().toLowerCase(Locale.ROOT)) + "%");
		}
		if (filter.invitedOnly()) {
			conditions.add("u.password_hash IS NULL");
		}
		if (filter.role() != null || filter.country() != null || filter.organisation() != null) {
			StringBuilder grant = new StringBuilder("EXISTS (SELECT 1 FROM user_grant g WHERE g.user_id = u.id");
			if (filter.role() != null) {
				grant.append(" AND g.role = :role");
				params.put("role", filter.role().name());
			}
			if (filter.country() != null) {
				grant.append(" AND g.country_code = :country");
				params.put("country", filter.country().value());
			}
			if (filter.organisation() != null) {
				grant.append(" AND g.organisation_id = :organisation");
				params.put("organisation", filter.organisation().value());
			}
			conditions.add(grant.append(')').toString());
		}
		String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
		long total = jdbc.sql("SELECT COUNT(*) FROM app_user u" + where).params(params).query(Long.class).single();
		List<Row> rows = jdbc
			.sql("SELECT " + prefixed() + " FROM app_user u" + where
					+ " ORDER BY LOWER(u.name), u.id LIMIT :limit OFFSET :offset")
			.params(params)
			.param("limit", paging.size())
			.param("offset", paging.offset())
			.query(Accounts::row)
			.list();
		return ResultPage.of(withGrants(rows), paging, total);
	}

	/**
	 * Every account holding one of the roles for the country, such as its focal points.
	 */
	List<Account> holding(CountryCode country, Set<Role> roles) {
		List<Row> rows = jdbc.sql("SELECT " + prefixed() + " FROM app_user u WHERE u.enabled AND EXISTS "
				+ "(SELECT 1 FROM user_grant g WHERE g.user_id = u.id AND g.country_code = :country AND g.role IN (:roles))"
				+ " ORDER BY LOWER(u.name)")
			.param("country", country.value())
			.param("roles", roles.stream().map(Role::name).toList())
			.query(Accounts::row)
			.list();
		return withGrants(rows);
	}

	/** Every account holding one of the roles for the organisation. */
	List<Account> holding(OrganisationId organisation, Set<Role> roles) {
		List<Row> rows = jdbc.sql("SELECT " + prefixed() + " FROM app_user u WHERE u.enabled AND EXISTS "
				+ "(SELECT 1 FROM user_grant g WHERE g.user_id = u.id AND g.organisation_id = :organisation AND g.role IN (:roles))"
				+ " ORDER BY LOWER(u.name)")
			.param("organisation", organisation.value())
			.param("roles", roles.stream().map(Role::name).toList())
			.query(Accounts::row)
			.list();
		return withGrants(rows);
	}

	/** Every enabled account holding the role in any scope, such as the Secretariat's. */
	List<Account> holding(Role role) {
		List<Row> rows = jdbc
			.sql("SELECT " + prefixed() + " FROM app_user u WHERE u.enabled AND EXISTS "
					+ "(SELECT 1 FROM user_grant g WHERE g.user_id = u.id AND g.role = :role) ORDER BY LOWER(u.name)")
			.param("role", role.name())
			.query(Accounts::row)
			.list();
		return withGrants(rows);
	}

	/** How the person is told of workflow steps. */
	Notices notices(UserId id) {
		return jdbc.sql("SELECT notices FROM app_user WHERE id = :id")
			.param("id", id.value())
			.query(String.class)
			.optional()
			.map(Notices::valueOf)
			.orElse(Notices.EACH);
	}

	/** Those of the people who chose one mail a day. */
	Set<UserId> daily(java.util.Collection<UserId> ids) {
		if (ids.isEmpty()) {
			return Set.of();
		}
		return Set.copyOf(jdbc.sql("SELECT id FROM app_user WHERE notices = 'DAILY' AND id IN (:ids)")
			.param("ids", ids.stream().map(UserId::value).toList())
			.query((rs, row) -> new UserId(rs.getObject(1, UUID.class)))
			.list());
	}

	/** The person's language, chosen with the language switch; the version stays. */
	void setLanguage(UserId id, Locale language, Instant now) {
		jdbc.sql("UPDATE app_user SET language = :language, updated_at = :now WHERE id = :id AND language <> :language")
			.param("language", language.toLanguageTag())
			.param("now", at(now))
			.param("id", id.value())
			.update();
	}

	void setNotices(UserId id, Notices notices, Instant now) {
		jdbc.sql("UPDATE app_user SET notices = :notices, updated_at = :now WHERE id = :id")
			.param("notices", notices.name())
			.param("now", at(now))
			.param("id", id.value())
			.update();
	}

	void insert(UserId id, String email, String name, Locale language, @Nullable String passwordHash, Instant now,
			@Nullable UserId createdBy) {
		jdbc.sql("""
				INSERT INTO app_user (id, email, email_key, name, language, password_hash, enabled, version, created_at,
				  created_by, updated_at)
				VALUES (:id, :email, :key, :name, :language, :hash, TRUE, 0, :now, :by, :now)""")
			.param("id", id.value())
			.param("email", email.strip())
			.param("key", emailKey(email))
			.param("name", name.strip())
			.param("language", language.toLanguageTag())
			.param("hash", passwordHash)
			.param("now", at(now))
			.param("by", (createdBy != null) ? createdBy.value() : null)
			.update();
	}

	boolean addGrant(UserId id, Grant grant, Instant now, @Nullable UserId by) {
		boolean held = jdbc
			.sql("SELECT COUNT(*) FROM user_grant WHERE user_id = :id AND role = :role AND scope_key = :scope")
			.param("id", id.value())
			.param("role", grant.role().name())
			.param("scope", scopeKey(grant))
			.query(Long.class)
			.single() > 0;
		if (held) {
			return false;
		}
		jdbc.sql("""
				INSERT INTO user_grant (user_id, role, country_code, organisation_id, scope_key, granted_at, granted_by)
				VALUES (:id, :role, :country, :organisation, :scope, :now, :by)""")
			.param("id", id.value())
			.param("role", grant.role().name())
			.param("country", (grant.country() != null) ? grant.country().value() : null)
			.param("organisation", (grant.organisation() != null) ? grant.organisation().value() : null)
			.param("scope", scopeKey(grant))
			.param("now", at(now))
			.param("by", (by != null) ? by.value() : null)
			.update();
		return true;
	}

	boolean removeGrant(UserId id, Grant grant) {
		return jdbc.sql("DELETE FROM user_grant WHERE user_id = :id AND role = :role AND scope_key = :scope")
			.param("id", id.value())
			.param("role", grant.role().name())
			.param("scope", scopeKey(grant))
			.update() > 0;
	}

	/**
	 * Changes what the person says about themselves, if nobody changed the account since
	 * it was read.
	 */
	boolean updateProfile(UserId id, int version, String name, Locale language, Instant now) {
		return jdbc.sql("""
				UPDATE app_user SET name = :name, language = :language, version = version + 1, updated_at = :now
				WHERE id = :id AND version = :version""")
			.param("name", name.strip())
			.param("language", language.toLanguageTag())
			.param("now", at(now))
			.param("id", id.value())
			.param("version", version)
			.update() == 1;
	}

	void setPassword(UserId id, String passwordHash, Instant now) {
		jdbc.sql("""
				UPDATE app_user SET password_hash = :hash, version = version + 1, security_stamp = security_stamp + 1,
				  updated_at = :now WHERE id = :id""")
			.param("hash", passwordHash)
			.param("now", at(now))
			.param("id", id.value())
			.update();
	}

	void setEnabled(UserId id, boolean enabled, Instant now) {
		jdbc.sql("UPDATE app_user SET enabled = :enabled, version = version + 1, security_stamp = security_stamp + 1, "
				+ "updated_at = :now WHERE id = :id")
			.param("enabled", enabled)
			.param("now", at(now))
			.param("id", id.value())
			.update();
	}

	private Optional<Account> one(String condition, Map<String, Object> params) {
		List<Row> rows = jdbc.sql("SELECT " + prefixed() + " FROM app_user u WHERE u." + condition)
			.params(params)
			.query(Accounts::row)
			.list();
		return withGrants(rows).stream().findFirst();
	}

	private List<Account> withGrants(List<Row> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<UUID, Set<Grant>> grants = new HashMap<>();
		jdbc.sql("SELECT user_id, role, country_code, organisation_id FROM user_grant WHERE user_id IN (:ids)")
			.param("ids", rows.stream().map(row -> row.id()).toList())
			.query((ResultSet rs) -> {
				String country = rs.getString("country_code");
				UUID organisation = rs.getObject("organisation_id", UUID.class);
				grants.computeIfAbsent(rs.getObject("user_id", UUID.class), key -> new HashSet<>())
					.add(new Grant(Role.valueOf(rs.getString("role")),
							(country != null) ? new CountryCode(country) : null,
							(organisation != null) ? new OrganisationId(organisation) : null));
			});
		return rows.stream().map(row -> row.account(grants.getOrDefault(row.id(), Set.of()))).toList();
	}

	private static String scopeKey(Grant grant) {
		if (grant.country() != null) {
			return grant.country().value();
		}
		return (grant.organisation() != null) ? grant.organisation().value().toString() : "-";
	}

	private static String prefixed() {
		return "u." + COLUMNS.replace(", ", ", u.");
	}

	private static String likeEscaped(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	/** An account as read, before its grants are added. */
	private record Row(UUID id, String email, String name, String language, @Nullable String passwordHash,
			boolean enabled, int version, Instant createdAt, int securityStamp) {

		Account account(Set<Grant> grants) {
			return new Account(new UserId(id), email, name, Locale.forLanguageTag(language), passwordHash, enabled,
					version, createdAt, grants, securityStamp);
		}

	}

	private static Row row(ResultSet rs, int number) throws SQLException {
		return new Row(rs.getObject("id", UUID.class), rs.getString("email"), rs.getString("name"),
				rs.getString("language"), rs.getString("password_hash"), rs.getBoolean("enabled"), rs.getInt("version"),
				rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getInt("security_stamp"));
	}

}
