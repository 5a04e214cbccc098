package org.cbcm.initiatives.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.cbcm.initiatives.InitiativeId;
import org.cbcm.initiatives.internal.DuplicateQueue;
import org.cbcm.shared.CurrentViewer;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Tells an initiative's page that its record was merged into another (only its owners and
 * the Secretariat read an archived record), with the survivor to link to and the merge to
 * undo.
 */
@ControllerAdvice(assignableTypes = InitiativeController.class)
class MergedIntoAdvice {

	private final DuplicateQueue queue;

	private final CurrentViewer viewers;

	MergedIntoAdvice(DuplicateQueue queue, CurrentViewer viewers) {
		this.queue = queue;
		this.viewers = viewers;
	}

	@ModelAttribute
	void mergedInto(HttpServletRequest request, Model model) {
		if (!"GET".equals(request.getMethod()) || !viewers.get().signedIn()) {
			return;
		}
		Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		if (variables instanceof Map<?, ?> map && map.get("id") instanceof String id && InitiativeId.isValid(id)) {
			queue.mergedInto(InitiativeId.of(id)).ifPresent(merge -> {
				model.addAttribute("mergedInto", merge);
				model.addAttribute("mayUndoMerge", viewers.get().isSecretariat());
			});
		}
	}

}
