package org.cbcm.records;

/**
 * Identifies one record of one kind, for revisions and confirmations.
 *
 * @param kind the kind's name, such as {@code country-profile}
 * @param id the record's identifier within its kind, such as {@code KEN}
 */
public record RecordRef(String kind, String id) {

	@Override
	public String toString() {
		return kind + "/" + id;
	}

}
