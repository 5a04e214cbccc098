package org.cbcm.records;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.cbcm.shared.Grant;
import org.cbcm.shared.Paging;
import org.cbcm.shared.ResultPage;
import org.cbcm.shared.Role;
import org.cbcm.shared.Viewer;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What waits for a person, across every kind of record: the submitted records they may
 * publish, and the records returned to them (drafts with a return reason, of a scope they
 * write for). Kept from where every record stands now ({@code record_head}), which
 * {@link RecordLifecycle} writes with each stored change. Roles count within their scope:
 * the Secretariat's pending work is what only the Secretariat publishes and its own
 * returned records, not every country's.
 */
@Service
@Transactional
public class PendingWork {

	private final JdbcClient jdbc;

	private final RecordTitles titles;

	PendingWork(JdbcClient jdbc, RecordTitles titles) {
		this.jdbc = jdbc;
		this.titles = titles;
	}

	/**
	 * A record waiting for someone.
	 *
	 * @param ref the record
	 * @param title its title
	 * @param path its page
	 * @param status SUBMITTED (to publish) or DRAFT (returned, to change)
	 * @param reason why it was returned
	 * @param updatedAt when it last moved
	 * @param updatedByName who moved it
	 */
	public record Item(RecordRef ref, String title, String path, RecordStatus status, @Nullable String reason,
			Instant updatedAt, String updatedByName) {

		/**
		 * Whether the record was returned to the person, rather than waiting to be
		 * published.
		 */
		public boolean returned() {
			return status == RecordStatus.DRAFT;
		}

	}

	/** What waits for the viewer, most recently moved first, a page at a time. */
	@Transactional(readOnly = true)
	public ResultPage<Item> of(Viewer viewer, Paging paging) {
		Map<String, Object> params = new HashMap<>();
		String where = condition(viewer, params);
		params.put("me", (viewer.user() != null) ? viewer.user().value() : new java.util.UUID(0, 0));
		if (where.isEmpty()) {
			return ResultPage.of(List.of(), paging, 0);
		}
		long total = jdbc.sql("SELECT COUNT(*) FROM record_head WHERE " + where)
			.params(params)
			.query(Long.class)
			.single();
		List<Item> items = jdbc.sql("""
				SELECT record_kind, record_id, title, path, status, return_reason, updated_at, updated_by_name
				FROM record_head WHERE %s
				ORDER BY updated_at DESC, record_kind, record_id LIMIT :limit OFFSET :offset""".formatted(where))
			.params(params)
			.param("limit", paging.size())
			.param("offset", paging.offset())
			.query((rs, row) -> new Item(new RecordRef(rs.getString(1), rs.getString(2)),
					titles.title(rs.getString(1), rs.getString(2), rs.getString(3),
							org.springframework.context.i18n.LocaleContextHolder.getLocale()),
					rs.getString(4), RecordStatus.valueOf(rs.getString(5)), rs.getString(6),
					rs.getObject(7, OffsetDateTime.class).toInstant(), rs.getString(8)))
			.list();
		return ResultPage.of(items, paging, total);
	}

	/**
	 * The SQL condition (OR of one term per grant) that picks the viewer's pending
	 * records; empty when the viewer holds no role.
	 */
	private static String condition(Viewer viewer, Map<String, Object> params) {
		List<String> terms = new ArrayList<>();
		int n = 0;
		for (Grant grant : viewer.grants()) {
			n++;
			String publishable = "publisher_roles LIKE :role" + n;
			params.put("role" + n, "%," + grant.role().name() + ",%");
			if (grant.country() != null) {
				params.put("country" + n, grant.country().value());
				terms.add("(country_code = :country%d AND (status = 'SUBMITTED' AND %s OR %s))".formatted(n,
						publishable, returned()));
			}
			else if (grant.organisation() != null) {
				params.put("organisation" + n, grant.organisation().value());
				terms.add("(organisation_id = :organisation%d AND (status = 'SUBMITTED' AND %s OR %s))".formatted(n,
						publishable, returned()));
			}
			else if (grant.role() == Role.EXPERT && viewer.user() != null) {
				params.put("person" + n, viewer.user().value());
				terms.add("(person_id = :person%d AND (status = 'SUBMITTED' AND %s OR %s))".formatted(n, publishable,
						returned()));
			}
			else if (grant.role() == Role.SECRETARIAT) {
				terms.add("(status = 'SUBMITTED' AND publisher_roles = ',')");
				terms.add("(country_code IS NULL AND organisation_id IS NULL AND person_id IS NULL AND " + returned()
						+ ")");
			}
		}
		return terms.isEmpty() ? "" : "(" + String.join(" OR ", terms) + ")";
	}

	/**
	 * A record returned to its owners, other than to the person who returned it (who
	 * waits for the change).
	 */
	private static String returned() {
		return "(status = 'DRAFT' AND return_reason IS NOT NULL AND (updated_by IS NULL OR updated_by <> :me))";
	}

	/** Where the record stands now, written with each stored change. */
	void stored(Record<?> record) {
		RecordScope scope = record.owner();
		Map<String, @Nullable Object> params = new HashMap<>();
		params.put("kind", record.ref().kind());
		params.put("id", record.ref().id());
		params.put("country", (scope.country() != null) ? scope.country().value() : null);
		params.put("organisation", (scope.organisation() != null) ? scope.organisation().value() : null);
		params.put("person", (scope.person() != null) ? scope.person().value() : null);
		params.put("status", record.status().name());
		params.put("title", record.title());
		params.put("path", record.path());
		params.put("reason", (record.status() == RecordStatus.DRAFT) ? record.statusNote() : null);
		params.put("roles", publisherRoles(record.kind().allowedFor(Transition.PUBLISH)));
		params.put("at", record.updatedAt().atOffset(java.time.ZoneOffset.UTC));
		params.put("by", record.updatedByName());
		params.put("byId", (record.updatedBy() != null) ? record.updatedBy().value() : null);
		int updated = jdbc.sql("""
				UPDATE record_head SET country_code = :country, organisation_id = :organisation, person_id = :person,
				  status = :status, title = :title, path = :path, return_reason = :reason, publisher_roles = :roles,
				  updated_at = :at, updated_by = :byId, updated_by_name = :by
				WHERE record_kind = :kind AND record_id = :id""").params(params).update();
		if (updated == 0) {
			jdbc.sql(
					"""
							INSERT INTO record_head (record_kind, record_id, country_code, organisation_id, person_id, status, title,
							  path, return_reason, publisher_roles, updated_at, updated_by, updated_by_name)
							VALUES (:kind, :id, :country, :organisation, :person, :status, :title, :path, :reason, :roles, :at, :byId, :by)""")
				.params(params)
				.update();
		}
	}

	static String publisherRoles(Set<Role> roles) {
		Set<String> names = new TreeSet<>();
		roles.forEach(role -> names.add(role.name()));
		return "," + String.join(",", names) + (names.isEmpty() ? "" : ",");
	}

}
