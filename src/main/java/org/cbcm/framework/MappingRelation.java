package org.cbcm.framework;

/**
 * How an item of one version of the plan relates to an item of another (after SKOS
 * mapping relations), so that records classified under the old version can be read under
 * the new.
 */
public enum MappingRelation {

	/** The two items mean the same; records move over unchanged. */
	EXACT,

	/** Nearly the same; records move over, with care. */
	CLOSE,

	/** The target item is broader: it covers this one and more. */
	BROADER,

	/** The target item is narrower: it covers part of this one. */
	NARROWER,

	/** Related, but neither covers the other. */
	RELATED

}
