package org.cbcm.records;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a writer whose save was refused because someone saved first needs: the current
 * version to base the next save on, the latest revision (who saved, when), and what
 * changed since the writer's start.
 *
 * @param currentVersion the record's version now
 * @param latest its latest revision
 * @param changes what changed between the writer's start and now, field by field
 */
public record EditConflict(int currentVersion, @Nullable Revision latest, List<FieldChange> changes) {

	public EditConflict {
		changes = List.copyOf(changes);
	}

}
