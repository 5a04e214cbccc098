package org.cbcm.needs;

/**
 * Whether biosafety is integrated in a country's national development plans (seed
 * paragraph 14(d)).
 */
public enum StrategyIntegration {

	INTEGRATED, PARTLY, NOT_INTEGRATED

}
