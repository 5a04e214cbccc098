package org.cbcm.records;

/**
 * How the fields of one kind of record read on a page, for the revisions and conflict
 * fragments that every kind shares: each field by the name its form gives it, and each
 * value as the record's own page shows it (labels for codes, names for countries and
 * organisations, numbers and dates in the reader's language). The API keeps the stored
 * values.
 */
public interface RecordFields {

	/** The field as readers know it, such as "Where › Countries 2 › Percentage". */
	String label(String field);

	/** A value of the field, as stored in a revision, as the record page shows it. */
	String value(String field, String value);

}
