package org.cbcm.initiatives;

/**
 * What a country's focal point says of an initiative that names the country (principles
 * 11(a), country ownership, and 11(b)): it endorses it, comments on it, or disputes it
 * with a reason. An initiative nobody has answered for a country has no endorsement
 * there.
 */
public enum Endorsement {

	ENDORSED, COMMENTED, DISPUTED

}
