package org.cbcm.framework.api;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.cbcm.framework.ActionPlanCatalogue;
import org.cbcm.framework.ActivityLevel;
import org.cbcm.framework.ItemCode;
import org.cbcm.framework.ItemFilter;
import org.cbcm.framework.ItemMapping;
import org.cbcm.framework.ItemType;
import org.cbcm.framework.MappingRelation;
import org.cbcm.framework.PlanContents;
import org.cbcm.framework.PlanItem;
import org.cbcm.framework.PlanVersion;
import org.cbcm.framework.Resolution;
import org.cbcm.framework.VersionCode;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The Action Plan through the REST API. */
@RestController
@RequestMapping(path = "/api/v1/action-plan", produces = "application/json")
@Tag(name = "Action Plan",
		description = "The Action Plan for Building Capacities, item by item, in each of its versions")
class ActionPlanApi {

	private final ActionPlanCatalogue catalogue;

	ActionPlanApi(ActionPlanCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping
	@Operation(
			summary = "A whole version of the plan (the current one unless another is named), sections and items nested")
	PlanResource plan(@RequestParam(required = false) @Parameter(
			description = "version code, such as lg-cb-3-2006") @Nullable String version) {
		PlanContents contents = catalogue.contents(catalogue.versionOrCurrent("version", version));
		return new PlanResource(VersionResource.of(contents.version()), contents.sections()
			.stream()
			.map(section -> new SectionResource(section.number(), section.title(), section.level(),
					contents.topItemsOf(section).stream().map(item -> ItemResource.nested(item, contents)).toList()))
			.toList());
	}

	@GetMapping("/versions")
	@Operation(summary = "Every version of the plan, newest first; one is current")
	List<VersionResource> versions() {
		return catalogue.versions().stream().map(VersionResource::of).toList();
	}

	@GetMapping("/items")
	@Operation(
			summary = "The items of a version, in the plan's order, optionally of one type and, for activities, one level")
	List<ItemResource> items(@RequestParam(required = false) @Nullable ItemType type,
			@RequestParam(required = false) @Nullable ActivityLevel level,
			@RequestParam(required = false) @Nullable String version) {
		return catalogue.items(catalogue.versionOrCurrent("version", version), new ItemFilter(type, level))
			.stream()
			.map(ItemResource::flat)
			.toList();
	}

	@GetMapping("/items/{code}")
	@Operation(summary = "One item by its code, such as 12(i) or 13(d)(iv)")
	ItemResource item(@PathVariable @Parameter(description = "item code, such as 12(a)(i)") ItemCode code,
			@RequestParam(required = false) @Nullable String version) {
		VersionCode versionCode = catalogue.versionOrCurrent("version", version);
		PlanItem item = catalogue.item(versionCode, code);
		return ItemResource.flat(item);
	}

	@GetMapping("/mappings")
	@Operation(summary = "The mappings from the items of one version to the items of another")
	List<MappingResource> mappings(@RequestParam String from, @RequestParam String to) {
		return catalogue
			.mappings(ActionPlanCatalogue.versionCode("from", from), ActionPlanCatalogue.versionCode("to", to))
			.stream()
			.map(MappingResource::of)
			.toList();
	}

	record PlanResource(VersionResource version, List<SectionResource> sections) {
	}

	record VersionResource(String code, String title, String document, String source, LocalDate issued, boolean current,
			@Nullable String editorialNote) {

		static VersionResource of(PlanVersion version) {
			return new VersionResource(version.code().value(), version.title(), version.document(), version.source(),
					version.issued(), version.current(), version.editorialNote());
		}

	}

	record SectionResource(String number, String title, @Nullable ActivityLevel level, List<ItemResource> items) {
	}

	record ItemResource(String code, ItemType type, @Nullable String title, String text, String seedText,
			@Nullable ActivityLevel level, @Nullable String parentCode, String section,
			List<ResolutionResource> resolutions, @Nullable List<ItemResource> children) {

		static ItemResource flat(PlanItem item) {
			return of(item, null);
		}

		static ItemResource nested(PlanItem item, PlanContents contents) {
			return of(item, contents.childrenInSection(item).stream().map(child -> nested(child, contents)).toList());
		}

		private static ItemResource of(PlanItem item, @Nullable List<ItemResource> children) {
			return new ItemResource(item.code().value(), item.type(), item.title(), item.text(), item.seedText(),
					item.level(), (item.parent() != null) ? item.parent().value() : null, item.sectionNumber(),
					item.resolutions().stream().map(ResolutionResource::of).toList(), children);
		}

	}

	record ResolutionResource(String seed, String reading, String note) {

		static ResolutionResource of(Resolution resolution) {
			return new ResolutionResource(resolution.seedReading(), resolution.cleanReading(), resolution.note());
		}

	}

	record MappingResource(String fromVersion, String from, String toVersion, String to, MappingRelation relation,
			@Nullable String note) {

		static MappingResource of(ItemMapping mapping) {
			return new MappingResource(mapping.fromVersion().value(), mapping.from().value(),
					mapping.toVersion().value(), mapping.to().value(), mapping.relation(), mapping.note());
		}

	}

}
