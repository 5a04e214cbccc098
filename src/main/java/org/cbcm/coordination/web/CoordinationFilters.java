package org.cbcm.coordination.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cbcm.coordination.AnalysisFilter;
import org.cbcm.coordination.AnalysisFilters;
import org.cbcm.framework.ActionPlanCatalogue;
import org.cbcm.framework.ItemFilter;
import org.cbcm.framework.ItemType;
import org.cbcm.framework.PlanItem;
import org.cbcm.shared.InvalidRequestException;

import org.springframework.stereotype.Component;

/**
 * The pages' reading of the analysis's filters: as the API reads them
 * ({@link AnalysisFilters}), but with every value that names nothing refused at once,
 * each under its own parameter, so that a page shows each message beside its field.
 */
@Component
class CoordinationFilters {

	/** The parameters, in the order the form shows them. */
	static final List<String> PARAMETERS = List.of("asOf", "region", "group", "country", "element", "donor", "source");

	private final AnalysisFilters filters;

	private final ActionPlanCatalogue plan;

	CoordinationFilters(AnalysisFilters filters, ActionPlanCatalogue plan) {
		this.filters = filters;
		this.plan = plan;
	}

	/**
	 * The filter the parameters name.
	 * @throws InvalidRequestException naming every parameter whose value names nothing
	 */
	AnalysisFilter read(Map<String, String[]> parameters) {
		List<InvalidRequestException> problems = new ArrayList<>();
		for (String name : PARAMETERS) {
			String[] values = parameters.get(name);
			if (values != null) {
				try {
					filters.read(Map.of(name, values));
				}
				catch (InvalidRequestException ex) {
					problems.add(ex);
				}
			}
		}
		if (!problems.isEmpty()) {
			throw InvalidRequestException.of(problems);
		}
		return filters.read(parameters);
	}

	/**
	 * The parameters as given, for a form to show again: the filter's names, each with
	 * its first value (blank for none).
	 */
	static Map<String, String> given(Map<String, String[]> parameters) {
		Map<String, String> given = new LinkedHashMap<>();
		for (String name : PARAMETERS) {
			String[] values = parameters.get(name);
			String value = (values == null || values.length == 0 || values[0] == null) ? "" : values[0].strip();
			given.put(name, value);
		}
		return given;
	}

	/** The key elements and their sub-elements of the current Action Plan, in order. */
	List<PlanItem> elements() {
		return plan.items(plan.current().code(), ItemFilter.all())
			.stream()
			.filter(item -> item.type() == ItemType.KEY_ELEMENT || item.type() == ItemType.SUB_ELEMENT)
			.toList();
	}

	/** The funding source categories of the current Action Plan, in order. */
	List<PlanItem> sources() {
		return plan.items(plan.current().code(), ItemFilter.ofType(ItemType.FUNDING_SOURCE));
	}

}
