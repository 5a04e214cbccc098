package org.cbcm.records;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Writes the titles of one kind of record in a reader's language ("Profil de pays :
 * Kenya"), for mails and lists that hold the title a record had when it moved, in
 * English. A kind whose title is its own words (an initiative's) needs none.
 */
public interface RecordTitle {

	/** The kind of record, as {@link RecordKind#name()} names it. */
	String kind();

	/** The record's title in the language; null where it cannot be told. */
	@Nullable String title(String id, Locale language);

}
