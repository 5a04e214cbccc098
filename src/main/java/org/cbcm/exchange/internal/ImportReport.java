package org.cbcm.exchange.internal;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What a run of an import did: how many activities it created, updated, left unchanged
 * and skipped (each skipped one is listed with its reason beside the activity), the
 * organisations the directory lacks, and how long it took.
 *
 * @param created initiatives registered anew
 * @param updated initiatives given a new revision
 * @param unchanged initiatives the import left as they were
 * @param skipped activities not written, each with its reason in the activity list
 * @param organisations organisations the file names that the directory does not hold, by
 * identifier or name, with their count of mentions
 * @param proposed how many of them were proposed to the directory (the others were
 * proposed before, or cannot be, having no name)
 * @param notes what the mapping left out, by kind, with its count
 * @param fault the fault that stopped the run, if one did
 * @param seconds how long the run took
 */
public record ImportReport(int created, int updated, int unchanged, int skipped, Map<String, Integer> organisations,
		int proposed, Map<String, Integer> notes, @Nullable String fault, double seconds) {

	public static final ImportReport NONE = new ImportReport(0, 0, 0, 0, Map.of(), 0, Map.of(), null, 0);

	/** How many activities were written or looked at. */
	public int total() {
		return created + updated + unchanged + skipped;
	}

	/** The organisations, most mentioned first. */
	public List<Map.Entry<String, Integer>> organisationsByCount() {
		return organisations.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
			.toList();
	}

	/** The notes, most frequent first. */
	public List<Map.Entry<String, Integer>> notesByCount() {
		return notes.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).toList();
	}

}
