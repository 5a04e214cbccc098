package org.cbcm.web;

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
	 * A field's path as an element identifier: {@code geography-countries-0-percentage}.
	 */
	public String id(String path) {
		return path.replaceAll("[\\[\\].()]+", "-").replaceAll("-+$", "");
	}

}
