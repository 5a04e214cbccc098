package org.cbcm.initiatives.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.cbcm.initiatives.internal.InitiativeManagement;
import org.cbcm.initiatives.internal.InitiativeManagement.NamedItem;
import org.cbcm.initiatives.internal.InitiativeManagement.WorkItem;
import org.cbcm.records.RecordStatus;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.CurrentViewer;
import org.cbcm.shared.Grant;
import org.cbcm.shared.InvalidRequestException;
import org.cbcm.shared.Paging;
import org.cbcm.shared.ResultPage;
import org.cbcm.shared.Role;
import org.cbcm.shared.Viewer;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The writers' workspace: the initiatives of the organisations and countries the viewer
 * writes for, drafts and returned ones first in mind; for the Secretariat, what waits to
 * be published.
 */
@Controller
class MyInitiativesController {

	private final InitiativeManagement initiatives;

	private final Labels.Source labels;

	private final CurrentViewer viewers;

	MyInitiativesController(InitiativeManagement initiatives, Labels.Source labels, CurrentViewer viewers) {
		this.initiatives = initiatives;
		this.labels = labels;
		this.viewers = viewers;
	}

	@GetMapping("/initiatives/mine")
	String mine(@RequestParam(required = false) @Nullable String status, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size, @RequestParam(defaultValue = "0") int npage, Locale locale,
			Model model) {
		Viewer viewer = viewers.get();
		// The Secretariat sees every organisation's records: its page opens on its queue.
		RecordStatus shown = (status == null) ? (viewer.isSecretariat() ? RecordStatus.SUBMITTED : null)
				: "ALL".equalsIgnoreCase(status) ? null : status(status);
		ResultPage<WorkItem> work = initiatives.work(shown, new Paging(page, size), viewer);
		Set<String> organisations = new LinkedHashSet<>();
		work.content().forEach(item -> {
			if (item.owner().organisation() != null) {
				organisations.add(item.owner().organisation().toString());
			}
		});
		ResultPage<NamedItem> naming = initiatives.naming(new Paging(npage, size), viewer);
		naming.content().forEach(named -> {
			if (named.item().owner().organisation() != null) {
				organisations.add(named.item().owner().organisation().toString());
			}
		});
		model.addAttribute("naming", naming);
		List<CountryCode> countries = viewer.grants()
			.stream()
			.filter(grant -> grant.country() != null
					&& (grant.role() == Role.NATIONAL_FOCAL_POINT || grant.role() == Role.NATIONAL_USER))
			.map(Grant::country)
			.distinct()
			.toList();
		model.addAttribute("namedCountries", countries);
		model.addAttribute("work", work);
		model.addAttribute("status", (shown != null) ? shown.name() : "ALL");
		model.addAttribute("statuses", List.of("ALL", RecordStatus.DRAFT.name(), RecordStatus.SUBMITTED.name(),
				RecordStatus.PUBLISHED.name(), RecordStatus.ARCHIVED.name()));
		Labels named = labels.of(organisations, locale);
		model.addAttribute("labels", named);
		model.addAttribute("namedCountryNames", String.join(", ", countries.stream().map(named::country).toList()));
		model.addAttribute("mayRegister", viewer.isSecretariat() || !initiatives.ownersFor(viewer).isEmpty());
		return "initiatives/mine";
	}

	private static RecordStatus status(String text) {
		try {
			return RecordStatus.valueOf(text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidRequestException("status", "error.type.choice", text, "ALL, "
					+ String.join(", ", java.util.Arrays.stream(RecordStatus.values()).map(Enum::name).toList()));
		}
	}

}
