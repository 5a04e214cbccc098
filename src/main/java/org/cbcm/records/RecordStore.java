package org.cbcm.records;

import java.util.Optional;

/**
 * Where a module keeps its kind of record: in its own tables, as it likes. A save names
 * the version it was based on and fails when another save came first.
 *
 * @param <K> the record's identifier
 * @param <R> the record
 */
public interface RecordStore<K, R extends Record<?>> {

	/** The record's identifier as revisions and confirmations name it. */
	String key(K id);

	/** The stored record. */
	Optional<R> find(K id);

	/**
	 * A record nobody has saved yet, for kinds where every identifier has one (every
	 * country has a profile to start); empty for kinds created one by one. Refuses (not
	 * found) an identifier that names nothing.
	 */
	default Optional<R> unsaved(K id) {
		return Optional.empty();
	}

	/**
	 * Saves the record if nobody saved it since the version it was read at; inserts it
	 * when that version is 0.
	 * @return whether it was saved; false when the stored version is another
	 */
	boolean save(R record, int readVersion);

	/** The stored version; 0 when none is stored. */
	int currentVersion(K id);

}
