package org.cbcm.records;

import java.util.Map;

import org.cbcm.shared.Validation;

/**
 * What a kind of record holds, as its module defines it: its fields, flat, for revisions
 * and comparisons, and its own rules, every fault collected at once.
 */
public interface RecordContent {

	/**
	 * The content field by field ({@code focalPoints[1].email}), in the order a reader
	 * expects; blank fields left out.
	 */
	Map<String, String> fields();

	/**
	 * Adds every fault of the content to the validation, without stopping at the first.
	 */
	void check(Validation validation);

}
