package org.cbcm.framework.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.cbcm.framework.ActivityLevel;
import org.cbcm.framework.ItemType;
import org.cbcm.framework.MappingRelation;
import org.jspecify.annotations.Nullable;

/**
 * A version of the Action Plan as its data file ({@code action-plan/*.yaml}) writes it.
 * See the head of {@code lg-cb-3-2006.yaml} for what each field means.
 */
record PlanFile(String code, String title, String document, String source, LocalDate issued, boolean current,
		@Nullable String editorialNote, @Nullable Map<String, VersionTranslation> translations,
		List<SectionData> sections, @Nullable MappingsData mappings) {

	PlanFile {
		sections = (sections != null) ? List.copyOf(sections) : List.of();
		translations = (translations != null) ? Map.copyOf(translations) : Map.of();
	}

	/**
	 * The version's texts in another language, and whether they are cbcm's working
	 * translation or an official text.
	 */
	record VersionTranslation(String status, String title, String document, String source) {

		static final List<String> STATUSES = List.of("working", "official");

	}

	/** An item's title (where it has one) and text in another language. */
	record ItemTranslation(@Nullable String title, String text) {
	}

	record SectionData(String number, String title, @Nullable Map<String, String> translations,
			@Nullable ActivityLevel level, List<ItemData> items) {

		SectionData {
			items = (items != null) ? List.copyOf(items) : List.of();
			translations = (translations != null) ? Map.copyOf(translations) : Map.of();
		}

	}

	record ItemData(String code, ItemType type, @Nullable String title, String text,
			@Nullable Map<String, ItemTranslation> translations, String seed,
			@Nullable List<ResolutionData> resolutions) {

		ItemData {
			translations = (translations != null) ? Map.copyOf(translations) : Map.of();
		}

		List<ResolutionData> resolutionsOrNone() {
			return (resolutions != null) ? resolutions : List.of();
		}

	}

	record ResolutionData(String seed, String reading, String note) {
	}

	/** Mappings from the items of this version to those of an earlier one. */
	record MappingsData(String to, List<MappingData> items) {

		MappingsData {
			items = (items != null) ? List.copyOf(items) : List.of();
		}

	}

	record MappingData(String from, String to, MappingRelation relation, @Nullable String note) {
	}

	List<ItemData> items() {
		return sections.stream().flatMap(section -> section.items().stream()).toList();
	}

}
