package org.cbcm.initiatives;

/** The OECD DAC evaluation criteria an evaluation rates. */
public enum DacCriterion {

	RELEVANCE, COHERENCE, EFFECTIVENESS, EFFICIENCY, IMPACT, SUSTAINABILITY

}
