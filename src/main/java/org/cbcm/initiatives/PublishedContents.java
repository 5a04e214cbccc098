package org.cbcm.initiatives;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.cbcm.records.RecordScope;

/**
 * The public registry's initiatives whole, as their published copies say them, for
 * exports that write every field (IATI activity files): the list's selection, read from
 * the list's own query parameters and in its order, a chunk at a time; or one initiative.
 * A draft, an archived initiative or an unknown one is never among them.
 */
public interface PublishedContents {

	/** The most initiatives one chunk may hold. */
	int MAX_CHUNK = 1_000;

	/**
	 * A published initiative.
	 *
	 * @param id the initiative
	 * @param owner the country or organisation it belongs to
	 * @param content its published copy
	 * @param publishedAt when that copy was published
	 */
	record Published(InitiativeId id, RecordScope owner, InitiativeContent content, Instant publishedAt) {
	}

	/**
	 * Hands every initiative of the list's selection to the consumer, in the list's
	 * order, a chunk at a time, so that the whole registry streams without being held.
	 * @param parameters the list's query parameters: {@code q}, the facets, {@code from},
	 * {@code to} and {@code sort}
	 * @param chunk how many at a time, at most {@link #MAX_CHUNK}
	 * @throws org.cbcm.shared.InvalidRequestException when a parameter names nothing,
	 * before any chunk is handed over
	 */
	void select(Map<String, String[]> parameters, int chunk, Consumer<List<Published>> chunks);

	/** The initiative, when it is published. */
	Optional<Published> find(InitiativeId id);

}
