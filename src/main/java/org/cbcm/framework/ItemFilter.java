package org.cbcm.framework;

import org.jspecify.annotations.Nullable;

/**
 * Which items of a version a reader asks for; an empty criterion matches every item.
 *
 * @param type only items of this type
 * @param level only activities at this level
 */
public record ItemFilter(@Nullable ItemType type, @Nullable ActivityLevel level) {

	public static ItemFilter all() {
		return new ItemFilter(null, null);
	}

	public static ItemFilter ofType(ItemType type) {
		return new ItemFilter(type, null);
	}

}
