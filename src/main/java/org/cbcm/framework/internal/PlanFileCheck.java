package org.cbcm.framework.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.cbcm.framework.ItemCode;
import org.cbcm.framework.ItemType;
import org.cbcm.framework.VersionCode;
import org.cbcm.framework.internal.PlanFile.ItemData;
import org.cbcm.framework.internal.PlanFile.MappingData;
import org.cbcm.framework.internal.PlanFile.ResolutionData;
import org.cbcm.framework.internal.PlanFile.SectionData;

/**
 * The rules a data file of the Action Plan must keep before it is imported. Each broken
 * rule is reported with the file, the item and the values, so that the editor of the file
 * can mend it.
 */
final class PlanFileCheck {

	private PlanFileCheck() {
	}

	static List<String> problems(String fileName, PlanFile file) {
		List<String> problems = new ArrayList<>();
		if (file.code() == null || !VersionCode.isValid(file.code())) {
			problems.add("version code '%s' has characters other than lower-case letters, digits and hyphens"
				.formatted(file.code()));
		}
		requireText(problems, "title", file.title());
		requireText(problems, "document", file.document());
		requireText(problems, "source", file.source());
		Set<String> sectionNumbers = new HashSet<>();
		Set<String> codes = new HashSet<>();
		for (SectionData section : file.sections()) {
			if (section.number() == null || !section.number().matches("\\d+(\\.\\d+)?")
					|| !sectionNumbers.add(section.number())) {
				problems.add("section number '%s' is not of the form 5 or 5.1, or is not unique"
					.formatted(section.number()));
			}
			requireText(problems, "title of section " + section.number(), section.title());
			for (ItemData item : section.items()) {
				checkItem(problems, file, section, item, codes);
			}
		}
		checkTranslations(problems, file);
		if (file.mappings() != null) {
			for (MappingData mapping : file.mappings().items()) {
				if (!codes.contains(mapping.from())) {
					problems.add("mapping from '%s': this version has no such item".formatted(mapping.from()));
				}
				if (!ItemCode.isValid(mapping.to())) {
					problems.add("mapping to '%s': not an item code".formatted(mapping.to()));
				}
			}
		}
		return problems.stream().map(problem -> fileName + ": " + problem).toList();
	}

	private static void checkItem(List<String> problems, PlanFile file, SectionData section, ItemData item,
			Set<String> codes) {
		if (item.code() == null || !ItemCode.isValid(item.code())) {
			problems.add("item '%s' is not an item code such as 12(a)(i)".formatted(item.code()));
			return;
		}
		ItemCode code = new ItemCode(item.code());
		if (!codes.add(item.code())) {
			problems.add("item %s appears twice".formatted(code));
		}
		code.parent().ifPresent(parent -> {
			if (!codes.contains(parent.value())) {
				problems.add("item %s comes before, or without, its parent %s".formatted(code, parent));
			}
		});
		if (item.type() == null) {
			problems.add("item %s has no type".formatted(code));
			return;
		}
		boolean activity = item.type() == ItemType.ACTIVITY;
		if (activity && section.level() == null) {
			problems.add("activity %s stands in section %s, which has no level".formatted(code, section.number()));
		}
		if (!activity && section.level() != null) {
			problems.add("item %s of type %s stands in section %s, which holds only activities".formatted(code,
					item.type(), section.number()));
		}
		if (item.text() == null || item.seed() == null) {
			problems.add("item %s needs both its text and its seed".formatted(code));
			return;
		}
		for (ResolutionData resolution : item.resolutionsOrNone()) {
			int found = CleanWording.occurrences(item.seed(), resolution.seed());
			if (found != 1) {
				problems.add("item %s: the resolution of '%s' must match its seed text once, not %d times"
					.formatted(code, resolution.seed(), found));
			}
			requireText(problems, "note of a resolution of " + code, resolution.note());
		}
		boolean hasSubItems = file.items().stream().anyMatch(other -> other.code().startsWith(item.code() + "("));
		String derived = CleanWording.derive(item.seed(), item.resolutionsOrNone(), code.depth() > 0, hasSubItems);
		if (!derived.equals(item.text())) {
			problems.add(
					"item %s: text is not the seed with its resolutions and the punctuation rules applied; expected \"%s\""
						.formatted(code, derived));
		}
	}

	/**
	 * Each language the version is translated into has every section and item, an item's
	 * title exactly where the English has one, and a status (working or official).
	 */
	private static void checkTranslations(List<String> problems, PlanFile file) {
		Set<String> languages = file.translations().keySet();
		for (String language : languages) {
			if (!language.matches("[a-z]{2,3}")) {
				problems.add("translation '%s' is not named by a language code such as fr".formatted(language));
			}
			PlanFile.VersionTranslation version = file.translations().get(language);
			if (version == null || !PlanFile.VersionTranslation.STATUSES.contains(version.status())) {
				problems.add("translation %s: status must be one of %s".formatted(language,
						PlanFile.VersionTranslation.STATUSES));
				continue;
			}
			requireText(problems, "translation " + language + ": title", version.title());
			requireText(problems, "translation " + language + ": document", version.document());
			requireText(problems, "translation " + language + ": source", version.source());
		}
		for (SectionData section : file.sections()) {
			if (!languages.equals(section.translations().keySet())) {
				problems.add("section %s is translated into %s, the version into %s".formatted(section.number(),
						new java.util.TreeSet<>(section.translations().keySet()), new java.util.TreeSet<>(languages)));
			}
			section.translations()
				.forEach((language, title) -> requireText(problems,
						"translation " + language + ": title of section " + section.number(), title));
			for (ItemData item : section.items()) {
				if (!languages.equals(item.translations().keySet())) {
					problems.add("item %s is translated into %s, the version into %s".formatted(item.code(),
							new java.util.TreeSet<>(item.translations().keySet()), new java.util.TreeSet<>(languages)));
				}
				item.translations().forEach((language, translation) -> {
					requireText(problems, "translation " + language + ": text of item " + item.code(),
							(translation != null) ? translation.text() : null);
					boolean titled = translation != null && translation.title() != null
							&& !translation.title().isBlank();
					if (translation != null && titled != (item.title() != null)) {
						problems.add("translation %s of item %s: a title where the English has %s".formatted(language,
								item.code(), (item.title() != null) ? "one, none" : "none, one"));
					}
				});
			}
		}
	}

	private static void requireText(List<String> problems, String what, String value) {
		if (value == null || value.isBlank()) {
			problems.add(what + " is missing");
		}
	}

}
