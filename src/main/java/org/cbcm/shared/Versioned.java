package org.cbcm.shared;

import org.jspecify.annotations.Nullable;

/**
 * An API resource of a record whose reader may change it: its version goes out as the
 * strong ETag {@code "3"}, which {@code If-Match} gives back with the change
 * ({@link IfMatch}).
 */
public interface Versioned {

	/**
	 * The version a change is based on; null when the reader may not change the record
	 * (and gets no such ETag).
	 */
	@Nullable Integer versionToChange();

}
