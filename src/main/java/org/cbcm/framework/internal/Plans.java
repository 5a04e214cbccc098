package org.cbcm.framework.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cbcm.framework.ActivityLevel;
import org.cbcm.framework.ItemCode;
import org.cbcm.framework.ItemFilter;
import org.cbcm.framework.ItemMapping;
import org.cbcm.framework.ItemType;
import org.cbcm.framework.MappingRelation;
import org.cbcm.framework.PlanItem;
import org.cbcm.framework.PlanSection;
import org.cbcm.framework.PlanVersion;
import org.cbcm.framework.Resolution;
import org.cbcm.framework.VersionCode;
import org.jspecify.annotations.Nullable;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads versions, sections, items and mappings of the Action Plan straight from SQL. */
@Repository
public class Plans {

	/**
	 * A version's columns in the reader's language: its translation's where it has one,
	 * with the translation's status (null in the reference language).
	 */
	private static final String VERSION_COLUMNS = """
			v.code, COALESCE(t.title, v.title) AS title, COALESCE(t.document, v.document) AS document,
			COALESCE(t.source, v.source) AS source, v.issued_on, v.is_current, v.editorial_note,
			t.status AS translation
			FROM framework_version v
			LEFT JOIN framework_version_translation t ON t.version_id = v.id AND t.language = :language""";

	private final JdbcClient jdbc;

	Plans(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<PlanVersion> versions() {
		return jdbc.sql("SELECT " + VERSION_COLUMNS + " ORDER BY v.issued_on DESC, v.code")
			.param("language", language())
			.query(Plans::version)
			.list();
	}

	public Optional<PlanVersion> current() {
		return jdbc.sql("SELECT " + VERSION_COLUMNS + " WHERE v.is_current")
			.param("language", language())
			.query(Plans::version)
			.optional();
	}

	public Optional<PlanVersion> version(VersionCode code) {
		return jdbc.sql("SELECT " + VERSION_COLUMNS + " WHERE v.code = :code")
			.param("code", code.value())
			.param("language", language())
			.query(Plans::version)
			.optional();
	}

	/**
	 * The language the plan is read in: the reader's (the request's locale, or the
	 * mail's), whose translations replace the English texts where the plan has them.
	 */
	private static String language() {
		return LocaleContextHolder.getLocale().getLanguage();
	}

	public List<PlanSection> sections(VersionCode code) {
		return jdbc.sql("""
				SELECT s.section_number, COALESCE(t.title, s.title), s.item_level
				FROM framework_section s JOIN framework_version v ON v.id = s.version_id
				LEFT JOIN framework_section_translation t ON t.version_id = s.version_id
				  AND t.section_number = s.section_number AND t.language = :language
				WHERE v.code = :code ORDER BY s.sort_order""")
			.param("code", code.value())
			.param("language", language())
			.query((rs, row) -> new PlanSection(rs.getString(1), rs.getString(2), level(rs.getString(3))))
			.list();
	}

	public List<PlanItem> items(VersionCode code, ItemFilter filter) {
		StringBuilder where = new StringBuilder("v.code = :code");
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("code", code.value());
		if (filter.type() != null) {
			where.append(" AND i.item_type = :type");
			params.put("type", filter.type().name());
		}
		if (filter.level() != null) {
			where.append(" AND i.item_level = :level");
			params.put("level", filter.level().name());
		}
		return items(where.toString(), params);
	}

	public Optional<PlanItem> item(VersionCode version, ItemCode code) {
		return items("v.code = :version AND i.code = :code", Map.of("version", version.value(), "code", code.value()))
			.stream()
			.findFirst();
	}

	private List<PlanItem> items(String where, Map<String, Object> params) {
		Map<String, List<Resolution>> resolutions = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT i.code, r.seed_reading, r.clean_reading, r.note
				FROM framework_item_resolution r
				JOIN framework_item i ON i.id = r.item_id
				JOIN framework_version v ON v.id = i.version_id
				WHERE %s ORDER BY i.sort_order, r.sort_order""".formatted(where))
			.params(params)
			.query((ResultSet rs) -> {
				resolutions.computeIfAbsent(rs.getString(1), code -> new ArrayList<>())
					.add(new Resolution(rs.getString(2), rs.getString(3), rs.getString(4)));
			});
		return jdbc.sql("""
				SELECT v.code AS version_code, i.code, i.item_type, i.item_level, i.parent_code, i.section_number,
				       COALESCE(t.title, i.title) AS title, COALESCE(t.text, i.text) AS text, i.seed_text,
				       CASE WHEN t.text IS NULL THEN NULL ELSE i.text END AS reference_text
				FROM framework_item i JOIN framework_version v ON v.id = i.version_id
				LEFT JOIN framework_item_translation t ON t.item_id = i.id AND t.language = :language
				WHERE %s ORDER BY i.sort_order""".formatted(where))
			.params(params)
			.param("language", language())
			.query((rs, row) -> new PlanItem(new VersionCode(rs.getString("version_code")),
					new ItemCode(rs.getString("code")), ItemType.valueOf(rs.getString("item_type")),
					level(rs.getString("item_level")), code(rs.getString("parent_code")),
					rs.getString("section_number"), rs.getString("title"), rs.getString("text"),
					rs.getString("seed_text"), resolutions.getOrDefault(rs.getString("code"), List.of()),
					rs.getString("reference_text")))
			.list();
	}

	public List<ItemMapping> mappings(VersionCode from, VersionCode to) {
		return mappings("fv.code = :from AND tv.code = :to", Map.of("from", from.value(), "to", to.value()));
	}

	public List<List<VersionCode>> mappedVersions() {
		return jdbc.sql("""
				SELECT DISTINCT fv.code, tv.code
				FROM framework_item_mapping m
				JOIN framework_item f ON f.id = m.from_item_id JOIN framework_version fv ON fv.id = f.version_id
				JOIN framework_item t ON t.id = m.to_item_id JOIN framework_version tv ON tv.id = t.version_id
				ORDER BY 1, 2""")
			.query((rs, row) -> List.of(new VersionCode(rs.getString(1)), new VersionCode(rs.getString(2))))
			.list();
	}

	public List<ItemMapping> mappingsOf(VersionCode version, ItemCode code) {
		return mappings("(fv.code = :version AND f.code = :code) OR (tv.code = :version AND t.code = :code)",
				Map.of("version", version.value(), "code", code.value()));
	}

	private List<ItemMapping> mappings(String where, Map<String, Object> params) {
		return jdbc.sql("""
				SELECT fv.code, f.code, tv.code, t.code, m.relation, m.note
				FROM framework_item_mapping m
				JOIN framework_item f ON f.id = m.from_item_id JOIN framework_version fv ON fv.id = f.version_id
				JOIN framework_item t ON t.id = m.to_item_id JOIN framework_version tv ON tv.id = t.version_id
				WHERE %s ORDER BY f.sort_order, t.sort_order""".formatted(where))
			.params(params)
			.query((rs, row) -> new ItemMapping(new VersionCode(rs.getString(1)), new ItemCode(rs.getString(2)),
					new VersionCode(rs.getString(3)), new ItemCode(rs.getString(4)),
					MappingRelation.valueOf(rs.getString(5)), rs.getString(6)))
			.list();
	}

	private static PlanVersion version(ResultSet rs, int row) throws SQLException {
		return new PlanVersion(new VersionCode(rs.getString("code")), rs.getString("title"), rs.getString("document"),
				rs.getString("source"), rs.getObject("issued_on", java.time.LocalDate.class),
				rs.getBoolean("is_current"), rs.getString("editorial_note"), rs.getString("translation"));
	}

	private static @Nullable ActivityLevel level(@Nullable String value) {
		return (value == null) ? null : ActivityLevel.valueOf(value);
	}

	private static @Nullable ItemCode code(@Nullable String value) {
		return (value == null) ? null : new ItemCode(value);
	}

}
