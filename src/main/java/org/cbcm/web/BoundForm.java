package org.cbcm.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.cbcm.shared.InvalidRequestException;
import org.cbcm.shared.Validation;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.WebDataBinder;

/**
 * How pages take a form: Spring binds the form object ({@code @ModelAttribute}), Jakarta
 * Bean Validation checks what a field alone must be, the domain's {@link Validation} what
 * fields must be together; and the page shows every fault beside its field, from one map
 * of field to message ({@link #errors}) that templates read as
 * {@code errors.get('title')}.
 */
public final class BoundForm {

	private BoundForm() {
	}

	/** What a parameter name is to a form's binder. */
	enum Name {

		/** Bound as usual. */
		BOUND,
		/** Set aside: an index or key the form does not hold. */
		MALFORMED,
		/** Set aside: a row beyond its list's most rows. */
		OVER

	}

	/**
	 * Prepares a binder for a form object: no list grows beyond the most rows any of its
	 * lists holds, and the parameters named beyond a list's limit, or with an index or
	 * key the form does not hold, are set aside before binding, at the cost of reading
	 * their names only.
	 * @param binder the binder, before it binds
	 * @param form the form object's type
	 * @param names the parameter names the request gives
	 */
	public static void prepare(WebDataBinder binder, Class<?> form, Collection<String> names) {
		FormRows rows = form.getAnnotation(FormRows.class);
		if (rows == null) {
			return;
		}
		int most = Arrays.stream(rows.value()).mapToInt(FormRows.Rows::most).max().orElse(0);
		binder.setAutoGrowCollectionLimit(most);
		List<String> aside = new ArrayList<>();
		for (String name : names) {
			if (classify(name, rows).getKey() != Name.BOUND) {
				aside.add(name);
			}
		}
		if (!aside.isEmpty()) {
			binder.setDisallowedFields(aside.toArray(new String[0]));
		}
	}

	/**
	 * What a parameter name is to a form: {@code BOUND}, {@code MALFORMED}, or
	 * {@code OVER} with the list it is beyond.
	 */
	static Map.Entry<Name, String> classify(String name, FormRows rows) {
		int open = name.indexOf('[');
		int from = 0;
		StringBuilder path = new StringBuilder();
		while (open >= 0) {
			int close = name.indexOf(']', open);
			if (close < 0) {
				return Map.entry(Name.MALFORMED, "");
			}
			path.append(name, from, open);
			String list = path.toString();
			String key = name.substring(open + 1, close);
			FormRows.Rows declared = Arrays.stream(rows.value())
				.filter(r -> r.list().equals(list))
				.findFirst()
				.orElse(null);
			if (declared != null) {
				if (key.isEmpty() || !key.chars().allMatch(c -> c >= '0' && c <= '9')) {
					return Map.entry(Name.MALFORMED, list);
				}
				String significant = key.replaceFirst("^0+(?=.)", "");
				if (significant.length() > 9 || Integer.parseInt(significant) >= declared.most()) {
					return Map.entry(Name.OVER, list);
				}
			}
			else if (!Arrays.asList(rows.keyed()).contains(list) || key.isEmpty() || key.indexOf('[') >= 0
					|| key.indexOf('\'') >= 0 || key.indexOf('"') >= 0 || key.indexOf('*') >= 0) {
				return Map.entry(Name.MALFORMED, list);
			}
			from = close + 1;
			open = name.indexOf('[', from);
		}
		return Map.entry(Name.BOUND, "");
	}

	/**
	 * Every fault of a bound form, field by field, as the page shows it beside the field:
	 * a list given a row beyond its limit, what Bean Validation refused, then what the
	 * domain refused; the first fault of a field is shown.
	 * @param binding what Spring bound and Bean Validation found
	 * @param refused what the domain refused, or null
	 */
	public static Map<String, String> errors(BindingResult binding, @Nullable InvalidRequestException refused,
			MessageSource messages, Locale locale) {
		Map<String, String> errors = new LinkedHashMap<>();
		overfull(binding).forEach((list, most) -> errors.putIfAbsent(list,
				messages.getMessage(binding.getTarget().getClass().getAnnotation(FormRows.class).message(),
						new Object[] { most }, locale)));
		for (ObjectError error : binding.getAllErrors()) {
			String field = (error instanceof FieldError fieldError) ? fieldError.getField() : error.getObjectName();
			errors.putIfAbsent(field, messages.getMessage(error, locale));
		}
		if (refused != null) {
			FormErrors.of(refused, messages, locale).forEach(errors::putIfAbsent);
		}
		return errors;
	}

	/** Whether the form has a fault Spring's binding or Bean Validation found. */
	public static boolean failed(BindingResult binding) {
		return binding.hasErrors() || !overfull(binding).isEmpty();
	}

	/**
	 * The lists given a row beyond their limit, each with the most rows it holds; their
	 * rows were set aside and not bound.
	 */
	public static Map<String, Integer> overfull(BindingResult binding) {
		Map<String, Integer> overfull = new TreeMap<>();
		Object target = binding.getTarget();
		FormRows rows = (target != null) ? target.getClass().getAnnotation(FormRows.class) : null;
		if (rows == null) {
			return overfull;
		}
		for (String name : binding.getSuppressedFields()) {
			Map.Entry<Name, String> kind = classify(name, rows);
			if (kind.getKey() == Name.OVER) {
				Arrays.stream(rows.value())
					.filter(r -> r.list().equals(kind.getValue()))
					.forEach(r -> overfull.put(r.list(), r.most()));
			}
		}
		return overfull;
	}

}
