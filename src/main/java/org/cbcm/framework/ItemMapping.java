package org.cbcm.framework;

import org.jspecify.annotations.Nullable;

/**
 * A mapping from an item of one version of the plan to an item of another.
 *
 * @param fromVersion the version the mapping starts from, usually the newer
 * @param from the item mapped
 * @param toVersion the version mapped to
 * @param to the item it maps to
 * @param relation how the two relate
 * @param note why, where it needs saying
 */
public record ItemMapping(VersionCode fromVersion, ItemCode from, VersionCode toVersion, ItemCode to,
		MappingRelation relation, @Nullable String note) {
}
