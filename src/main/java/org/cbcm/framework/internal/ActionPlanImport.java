package org.cbcm.framework.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cbcm.framework.ItemCode;
import org.cbcm.framework.internal.PlanFile.ItemData;
import org.cbcm.framework.internal.PlanFile.MappingData;
import org.cbcm.framework.internal.PlanFile.ResolutionData;
import org.cbcm.framework.internal.PlanFile.SectionData;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes versions of the Action Plan from their data files into the database. An item
 * keeps its identity across imports (matched by version and code), so mappings that other
 * versions hold to it survive a correction of its wording; an item a file no longer has
 * is removed with its mappings. Mappings belong to the version they start from and are
 * replaced with it.
 */
@Component
class ActionPlanImport {

	private final JdbcClient jdbc;

	private final Clock clock;

	ActionPlanImport(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Imports the files, which must together name exactly one current version.
	 * @param files the files by name
	 * @throws InvalidPlanFileException when a file breaks a rule; nothing is imported
	 * then
	 */
	@Transactional
	public void importFiles(Map<String, PlanFile> files) {
		List<String> problems = new ArrayList<>();
		files.forEach((name, file) -> problems.addAll(PlanFileCheck.problems(name, file)));
		long current = files.values().stream().filter(PlanFile::current).count();
		if (current != 1) {
			problems.add("exactly one version must be current, but %d of %s are".formatted(current, files.keySet()));
		}
		if (!problems.isEmpty()) {
			throw new InvalidPlanFileException(problems);
		}
		files.values().forEach(this::importVersion);
		files.forEach(this::importMappings);
		String currentCode = files.values().stream().filter(PlanFile::current).findFirst().orElseThrow().code();
		jdbc.sql("UPDATE framework_version SET is_current = (code = :code)").param("code", currentCode).update();
	}

	private void importVersion(PlanFile file) {
		UUID existingId = jdbc.sql("SELECT id FROM framework_version WHERE code = :code")
			.param("code", file.code())
			.query(UUID.class)
			.optional()
			.orElse(null);
		UUID versionId = (existingId != null) ? existingId : UUID.randomUUID();
		jdbc.sql((existingId != null) ? """
				UPDATE framework_version SET title = :title, document = :document, source = :source,
				  issued_on = :issued, editorial_note = :note, imported_at = :now
				WHERE id = :id"""
				: """
						INSERT INTO framework_version (id, code, title, document, source, issued_on, is_current, editorial_note, imported_at)
						VALUES (:id, :code, :title, :document, :source, :issued, FALSE, :note, :now)""")
			.param("id", versionId)
			.param("code", file.code())
			.param("title", file.title())
			.param("document", file.document())
			.param("source", file.source())
			.param("issued", file.issued())
			.param("note", file.editorialNote())
			.param("now", OffsetDateTime.now(clock))
			.update();

		jdbc.sql("DELETE FROM framework_version_translation WHERE version_id = :id").param("id", versionId).update();
		file.translations()
			.forEach((language, translation) -> jdbc.sql("""
					INSERT INTO framework_version_translation (version_id, language, status, title, document, source)
					VALUES (:id, :language, :status, :title, :document, :source)""")
				.param("id", versionId)
				.param("language", language)
				.param("status", translation.status())
				.param("title", translation.title())
				.param("document", translation.document())
				.param("source", translation.source())
				.update());
		jdbc.sql("DELETE FROM framework_section WHERE version_id = :id").param("id", versionId).update();
		int sectionOrder = 0;
		for (SectionData section : file.sections()) {
			jdbc.sql("""
					INSERT INTO framework_section (version_id, section_number, title, item_level, sort_order)
					VALUES (:id, :number, :title, :level, :order)""")
				.param("id", versionId)
				.param("number", section.number())
				.param("title", section.title())
				.param("level", (section.level() != null) ? section.level().name() : null)
				.param("order", sectionOrder++)
				.update();
			section.translations()
				.forEach((language, title) -> jdbc.sql("""
						INSERT INTO framework_section_translation (version_id, section_number, language, title)
						VALUES (:id, :number, :language, :title)""")
					.param("id", versionId)
					.param("number", section.number())
					.param("language", language)
					.param("title", title)
					.update());
		}

		Map<String, UUID> existing = new HashMap<>();
		jdbc.sql("SELECT code, id FROM framework_item WHERE version_id = :id").param("id", versionId).query(rs -> {
			existing.put(rs.getString(1), rs.getObject(2, UUID.class));
		});
		List<String> kept = file.items().stream().map(ItemData::code).toList();
		existing.keySet()
			.stream()
			.filter(code -> !kept.contains(code))
			.forEach(code -> jdbc.sql("DELETE FROM framework_item WHERE id = :id")
				.param("id", existing.get(code))
				.update());
		for (String table : List.of("framework_item_resolution", "framework_item_translation")) {
			jdbc.sql(
					"DELETE FROM " + table + " WHERE item_id IN (SELECT id FROM framework_item WHERE version_id = :id)")
				.param("id", versionId)
				.update();
		}

		int itemOrder = 0;
		for (SectionData section : file.sections()) {
			for (ItemData item : section.items()) {
				ItemCode code = new ItemCode(item.code());
				UUID itemId = existing.getOrDefault(item.code(), UUID.randomUUID());
				String sql = existing.containsKey(item.code())
						? """
								UPDATE framework_item SET item_type = :type, item_level = :level, parent_code = :parent,
								  section_number = :section, sort_order = :order, title = :title, text = :text, seed_text = :seed
								WHERE id = :id"""
						: """
								INSERT INTO framework_item (id, version_id, code, item_type, item_level, parent_code,
								  section_number, sort_order, title, text, seed_text)
								VALUES (:id, :version, :code, :type, :level, :parent, :section, :order, :title, :text, :seed)""";
				jdbc.sql(sql)
					.param("id", itemId)
					.param("version", versionId)
					.param("code", item.code())
					.param("type", item.type().name())
					.param("level", (section.level() != null) ? section.level().name() : null)
					.param("parent", code.parent().map(ItemCode::value).orElse(null))
					.param("section", section.number())
					.param("order", itemOrder++)
					.param("title", item.title())
					.param("text", item.text())
					.param("seed", item.seed())
					.update();
				item.translations()
					.forEach((language, translation) -> jdbc.sql("""
							INSERT INTO framework_item_translation (item_id, language, title, text)
							VALUES (:item, :language, :title, :text)""")
						.param("item", itemId)
						.param("language", language)
						.param("title", translation.title())
						.param("text", translation.text())
						.update());
				int resolutionOrder = 0;
				for (ResolutionData resolution : item.resolutionsOrNone()) {
					jdbc.sql(
							"""
									INSERT INTO framework_item_resolution (item_id, sort_order, seed_reading, clean_reading, note)
									VALUES (:item, :order, :seed, :reading, :note)""")
						.param("item", itemId)
						.param("order", resolutionOrder++)
						.param("seed", resolution.seed())
						.param("reading", resolution.reading())
						.param("note", resolution.note())
						.update();
				}
			}
		}
	}

	private void importMappings(String name, PlanFile file) {
		jdbc.sql(
				"""
						DELETE FROM framework_item_mapping WHERE from_item_id IN
						  (SELECT i.id FROM framework_item i JOIN framework_version v ON v.id = i.version_id WHERE v.code = :code)""")
			.param("code", file.code())
			.update();
		if (file.mappings() == null) {
			return;
		}
		List<String> problems = new ArrayList<>();
		for (MappingData mapping : file.mappings().items()) {
			UUID from = itemId(file.code(), mapping.from());
			UUID to = itemId(file.mappings().to(), mapping.to());
			if (to == null || from == null) {
				problems.add("%s: mapping %s -> %s: version %s has no item %s".formatted(name, mapping.from(),
						mapping.to(), file.mappings().to(), mapping.to()));
				continue;
			}
			jdbc.sql(
					"INSERT INTO framework_item_mapping (from_item_id, to_item_id, relation, note) VALUES (:from, :to, :relation, :note)")
				.param("from", from)
				.param("to", to)
				.param("relation", mapping.relation().name())
				.param("note", mapping.note())
				.update();
		}
		if (!problems.isEmpty()) {
			throw new InvalidPlanFileException(problems);
		}
	}

	private UUID itemId(String version, String code) {
		return jdbc.sql("""
				SELECT i.id FROM framework_item i JOIN framework_version v ON v.id = i.version_id
				WHERE v.code = :version AND i.code = :code""")
			.param("version", version)
			.param("code", code)
			.query(UUID.class)
			.optional()
			.orElse(null);
	}

}
