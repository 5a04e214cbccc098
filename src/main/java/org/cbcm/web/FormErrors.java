package org.cbcm.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.cbcm.shared.InvalidRequestException;

import org.springframework.context.MessageSource;

/**
 * The messages a form shows beside its fields: built from the refusal of a service, by
 * field name. Templates read {@code errors.get('email')} (see
 * {@code fragments/form.html}).
 */
public final class FormErrors {

	private FormErrors() {
	}

	public static Map<String, String> of(InvalidRequestException ex, MessageSource messages, Locale locale) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (InvalidRequestException problem : ex.problems()) {
			errors.putIfAbsent(problem.parameter(),
					messages.getMessage(problem.messageKey(), problem.arguments(), locale));
		}
		return errors;
	}

}
