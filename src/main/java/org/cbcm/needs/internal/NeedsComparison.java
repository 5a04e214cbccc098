package org.cbcm.needs.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

import org.cbcm.framework.ItemCode;
import org.cbcm.needs.Capacity;
import org.cbcm.needs.ElementNeed;
import org.cbcm.needs.NeedsAssessmentId;
import org.cbcm.needs.NeedsContent;
import org.cbcm.needs.Priority;
import org.jspecify.annotations.Nullable;

/**
 * What moved between two needs assessments of a country, element by element: a priority
 * up or down, a change of capacity or of requirement, elements rated only in one of them.
 *
 * @param from the earlier assessment
 * @param to the later one
 * @param fromContent what the earlier one says
 * @param toContent what the later one says
 * @param moves every element rated in either, in the Action Plan's order
 */
public record NeedsComparison(NeedsAssessmentId from, NeedsAssessmentId to, NeedsContent fromContent,
		NeedsContent toContent, List<Move> moves) {

	/** Which way something moved. */
	public enum Direction {

		UP, DOWN, SAME

	}

	/** Whether an element is rated in both assessments, only the later or the earlier. */
	public enum Presence {

		BOTH, NEW, REMOVED

	}

	/**
	 * One element's move.
	 *
	 * @param element the key element or sub-element
	 * @param before what the earlier assessment says of it, null when it does not rate it
	 * @param after what the later says, null when it does not rate it
	 */
	public record Move(ItemCode element, @Nullable ElementNeed before, @Nullable ElementNeed after) {

		public Presence presence() {
			if (before == null) {
				return Presence.NEW;
			}
			return (after == null) ? Presence.REMOVED : Presence.BOTH;
		}

		/** The priority's move: up when more urgent now; null unless rated in both. */
		public @Nullable Direction priorityMove() {
			if (before == null || after == null) {
				return null;
			}
			return direction(urgency(before.priority()), urgency(after.priority()));
		}

		/** The capacity's move; null unless rated in both with a capacity. */
		public @Nullable Direction capacityMove() {
			if (before == null || after == null || before.capacity() == null || after.capacity() == null) {
				return null;
			}
			return direction(level(before.capacity()), level(after.capacity()));
		}

		/**
		 * The requirement's move: null unless both state one in the same currency (a
		 * change of currency is shown as it is).
		 */
		public @Nullable Direction requirementMove() {
			BigDecimal earlier = (before != null) ? before.requirement() : null;
			BigDecimal later = (after != null) ? after.requirement() : null;
			if (earlier == null || later == null || !Objects.equals(before.currency(), after.currency())) {
				return null;
			}
			return direction(earlier.compareTo(later), 0);
		}

		/** Whether anything of the element moved. */
		public boolean moved() {
			if (presence() != Presence.BOTH) {
				return true;
			}
			return !Objects.equals(before, after) && !sameValues(before, after);
		}

		private static boolean sameValues(@Nullable ElementNeed a, @Nullable ElementNeed b) {
			return a != null && b != null && a.priority() == b.priority() && a.capacity() == b.capacity()
					&& Objects.equals(a.startYear(), b.startYear())
					&& Objects.equals(a.durationYears(), b.durationYears())
					&& same(a.shortTermRequirement(), b.shortTermRequirement())
					&& same(a.longTermRequirement(), b.longTermRequirement())
					&& Objects.equals(a.currency(), b.currency())
					&& same(a.nationalSharePercent(), b.nationalSharePercent());
		}

		private static boolean same(@Nullable BigDecimal a, @Nullable BigDecimal b) {
			return (a == null) ? b == null : b != null && a.compareTo(b) == 0;
		}

		private static Direction direction(int before, int after) {
			int compared = Integer.compare(after, before);
			return (compared > 0) ? Direction.UP : (compared < 0) ? Direction.DOWN : Direction.SAME;
		}

		private static int urgency(Priority priority) {
			return Priority.values().length - priority.ordinal();
		}

		private static int level(Capacity capacity) {
			return capacity.ordinal();
		}

	}

	/** Compares two assessments' contents. */
	public static NeedsComparison of(NeedsAssessmentId from, NeedsContent fromContent, NeedsAssessmentId to,
			NeedsContent toContent) {
		Map<ItemCode, ElementNeed> before = byElement(fromContent);
		Map<ItemCode, ElementNeed> after = byElement(toContent);
		TreeSet<ItemCode> all = new TreeSet<>(before.keySet());
		all.addAll(after.keySet());
		List<Move> moves = new ArrayList<>();
		for (ItemCode element : all) {
			moves.add(new Move(element, before.get(element), after.get(element)));
		}
		return new NeedsComparison(from, to, fromContent, toContent, moves);
	}

	/** The elements that moved. */
	public List<Move> moved() {
		return moves.stream().filter(Move::moved).toList();
	}

	private static Map<ItemCode, ElementNeed> byElement(NeedsContent content) {
		Map<ItemCode, ElementNeed> needs = new TreeMap<>();
		content.needs().forEach(need -> needs.put(need.element(), need));
		return needs;
	}

}
