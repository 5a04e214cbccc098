package org.cbcm.initiatives;

/** Categories of capacity development an initiative carries out (BCH {@code cbiCats}). */
public enum CapacityCategory {

	TRAINING, EXPERIENTIAL_LEARNING, TECHNICAL_ASSISTANCE, EQUIPMENT_AND_INFRASTRUCTURE, POLICY_AND_LEGAL_ADVICE,
	AWARENESS_AND_EDUCATION, NETWORKING, RESEARCH

}
