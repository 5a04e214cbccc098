package org.cbcm.needs.internal;

import java.util.List;

import org.cbcm.framework.ActionPlanCatalogue;
import org.cbcm.framework.ItemCode;
import org.cbcm.framework.ItemType;
import org.cbcm.framework.VersionCode;
import org.cbcm.needs.StrategyContent;
import org.cbcm.records.RecordLifecycle.Rules;
import org.cbcm.records.RecordScope;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.Validation;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * What a strategy must be beyond its content's own rules: the key elements it names are
 * key elements or sub-elements of the current Action Plan.
 */
@Component
class StrategyRules implements Rules<CountryCode, StrategyContent> {

	private final ActionPlanCatalogue plan;

	StrategyRules(ActionPlanCatalogue plan) {
		this.plan = plan;
	}

	@Override
	public void check(RecordScope owner, @Nullable CountryCode id, StrategyContent content, Validation validation) {
		VersionCode current = plan.current().code();
		for (int index = 0; index < content.objectives().size(); index++) {
			check(current, "objectives[" + index + "].keyElements", content.objectives().get(index).keyElements(),
					validation);
		}
		for (int index = 0; index < content.outputs().size(); index++) {
			check(current, "outputs[" + index + "].keyElements", content.outputs().get(index).keyElements(),
					validation);
		}
	}

	private void check(VersionCode current, String field, List<ItemCode> codes, Validation validation) {
		for (int index = 0; index < codes.size(); index++) {
			ItemCode code = codes.get(index);
			// A code of the wrong form is the content's own fault, reported there.
			if (StrategyContent.element(code) && plan.findItem(current, code)
				.filter(item -> item.type() == ItemType.KEY_ELEMENT || item.type() == ItemType.SUB_ELEMENT)
				.isEmpty()) {
				validation.reject(field, "strategy.element.unknown", code.value());
			}
		}
	}

}
