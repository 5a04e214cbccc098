package org.cbcm.framework;

import java.util.List;
import java.util.Objects;

/**
 * A whole version of the plan: its sections and items in the plan's order.
 *
 * @param version the version
 * @param sections its sections, in order
 * @param items its items, in order
 */
public record PlanContents(PlanVersion version, List<PlanSection> sections, List<PlanItem> items) {

	public PlanContents {
		sections = List.copyOf(sections);
		items = List.copyOf(items);
	}

	/**
	 * The items that stand directly in the section, without the sub-items of other items.
	 */
	public List<PlanItem> topItemsOf(PlanSection section) {
		return items.stream()
			.filter(item -> item.sectionNumber().equals(section.number()))
			.filter(item -> item.parent() == null || !inSection(item.parent(), section))
			.toList();
	}

	/**
	 * The items directly below an item, such as 12(a)(i)-(v) below 12(a), wherever they
	 * stand.
	 */
	public List<PlanItem> childrenOf(ItemCode code) {
		return items.stream().filter(item -> Objects.equals(item.parent(), code)).toList();
	}

	/**
	 * The items directly below an item that stand in its own section: the activities
	 * below paragraph 14 stand in sections 5.1 to 5.3, not below the paragraph in section
	 * 5.
	 */
	public List<PlanItem> childrenInSection(PlanItem parent) {
		return items.stream()
			.filter(item -> Objects.equals(item.parent(), parent.code()))
			.filter(item -> item.sectionNumber().equals(parent.sectionNumber()))
			.toList();
	}

	private boolean inSection(ItemCode code, PlanSection section) {
		return items.stream()
			.anyMatch(item -> item.code().equals(code) && item.sectionNumber().equals(section.number()));
	}

}
