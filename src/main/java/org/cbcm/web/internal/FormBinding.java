package org.cbcm.web.internal;

import jakarta.servlet.http.HttpServletRequest;

import org.cbcm.web.BoundForm;

import org.springframework.core.ResolvableType;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Prepares the binder of every form object a page takes ({@link BoundForm#prepare}): a
 * row beyond a list's limit is set aside before Spring binds, at once.
 */
@ControllerAdvice
class FormBinding {

	@InitBinder
	void rows(WebDataBinder binder, HttpServletRequest request) {
		Class<?> form = (binder.getTarget() != null) ? binder.getTarget().getClass() : type(binder.getTargetType());
		if (form != null) {
			// Only the names are read here; the values are Spring's to bind.
			BoundForm.prepare(binder, form, request.getParameterMap().keySet());
		}
	}

	private static Class<?> type(ResolvableType type) {
		return (type != null) ? type.resolve() : null;
	}

}
