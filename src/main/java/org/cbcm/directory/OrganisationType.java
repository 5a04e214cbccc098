package org.cbcm.directory;

/**
 * What kind of body an organisation is, as donors and the Secretariat tell them apart.
 */
public enum OrganisationType {

	/**
	 * A body of the United Nations system, such as UNEP, FAO or the Secretariat of the
	 * Convention.
	 */
	UN_BODY,

	/** A multilateral fund or development bank, such as the GEF or the World Bank. */
	MULTILATERAL_FUND,

	/** A government's development cooperation agency, such as Norad. */
	BILATERAL_AGENCY,

	/** A government, ministry or national authority. */
	GOVERNMENT,

	/** A regional or sub-regional intergovernmental body, such as AUDA-NEPAD or IICA. */
	REGIONAL_BODY,

	/** A non-governmental or civil-society organisation. */
	NGO,

	/** A university, research institute or training centre. */
	ACADEMIC,

	/** A company or industry association. */
	PRIVATE_SECTOR

}
