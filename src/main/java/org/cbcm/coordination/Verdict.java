package org.cbcm.coordination;

/**
 * What the coverage matrix says of a country and a key element, the first rule that holds
 * in this order: {@link #NO_STATED_NEED} (the country states no high or medium need
 * there), {@link #GAP} (a need and no active initiative), {@link #POSSIBLE_DUPLICATION}
 * (two or more active initiatives of different donors with overlapping dates),
 * {@link #UNDER_FUNDED} (US dollars allocated below the stated requirement),
 * {@link #COVERED}.
 */
public enum Verdict {

	GAP, UNDER_FUNDED, COVERED, POSSIBLE_DUPLICATION, NO_STATED_NEED

}
