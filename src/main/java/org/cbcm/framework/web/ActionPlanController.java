package org.cbcm.framework.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cbcm.framework.ActionPlanCatalogue;
import org.cbcm.framework.ItemCode;
import org.cbcm.framework.ItemMapping;
import org.cbcm.framework.PlanContents;
import org.cbcm.framework.PlanItem;
import org.cbcm.framework.PlanSection;
import org.cbcm.framework.PlanVersion;
import org.cbcm.framework.VersionCode;
import org.cbcm.shared.NotFoundException;
import org.cbcm.web.PageSections;
import org.cbcm.web.PageSubject;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The Action Plan pages: the whole plan, one item, the versions and the mapping between
 * two versions.
 */
@Controller
class ActionPlanController {

	private final ActionPlanCatalogue catalogue;

	private final PageSections sections;

	ActionPlanController(ActionPlanCatalogue catalogue, PageSections sections) {
		this.sections = sections;
		this.catalogue = catalogue;
	}

	@GetMapping("/action-plan")
	String plan(@RequestParam(required = false) @Nullable String version, Model model) {
		PlanContents contents = catalogue.contents(catalogue.versionOrCurrent("version", version));
		model.addAttribute("plan", contents);
		model.addAttribute("versions", catalogue.versions());
		return "framework/plan";
	}

	@GetMapping("/action-plan/items/{code}")
	String item(@PathVariable ItemCode code, @RequestParam(required = false) @Nullable String version, Model model,
			java.util.Locale locale) {
		VersionCode versionCode = catalogue.versionOrCurrent("version", version);
		PlanContents contents = catalogue.contents(versionCode);
		PlanVersion planVersion = contents.version();
		List<PlanItem> items = contents.items();
		PlanItem item = items.stream()
			.filter(candidate -> candidate.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("framework.item.not-found", code, planVersion.title()));
		int at = items.indexOf(item);
		model.addAttribute("version", planVersion);
		model.addAttribute("item", item);
		model.addAttribute("section", sectionOf(contents, item));
		PlanItem parent = (item.parent() != null)
				? items.stream().filter(other -> other.code().equals(item.parent())).findFirst().orElse(null) : null;
		model.addAttribute("parent", parent);
		// A paragraph that only introduces a list has no title of its own: its section
		// names it.
		model.addAttribute("parentLabel", (parent == null) ? null
				: (parent.title() != null) ? parent.title() : sectionOf(contents, parent).title());
		model.addAttribute("children", contents.childrenOf(item.code()));
		model.addAttribute("previous", (at > 0) ? items.get(at - 1) : null);
		model.addAttribute("next", (at + 1 < items.size()) ? items.get(at + 1) : null);
		model.addAttribute("mappings", catalogue.mappingsOf(versionCode, item.code()));
		// What refers to an item is filed under the current version's codes.
		model.addAttribute("sections", versionCode.equals(catalogue.current().code())
				? sections.of(PageSubject.planItem(item.code().value()), locale) : List.of());
		return "framework/item";
	}

	@GetMapping("/action-plan/versions")
	String versions(Model model) {
		List<PlanVersion> versions = catalogue.versions();
		model.addAttribute("versions", versions);
		Map<VersionCode, PlanVersion> byCode = versions.stream()
			.collect(Collectors.toMap(PlanVersion::code, Function.identity()));
		model.addAttribute("pairs",
				catalogue.mappedVersions()
					.stream()
					.map(pair -> new VersionPair(byCode.get(pair.get(0)), byCode.get(pair.get(1))))
					.toList());
		return "framework/versions";
	}

	@GetMapping("/action-plan/mappings")
	String mappings(@RequestParam String from, @RequestParam String to, Model model) {
		VersionCode fromCode = ActionPlanCatalogue.versionCode("from", from);
		VersionCode toCode = ActionPlanCatalogue.versionCode("to", to);
		List<ItemMapping> mappings = catalogue.mappings(fromCode, toCode);
		model.addAttribute("from", catalogue.version(fromCode));
		model.addAttribute("to", catalogue.version(toCode));
		model.addAttribute("mappings", mappings);
		return "framework/mappings";
	}

	private static PlanSection sectionOf(PlanContents contents, PlanItem item) {
		return contents.sections()
			.stream()
			.filter(section -> section.number().equals(item.sectionNumber()))
			.findFirst()
			.orElseThrow();
	}

	/** Two versions with mappings from the first to the second. */
	record VersionPair(PlanVersion from, PlanVersion to) {
	}

}
