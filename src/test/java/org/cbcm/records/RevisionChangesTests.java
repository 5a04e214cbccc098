package org.cbcm.records;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a comparison of two revisions lists ({@link Revisions#changes}): every field that
 * differs, once, with its value before and after; nothing for the fields that are the
 * same. Plain: no application, no database.
 */
class RevisionChangesTests {

	@Test
	void the_same_snapshot_has_no_changes() {
		Map<String, String> fields = Map.of("title", "Biosafety training", "type", "PROJECT");
		assertThat(Revisions.changes(fields, Map.copyOf(fields))).isEmpty();
		assertThat(Revisions.changes(Map.of(), Map.of())).isEmpty();
	}

	@Test
	void a_changed_value_is_listed_with_both_values() {
		assertThat(
				Revisions.changes(Map.of("title", "Old", "type", "PROJECT"), Map.of("title", "New", "type", "PROJECT")))
			.containsExactly(new FieldChange("title", "Old", "New"));
	}

	@Test
	void an_added_field_had_no_value_and_a_removed_field_has_none() {
		assertThat(Revisions.changes(Map.of("title", "T"), Map.of("title", "T", "website", "https://bch.example")))
			.containsExactly(new FieldChange("website", null, "https://bch.example"));
		assertThat(Revisions.changes(Map.of("title", "T", "focalPoints[0].name", "Wanjiku"), Map.of("title", "T")))
			.containsExactly(new FieldChange("focalPoints[0].name", "Wanjiku", null));
	}

	@Test
	void changes_come_in_the_order_of_the_earlier_snapshot_then_the_fields_new_in_the_later() {
		Map<String, String> before = new LinkedHashMap<>();
		before.put("b", "1");
		before.put("a", "1");
		before.put("c", "1");
		Map<String, String> after = new LinkedHashMap<>();
		after.put("z", "new");
		after.put("c", "2");
		after.put("a", "2");
		assertThat(Revisions.changes(before, after)).extracting(FieldChange::field).containsExactly("b", "a", "c", "z");
	}

	@Test
	void each_field_is_listed_once_whichever_side_holds_it() {
		assertThat(Revisions.changes(Map.of("x", "1", "y", "1"), Map.of("x", "2", "y", "2"))).hasSize(2)
			.extracting(FieldChange::field)
			.doesNotHaveDuplicates();
	}

}
