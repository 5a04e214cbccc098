package org.cbcm.initiatives;

/**
 * Main target groups or beneficiaries of an initiative (BCH {@code cbiAudience}; seed
 * 12(e): decision makers, stakeholders, the general public).
 */
public enum TargetGroup {

	POLICY_MAKERS, REGULATORS, RISK_ASSESSORS, LABORATORY_STAFF, CUSTOMS_AND_INSPECTORS, SCIENTISTS, ACADEMIA,
	JUDICIARY, CIVIL_SOCIETY, INDIGENOUS_PEOPLES_AND_LOCAL_COMMUNITIES, FARMERS, PRIVATE_SECTOR, MEDIA, GENERAL_PUBLIC

}
