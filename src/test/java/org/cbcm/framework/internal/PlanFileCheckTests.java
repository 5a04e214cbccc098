package org.cbcm.framework.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.cbcm.framework.ActivityLevel;
import org.cbcm.framework.ItemType;
import org.cbcm.framework.MappingRelation;
import org.cbcm.framework.internal.PlanFile.ItemData;
import org.cbcm.framework.internal.PlanFile.MappingData;
import org.cbcm.framework.internal.PlanFile.MappingsData;
import org.cbcm.framework.internal.PlanFile.ResolutionData;
import org.cbcm.framework.internal.PlanFile.SectionData;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlanFileCheckTests {

	@Test
	void accepts_a_well_formed_file() {
		assertThat(PlanFileCheck.problems("ok.yaml", file(List.of(section("1", null, paragraph("9"))), null)))
			.isEmpty();
	}

	@Test
	void derives_clean_wording_by_the_stated_rules() {
		List<ResolutionData> resolutions = List.of(new ResolutionData("Apply Adopt a", "Apply a", "why"));
		assertThat(CleanWording.derive("Apply Adopt a  results-oriented approach;", resolutions, true, false))
			.isEqualTo("Apply a results-oriented approach");
		assertThat(CleanWording.derive("the following:", List.of(), true, true)).isEqualTo("the following:");
		assertThat(CleanWording.derive("Handling of confidential information:", List.of(), true, false))
			.isEqualTo("Handling of confidential information");
		assertThat(CleanWording.derive("programmes; and", List.of(), true, false)).isEqualTo("programmes");
		assertThat(CleanWording.derive("A paragraph ends.", List.of(), false, false)).isEqualTo("A paragraph ends.");
	}

	@Test
	void reports_a_text_that_does_not_follow_from_the_seed() {
		ItemData item = new ItemData("9", ItemType.OBJECTIVE, null, "Something else.", null, "The objective.", null);
		assertThat(PlanFileCheck.problems("f.yaml", file(List.of(section("1", null, item)), null)))
			.singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
			.contains("f.yaml", "item 9", "expected \"The objective.\"");
	}

	@Test
	void reports_a_resolution_that_does_not_match_the_seed_once() {
		ItemData item = new ItemData("11(a)", ItemType.PRINCIPLE, "t", "Be it", null, "Be it;",
				List.of(new ResolutionData("Adopt", "Apply", "why")));
		assertThat(PlanFileCheck.problems("f.yaml", file(List.of(section("2", null, paragraph("11"), item)), null)))
			.anySatisfy(problem -> assertThat(problem).contains("11(a)", "'Adopt'", "not 0 times"));
	}

	@Test
	void reports_duplicate_codes_orphans_and_misplaced_activities() {
		ItemData orphan = new ItemData("12(a)(i)", ItemType.SUB_ELEMENT, "t", "Law", null, "Law;", null);
		ItemData activity = new ItemData("14(a)", ItemType.ACTIVITY, "t", "Do", null, "Do;", null);
		ItemData notAnActivity = new ItemData("14(b)", ItemType.PROCESS, "t", "Do", null, "Do;", null);
		List<String> problems = PlanFileCheck.problems("f.yaml",
				file(List.of(section("1", null, paragraph("9"), paragraph("9")), section("3", null, orphan),
						section("5", null, paragraph("14"), activity),
						section("5.1", ActivityLevel.NATIONAL, notAnActivity)), null));
		assertThat(problems).anySatisfy(p -> assertThat(p).contains("item 9 appears twice"))
			.anySatisfy(p -> assertThat(p).contains("12(a)(i) comes before, or without, its parent 12(a)"))
			.anySatisfy(p -> assertThat(p).contains("activity 14(a) stands in section 5, which has no level"))
			.anySatisfy(p -> assertThat(p).contains("14(b) of type PROCESS stands in section 5.1"));
	}

	@Test
	void reports_a_mapping_from_an_item_the_version_lacks() {
		MappingsData mappings = new MappingsData("older",
				List.of(new MappingData("99", "9", MappingRelation.EXACT, null)));
		assertThat(PlanFileCheck.problems("f.yaml", file(List.of(section("1", null, paragraph("9"))), mappings)))
			.anySatisfy(p -> assertThat(p).contains("mapping from '99'"));
	}

	@Test
	void reports_a_bad_version_code_and_missing_fields() {
		PlanFile bad = new PlanFile("Not A Code", "", "d", "s", LocalDate.of(2006, 1, 21), true, null, null,
				List.of(section("1", null, new ItemData("9", null, null, "x", null, "x", null))), null);
		assertThat(PlanFileCheck.problems("f.yaml", bad))
			.anySatisfy(p -> assertThat(p).contains("version code 'Not A Code'"))
			.anySatisfy(p -> assertThat(p).contains("title is missing"))
			.anySatisfy(p -> assertThat(p).contains("item 9 has no type"));
	}

	private static ItemData paragraph(String code) {
		return new ItemData(code, ItemType.OBJECTIVE, null, "Text.", null, "Text.", null);
	}

	private static SectionData section(String number, ActivityLevel level, ItemData... items) {
		return new SectionData(number, "Section " + number, null, level, List.of(items));
	}

	private static PlanFile file(List<SectionData> sections, MappingsData mappings) {
		return new PlanFile("test-version", "Title", "Document", "Source", LocalDate.of(2006, 1, 21), true, null, null,
				sections, mappings);
	}

	/**
	 * A translation covers every section and item, gives an item a title exactly where
	 * the English has one, and says whether it is a working or an official text.
	 */
	@Test
	void reports_an_incomplete_translation() {
		var french = Map.of("fr", new PlanFile.VersionTranslation("draft", "Titre", "Document", "Source"));
		ItemData titled = new ItemData("11(a)", ItemType.PRINCIPLE, "Country-driven", "Be it",
				Map.of("fr", new PlanFile.ItemTranslation(null, "Qu’il soit")), "Be it;", null);
		ItemData untranslated = new ItemData("12", ItemType.CHAPEAU, null, "Text.", null, "Text.", null);
		SectionData section = new SectionData("2", "Section 2", Map.of("fr", "Section 2"), null,
				List.of(paragraph("11"), titled, untranslated));
		PlanFile file = new PlanFile("test-version", "Title", "Document", "Source", LocalDate.of(2006, 1, 21), true,
				null, french, List.of(section), null);
		assertThat(PlanFileCheck.problems("f.yaml", file))
			.anySatisfy(p -> assertThat(p).contains("translation fr: status must be one of [working, official]"))
			.anySatisfy(p -> assertThat(p)
				.contains("translation fr of item 11(a): a title where the English has one, none"))
			.anySatisfy(p -> assertThat(p).contains("item 12 is translated into [], the version into [fr]"));
	}

}
