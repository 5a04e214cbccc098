package org.cbcm.framework;

/** What part of the Action Plan an item is. */
public enum ItemType {

	/** The objective of the plan (paragraphs 9 and 10 of the 2006 draft). */
	OBJECTIVE,

	/**
	 * The sentence that introduces a list of items, such as paragraph 11 before the
	 * principles.
	 */
	CHAPEAU,

	/** A guiding principle or strategic approach, 11(a)-(i). */
	PRINCIPLE,

	/**
	 * A key element requiring concrete action, 12(a)-(o): the classification of needs and
	 * initiatives.
	 */
	KEY_ELEMENT,

	/** A part of a key element, 12(a)(i)-(v). */
	SUB_ELEMENT,

	/** A process or step to undertake, 13(a)-(h). */
	PROCESS,

	/**
	 * A category of funding source whose coverage and gaps are identified, 13(d)(i)-(vi).
	 */
	FUNDING_SOURCE,

	/** An indicative implementation activity at one level, 14(a)-(x). */
	ACTIVITY,

	/** Monitoring and coordination of the plan, paragraphs 15 and 16. */
	MONITORING,

	/** The periodic independent review of the plan, paragraph 17. */
	REVIEW

}
