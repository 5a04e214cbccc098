package org.cbcm.framework.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.cbcm.framework.ActivityLevel;
import org.cbcm.framework.ItemType;
import org.cbcm.framework.internal.PlanFile.ItemData;
import org.cbcm.framework.internal.PlanFile.SectionData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The data file of the 2006 draft against the seed document it comes from: every item is
 * there, with the counts the plan has, every printed text stands word for word in the
 * seed, and every clean wording follows from the printed one by the listed resolutions.
 */
class ActionPlanDataTests {

	private static PlanFile plan;

	private static String seed;

	@BeforeAll
	static void readTheFiles() throws IOException {
		Map<String, PlanFile> files = ActionPlanFiles.parse(ActionPlanFiles.read(ActionPlanFiles.LOCATION));
		assertThat(files).containsOnlyKeys("lg-cb-3-2006.yaml");
		plan = files.get("lg-cb-3-2006.yaml");
		seed = Files.readString(Path.of("docs/seed/liaison-group-cb-3-report.txt"), StandardCharsets.UTF_8);
	}

	@Test
	void has_every_item_of_the_plan_in_the_seeds_counts() {
		assertThat(count(item -> item.type() == ItemType.PRINCIPLE)).isEqualTo(9);
		assertThat(count(item -> item.type() == ItemType.KEY_ELEMENT)).isEqualTo(15);
		assertThat(count(item -> item.type() == ItemType.SUB_ELEMENT)).isEqualTo(5);
		assertThat(count(item -> item.type() == ItemType.PROCESS)).isEqualTo(8);
		assertThat(count(item -> item.type() == ItemType.FUNDING_SOURCE)).isEqualTo(6);
		assertThat(count(item -> item.type() == ItemType.ACTIVITY)).isEqualTo(24);
		assertThat(activitiesAt(ActivityLevel.NATIONAL)).isEqualTo(11);
		assertThat(activitiesAt(ActivityLevel.REGIONAL)).isEqualTo(6);
		assertThat(activitiesAt(ActivityLevel.INTERNATIONAL)).isEqualTo(7);
		assertThat(codesOf(ItemType.OBJECTIVE)).containsExactly("9", "10");
		assertThat(codesOf(ItemType.MONITORING)).containsExactly("15", "16");
		assertThat(codesOf(ItemType.REVIEW)).containsExactly("17");
		assertThat(codesOf(ItemType.KEY_ELEMENT)).first().isEqualTo("12(a)");
		assertThat(codesOf(ItemType.KEY_ELEMENT)).last().isEqualTo("12(o)");
		assertThat(codesOf(ItemType.SUB_ELEMENT)).containsExactly("12(a)(i)", "12(a)(ii)", "12(a)(iii)", "12(a)(iv)",
				"12(a)(v)");
		assertThat(codesOf(ItemType.FUNDING_SOURCE)).containsExactly("13(d)(i)", "13(d)(ii)", "13(d)(iii)", "13(d)(iv)",
				"13(d)(v)", "13(d)(vi)");
	}

	@Test
	void keeps_the_rules_of_a_plan_file() {
		assertThat(PlanFileCheck.problems("lg-cb-3-2006.yaml", plan)).isEmpty();
		assertThat(plan.current()).isTrue();
	}

	@Test
	void quotes_the_seed_word_for_word() {
		String document = spaced(seed);
		for (ItemData item : plan.items()) {
			assertThat(document).as("the printed text of %s", item.code()).contains(spaced(item.seed()));
		}
	}

	@Test
	void resolves_each_flattened_tracked_change() {
		assertThat(text("11(d)")).startsWith("Recognizing that capacity-building is a dynamic");
		assertThat(text("11(f)")).startsWith("Apply a results-oriented approach");
		assertThat(text("11(h)"))
			.startsWith("Apply a holistic or integrated approach, including integrating biosafety");
		assertThat(text("13(e)")).startsWith("Enhancement of the effectiveness and adequacy of financial resources");
		assertThat(text("13(e)")).contains("economies in transition, including countries amongst these");
		assertThat(text("17")).startsWith("An independent review").contains("outcomes. The review");
		assertThat(text("11(b)")).endsWith("implementation of the initiatives");
		for (ItemData item : plan.items()) {
			assertThat(item.text()).as(item.code())
				.doesNotContain("Apply Adopt", "Adopt Recognizing", " ing ", "A n ", "  ", "linking integrating",
						"initiatives projects");
		}
		assertThat(plan.items().stream().filter(item -> !item.resolutionsOrNone().isEmpty()).map(ItemData::code))
			.containsExactly("11(b)", "11(d)", "11(e)", "11(f)", "11(h)", "12(o)", "13(e)", "13(f)", "13(g)", "14(e)",
					"17");
	}

	@Test
	void gives_each_list_item_a_short_title() {
		for (ItemData item : plan.items()) {
			if (item.code().contains("(")) {
				assertThat(item.title()).as("title of %s", item.code()).isNotBlank().hasSizeLessThan(70);
			}
		}
	}

	private static String text(String code) {
		return plan.items().stream().filter(item -> item.code().equals(code)).findFirst().orElseThrow().text();
	}

	private static long count(Predicate<ItemData> test) {
		return plan.items().stream().filter(test).count();
	}

	private static List<String> codesOf(ItemType type) {
		return plan.items().stream().filter(item -> item.type() == type).map(ItemData::code).toList();
	}

	private static long activitiesAt(ActivityLevel level) {
		return plan.sections()
			.stream()
			.filter(section -> section.level() == level)
			.map(SectionData::items)
			.flatMap(List::stream)
			.filter(item -> item.type() == ItemType.ACTIVITY)
			.count();
	}

	private static String spaced(String text) {
		return text.replaceAll("\\s+", " ");
	}

}
