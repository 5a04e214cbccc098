package org.cbcm.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.beans.MutablePropertyValues;
import org.springframework.web.bind.WebDataBinder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The binder of a form object takes its rows and keys, and sets aside at once, at the
 * cost of reading a name, a row beyond its list's limit or a name the form cannot hold.
 */
class BoundFormTests {

	@FormRows(value = { @FormRows.Rows(list = "people", most = 3) }, keyed = "notes", message = "rows.too-many")
	public static class Sample {

		private List<Person> people = new ArrayList<>();

		private Map<String, String> notes = new LinkedHashMap<>();

		private String title = "";

		public List<Person> getPeople() {
			return people;
		}

		public void setPeople(List<Person> people) {
			this.people = people;
		}

		public Map<String, String> getNotes() {
			return notes;
		}

		public void setNotes(Map<String, String> notes) {
			this.notes = notes;
		}

		public String getTitle() {
			return title;
		}

		public void setTitle(String title) {
			this.title = title;
		}

	}

	public static class Person {

		private String name = "";

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

	}

	@Test
	void rows_and_keys_bind() {
		Sample form = bind(Map.of("people[2].name", "Third", "notes[12(c)]", "a note", "title", "Kept"));
		assertThat(form.people).hasSize(3);
		assertThat(form.people.get(2).name).isEqualTo("Third");
		assertThat(form.notes).containsEntry("12(c)", "a note");
		assertThat(form.title).isEqualTo("Kept");
	}

	@Test
	void a_row_beyond_the_limit_is_set_aside_at_once_and_its_list_named() {
		long start = System.nanoTime();
		for (int turn = 0; turn < 1_000; turn++) {
			WebDataBinder binder = binder(Map.of("people[3].name", "Fourth", "people[2147483646].name", "Far",
					"people[" + "9".repeat(5_000) + "].name", "Farther", "title", "Kept"));
			assertThat(((Sample) binder.getTarget()).people).isEmpty();
			assertThat(BoundForm.overfull(binder.getBindingResult())).containsExactly(Map.entry("people", 3));
		}
		long millis = (System.nanoTime() - start) / 1_000_000;
		assertThat(millis).as("milliseconds for a thousand forms").isLessThan(5_000);
	}

	@Test
	void a_name_the_form_cannot_hold_is_set_aside_where_spring_would_fail() {
		for (String name : List.of("title[0]", "people[x].name", "people[-1].name", "people[].name", "notes[a[b]]",
				"people[0", "notes[*]")) {
			WebDataBinder binder = binder(Map.of(name, "x", "title", "Kept"));
			assertThat(((Sample) binder.getTarget()).title).as(name).isEqualTo("Kept");
			assertThat(BoundForm.overfull(binder.getBindingResult())).as(name).isEmpty();
		}
		// Without the form's preparation, Spring's binder fails on such a name.
		WebDataBinder plain = new WebDataBinder(new Sample(), "form");
		assertThatThrownBy(() -> plain.bind(new MutablePropertyValues(Map.of("people[2147483646].name", "Far"))))
			.isInstanceOf(InvalidPropertyException.class);
	}

	private static Sample bind(Map<String, String> parameters) {
		return (Sample) binder(parameters).getTarget();
	}

	private static WebDataBinder binder(Map<String, String> parameters) {
		WebDataBinder binder = new WebDataBinder(new Sample(), "form");
		BoundForm.prepare(binder, Sample.class, parameters.keySet());
		binder.bind(new MutablePropertyValues(parameters));
		return binder;
	}

}
