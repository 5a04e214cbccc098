package org.cbcm.records;

import org.jspecify.annotations.Nullable;

/**
 * A field that differs between two revisions.
 *
 * @param field the field, such as {@code focalPoints[1].email}
 * @param before its value in the earlier revision, null where it had none
 * @param after its value in the later revision, null where it has none
 */
public record FieldChange(String field, @Nullable String before, @Nullable String after) {
}
