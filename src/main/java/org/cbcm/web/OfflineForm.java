package org.cbcm.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.BeanWrapper;
import org.springframework.beans.BeansException;
import org.springframework.beans.MutablePropertyValues;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;

/**
 * The questions of a record's form, once, in the reader's language, as the offline
 * workbook ({@link OfflineWorkbook}) and document ({@link OfflineDocument}) ask them: in
 * sections, each question under the name the page's form object binds it by
 * ({@code focalPoints[0].email}), with its kind (text, a choice among coded answers, a
 * date, a number) and, for a choice, the answers offered. What is filled offline comes
 * back as the parameters the page's form posts, bound to the same form object and checked
 * by the same rules as a save from the page.
 *
 * @param kind the record kind ({@code country-profile}, {@code initiative})
 * @param version the version of this form's questions; a new question raises it
 * @param title the form's title, for the file's first page
 * @param instructions how to fill it in, paragraph by paragraph
 * @param sections the sections in order
 */
public record OfflineForm(String kind, int version, String title, List<String> instructions, List<Section> sections) {

	/**
	 * The version of cbcm's offline file format (the stamp, the sheets' and the
	 * document's layout); a file of a higher one comes from a later cbcm and is refused.
	 */
	public static final int FORMAT = 1;

	public OfflineForm {
		instructions = List.copyOf(instructions);
		sections = List.copyOf(sections);
	}

	/** What a question asks for. */
	public enum Type {

		/** A line of text. */
		TEXT,
		/** Text of several lines. */
		LONG_TEXT,
		/** One of the answers offered, or none. */
		CHOICE,
		/** Any of the answers offered, each ticked or not. */
		CHOICES,
		/** A day, year-month-day. */
		DATE,
		/** A number, with decimals. */
		NUMBER,
		/** A whole number. */
		WHOLE_NUMBER

	}

	/**
	 * An answer offered.
	 *
	 * @param value the code the form posts
	 * @param label what the reader sees
	 */
	public record Choice(String value, String label) {
	}

	/**
	 * A question.
	 *
	 * @param name the name the form binds it by; within a list, the column's name
	 * ({@code email}, {@code ratings[RELEVANCE]})
	 * @param label what it asks
	 * @param type its kind
	 * @param choices the answers offered, for a choice
	 */
	public record Field(String name, String label, Type type, List<Choice> choices) {

		public Field {
			choices = List.copyOf(choices);
		}

		public static Field of(String name, String label, Type type) {
			return new Field(name, label, type, List.of());
		}

		public static Field choice(String name, String label, List<Choice> choices) {
			return new Field(name, label, Type.CHOICE, choices);
		}

		public static Field choices(String name, String label, List<Choice> choices) {
			return new Field(name, label, Type.CHOICES, choices);
		}

		/** The label an answer's code reads as, or the code itself. */
		public String labelOf(String value) {
			return choices.stream().filter(c -> c.value().equals(value)).map(Choice::label).findFirst().orElse(value);
		}

		/**
		 * The code of an answer given as its label (or its code, as a form of another
		 * language gives it); what is neither comes back as given, for the form's rules
		 * to refuse.
		 */
		public String valueOf(String given) {
			String text = given.strip();
			for (Choice choice : choices) {
				if (choice.label().equalsIgnoreCase(text) || choice.value().equalsIgnoreCase(text)) {
					return choice.value();
				}
			}
			return text;
		}

	}

	/**
	 * A section: questions asked once, or a list of rows with the same questions in
	 * columns.
	 *
	 * @param title its heading, and the sheet's name
	 * @param fields its questions
	 * @param list the list's name when the section is a list of rows
	 * ({@code focalPoints}), else null
	 * @param rows how many rows a list offers
	 * @param rowLabel what a row is called by its number from 1 ("National focal point
	 * 2")
	 */
	public record Section(String title, List<Field> fields, @Nullable String list, int rows,
			IntFunction<String> rowLabel) {

		public Section {
			fields = List.copyOf(fields);
		}

		public static Section of(String title, List<Field> fields) {
			return new Section(title, fields, null, 0, String::valueOf);
		}

		public static Section rows(String title, String list, int rows, IntFunction<String> rowLabel,
				List<Field> columns) {
			return new Section(title, columns, list, rows, rowLabel);
		}

		public boolean isList() {
			return list != null;
		}

		/** The name a column of a row binds by: {@code focalPoints[2].email}. */
		public String name(int row, Field column) {
			return list + "[" + row + "]." + column.name();
		}

	}

	/**
	 * Which record a file was made for, written hidden in it and read back first.
	 *
	 * @param kind the record kind
	 * @param record the record's identifier; empty for a blank form
	 * @param version the record's version the file was filled from
	 * @param formVersion the version of the form's questions
	 * @param format the offline format's version
	 */
	public record Stamp(String kind, String record, int version, int formVersion, int format) {
	}

	/** The question a name (as the form binds it) asks, or null. */
	public @Nullable Field field(String name) {
		for (Section section : sections) {
			for (Field field : section.fields()) {
				if (!section.isList() && field.name().equals(name)) {
					return field;
				}
				if (section.isList() && name.startsWith(section.list() + "[") && name.endsWith("]." + field.name())) {
					return field;
				}
			}
		}
		return null;
	}

	/**
	 * The answers a form object holds, by the names the form binds: a choice of several
	 * as its codes, every other as its one text. What the object does not hold is left
	 * out.
	 */
	public Map<String, List<String>> values(Object form) {
		BeanWrapper wrapper = PropertyAccessorFactory.forBeanPropertyAccess(form);
		Map<String, List<String>> values = new LinkedHashMap<>();
		for (Section section : sections) {
			if (section.isList()) {
				for (int row = 0; row < section.rows(); row++) {
					for (Field field : section.fields()) {
						put(values, wrapper, section.name(row, field), field);
					}
				}
			}
			else {
				for (Field field : section.fields()) {
					put(values, wrapper, field.name(), field);
				}
			}
		}
		return values;
	}

	private static void put(Map<String, List<String>> values, BeanWrapper wrapper, String name, Field field) {
		Object value;
		try {
			value = wrapper.getPropertyValue(name);
		}
		catch (BeansException ex) {
			// A row the record does not fill.
			return;
		}
		if (value == null) {
			return;
		}
		if (value instanceof java.util.Collection<?> many) {
			List<String> texts = new ArrayList<>();
			many.forEach(item -> texts.add(String.valueOf(item)));
			values.put(name, texts);
		}
		else if (!value.toString().isEmpty()) {
			values.put(name, List.of(value.toString()));
		}
	}

	/**
	 * Binds answers to a new form object as the page's form is bound: a list never grows
	 * beyond its most rows, and names the form does not know are set aside.
	 * @return what the binder found (a value it could not take), beside the form object
	 */
	public static BindingResult bind(Object form, Map<String, List<String>> values) {
		WebDataBinder binder = new WebDataBinder(form, "form");
		BoundForm.prepare(binder, form.getClass(), values.keySet());
		MutablePropertyValues properties = new MutablePropertyValues();
		values.forEach((name, texts) -> properties.add(name,
				(texts.size() == 1) ? texts.get(0) : texts.toArray(new String[0])));
		binder.bind(properties);
		return binder.getBindingResult();
	}

}
