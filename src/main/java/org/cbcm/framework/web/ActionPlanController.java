package org.cbcm.framework.web;

import java.util.List;

import org.cbcm.framework.ActionPlanCatalogue;
import org.cbcm.framework.ItemCode;
import org.cbcm.framework.ItemMapping;
import org.cbcm.framework.PlanContents;
import org.cbcm.framework.PlanItem;
import org.cbcm.framework.PlanVersion;
import org.cbcm.framework.VersionCode;
import org.cbcm.shared.InvalidRequestException;
import org.cbcm.shared.NotFoundException;
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

	ActionPlanController(ActionPlanCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping("/action-plan")
	String plan(@RequestParam(required = false) @Nullable String version, Model model) {
		PlanContents contents = catalogue.contents(versionOrCurrent(version));
		model.addAttribute("plan", contents);
		model.addAttribute("versions", catalogue.versions());
		return "framework/plan";
	}

	@GetMapping("/action-plan/items/{code}")
	String item(@PathVariable String code, @RequestParam(required = false) @Nullable String version, Model model) {
		VersionCode versionCode = versionOrCurrent(version);
		PlanVersion planVersion = catalogue.version(versionCode);
		if (!ItemCode.isValid(code)) {
			throw new NotFoundException("framework.item.not-found", code, planVersion.title());
		}
		PlanItem item = catalogue.item(versionCode, ItemCode.of(code));
		PlanContents contents = catalogue.contents(versionCode);
		List<PlanItem> items = contents.items();
		int at = items.indexOf(item);
		model.addAttribute("version", planVersion);
		model.addAttribute("item", item);
		model.addAttribute("section",
				contents.sections()
					.stream()
					.filter(section -> section.number().equals(item.sectionNumber()))
					.findFirst()
					.orElseThrow());
		model.addAttribute("parent",
				(item.parent() != null) ? catalogue.findItem(versionCode, item.parent()).orElse(null) : null);
		model.addAttribute("children", contents.childrenOf(item.code()));
		model.addAttribute("previous", (at > 0) ? items.get(at - 1) : null);
		model.addAttribute("next", (at + 1 < items.size()) ? items.get(at + 1) : null);
		model.addAttribute("mappings", catalogue.mappingsOf(versionCode, item.code()));
		return "framework/item";
	}

	@GetMapping("/action-plan/versions")
	String versions(Model model) {
		List<PlanVersion> versions = catalogue.versions();
		model.addAttribute("versions", versions);
		model.addAttribute("pairs",
				catalogue.mappedVersions()
					.stream()
					.map(pair -> new VersionPair(catalogue.version(pair.get(0)), catalogue.version(pair.get(1))))
					.toList());
		return "framework/versions";
	}

	@GetMapping("/action-plan/mappings")
	String mappings(@RequestParam String from, @RequestParam String to, Model model) {
		VersionCode fromCode = versionCode("from", from);
		VersionCode toCode = versionCode("to", to);
		List<ItemMapping> mappings = catalogue.mappings(fromCode, toCode);
		model.addAttribute("from", catalogue.version(fromCode));
		model.addAttribute("to", catalogue.version(toCode));
		model.addAttribute("mappings", mappings);
		return "framework/mappings";
	}

	/** Two versions with mappings from the first to the second. */
	record VersionPair(PlanVersion from, PlanVersion to) {
	}

	private VersionCode versionOrCurrent(@Nullable String version) {
		return (version == null || version.isBlank()) ? catalogue.current().code() : versionCode("version", version);
	}

	private static VersionCode versionCode(String parameter, String value) {
		if (!VersionCode.isValid(value)) {
			throw new InvalidRequestException(parameter, "framework.version.invalid", value);
		}
		return VersionCode.of(value);
	}

}
