package org.cbcm.web.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the log repeats of a refused request: never a forged line, never more than so
 * much.
 */
class UndeclaredHandlersTests {

	@Test
	void the_log_repeats_printable_ascii_only_and_cuts_long_paths() {
		assertThat(UndeclaredHandlers.printable("/api/v1/x", 200)).isEqualTo("/api/v1/x");
		assertThat(UndeclaredHandlers.printable("/x\r\n2026-01-01 WARN forged\u0000é\u202e", 200))
			.isEqualTo("/x??2026-01-01 WARN forged???");
		assertThat(UndeclaredHandlers.printable("/" + "a".repeat(500), 200)).hasSize(203).endsWith("a...");
	}

}
