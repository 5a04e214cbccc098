package org.cbcm.needs.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.cbcm.framework.ActionPlanCatalogue;
import org.cbcm.framework.ItemFilter;
import org.cbcm.framework.ItemType;
import org.cbcm.framework.PlanItem;
import org.cbcm.framework.VersionCode;

import org.springframework.stereotype.Component;

/**
 * The key elements (12(a)–(o)) and sub-elements of 12(a) of the current Action Plan, as
 * the strategy's form offers them and its page names them: by code and name.
 */
@Component
class StrategyElements {

	private final ActionPlanCatalogue plan;

	StrategyElements(ActionPlanCatalogue plan) {
		this.plan = plan;
	}

	/** The elements in the plan's order. */
	List<PlanItem> all() {
		VersionCode current = plan.current().code();
		return Stream
			.concat(plan.items(current, ItemFilter.ofType(ItemType.KEY_ELEMENT)).stream(),
					plan.items(current, ItemFilter.ofType(ItemType.SUB_ELEMENT)).stream())
			.sorted(Comparator.comparing(PlanItem::code))
			.toList();
	}

	/** Each element's name by its code: {@code 12(a)} → "Institutional capacity". */
	Map<String, String> names() {
		Map<String, String> names = new LinkedHashMap<>();
		all().forEach(item -> names.put(item.code().value(), item.label()));
		return names;
	}

}
