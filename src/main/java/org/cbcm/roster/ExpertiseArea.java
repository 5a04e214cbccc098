package org.cbcm.roster;

/**
 * The top level of the areas of expertise, as the roster's guide (2011) sets its
 * criteria: the limit of experts per country and area of specialisation counts on this
 * level.
 */
public enum ExpertiseArea {

	SCIENTIFIC_TECHNICAL, LEGAL, POLICY_REGULATORY, SYSTEMS_DEVELOPMENT

}
