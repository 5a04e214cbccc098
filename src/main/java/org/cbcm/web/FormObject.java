package org.cbcm.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.cbcm.shared.Fields;
import org.cbcm.shared.Validation;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.BeanWrapper;
import org.springframework.beans.BeansException;
import org.springframework.beans.PropertyAccessorFactory;

/**
 * A form object Spring binds ({@code @ModelAttribute}), as its template reads it back:
 * the value of a field by the same path the field is posted under
 * ({@code form.v('geography.countries[0].country')}), and that path as an element
 * identifier ({@code form.id(path)}).
 */
public abstract class FormObject {

	private transient @Nullable BeanWrapper wrapper;

	/** The value of a field, empty when it has none (such as a spare row). */
	public String v(String path) {
		if (wrapper == null) {
			wrapper = PropertyAccessorFactory.forBeanPropertyAccess(this);
		}
		try {
			Object value = wrapper.getPropertyValue(path);
			return (value == null) ? "" : value.toString();
		}
		catch (BeansException ex) {
			// A row the form shows but no one filled, or no such field.
			return "";
		}
	}

	/**
	 * The whole number typed in a field, or null when it is blank. Text that is not one
	 * is left out and refused at the field under the message key, the text (cut to the
	 * most characters shown) its argument.
	 */
	protected static @Nullable Integer wholeNumber(Validation validation, String field, @Nullable String typed,
			String invalid, int shown) {
		String text = Fields.blankToNull(typed);
		if (text == null) {
			return null;
		}
		try {
			return Integer.valueOf(text);
		}
		catch (NumberFormatException ex) {
			validation.reject(field, invalid, cut(text, shown));
			return null;
		}
	}

	/**
	 * The date typed in a field (year-month-day), or null when it is blank. Text that is
	 * not one is left out and refused at the field under the message key, the text (cut
	 * to the most characters shown) its argument.
	 */
	protected static @Nullable LocalDate date(Validation validation, String field, @Nullable String typed,
			String invalid, int shown) {
		String text = Fields.blankToNull(typed);
		if (text == null) {
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			validation.reject(field, invalid, cut(text, shown));
			return null;
		}
	}

	private static String cut(String text, int shown) {
		return (text.length() > shown) ? text.substring(0, shown) : text;
	}

	/**
	 * A field's path as an element identifier: {@code geography-countries-0-percentage}.
	 */
	public String id(String path) {
		return path.replaceAll("[\\[\\].()]+", "-").replaceAll("-+$", "");
	}

}
