package org.cbcm.needs.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.cbcm.framework.ActionPlanCatalogue;
import org.cbcm.framework.ItemCode;
import org.cbcm.framework.ItemFilter;
import org.cbcm.framework.ItemType;
import org.cbcm.framework.PlanItem;
import org.cbcm.framework.VersionCode;
import org.cbcm.needs.NeedsAssessmentId;
import org.cbcm.needs.NeedsContent;
import org.cbcm.records.RecordLifecycle.Rules;
import org.cbcm.records.RecordScope;
import org.cbcm.shared.Validation;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * What a needs assessment must be beyond its content's own rules, checked on every save:
 * the elements of the current Action Plan, every key element rated, the date not in the
 * future, and at most the configured number of high priorities.
 */
@Component
public class NeedsRules implements Rules<NeedsAssessmentId, NeedsContent> {

	private final ActionPlanCatalogue catalogue;

	private final NeedsSettings settings;

	private final Clock clock;

	NeedsRules(ActionPlanCatalogue catalogue, NeedsSettings settings, Clock clock) {
		this.catalogue = catalogue;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public void check(RecordScope owner, @Nullable NeedsAssessmentId id, NeedsContent content, Validation validation) {
		content.check(validation, frame());
	}

	/** The frame the content's rules need: today, the limit, the plan's elements. */
	public NeedsContent.Frame frame() {
		return new NeedsContent.Frame(LocalDate.now(clock), settings.maxHighPriorities(), keyElements(), subElements());
	}

	/** The most elements an assessment may rate high. */
	public int maxHigh() {
		return settings.maxHighPriorities();
	}

	/** The key elements 12(a)–(o) of the current plan, in its order. */
	public List<ItemCode> keyElements() {
		return codes(ItemType.KEY_ELEMENT, null);
	}

	/** The sub-elements of 12(a) of the current plan, in its order. */
	public List<ItemCode> subElements() {
		return codes(ItemType.SUB_ELEMENT, ItemCode.of("12(a)"));
	}

	/** Every element an assessment rates, a key element followed by its sub-elements. */
	public List<ItemCode> elements() {
		List<ItemCode> subs = subElements();
		java.util.ArrayList<ItemCode> all = new java.util.ArrayList<>();
		for (ItemCode key : keyElements()) {
			all.add(key);
			subs.stream().filter(sub -> key.equals(sub.parent().orElse(null))).forEach(all::add);
		}
		return all;
	}

	/** The titles of the elements, by code, for pages. */
	public java.util.Map<ItemCode, String> titles() {
		VersionCode version = catalogue.current().code();
		java.util.Map<ItemCode, String> titles = new java.util.LinkedHashMap<>();
		for (ItemType type : List.of(ItemType.KEY_ELEMENT, ItemType.SUB_ELEMENT)) {
			catalogue.items(version, ItemFilter.ofType(type)).forEach(item -> titles.put(item.code(), item.label()));
		}
		return titles;
	}

	private List<ItemCode> codes(ItemType type, @Nullable ItemCode parent) {
		VersionCode version = catalogue.current().code();
		return catalogue.items(version, ItemFilter.ofType(type))
			.stream()
			.filter(item -> parent == null || parent.equals(item.parent()))
			.map(PlanItem::code)
			.sorted()
			.toList();
	}

}
