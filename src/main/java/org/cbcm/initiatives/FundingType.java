package org.cbcm.initiatives;

/** How an initiative is financed. */
public enum FundingType {

	GRANT, LOAN, IN_KIND, MIXED

}
