package org.cbcm.web.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which statements change the database, as {@link DataWrites} tells them apart: a query
 * or a setting changes nothing; anything else, or a query it cannot read, is a change.
 */
class DataWritesTests {

	@Test
	void queries_and_settings_change_nothing() {
		assertThat(DataWrites.changes("SELECT 1")).isFalse();
		assertThat(DataWrites.changes("  select * from country WHERE code = ? FOR UPDATE")).isFalse();
		assertThat(DataWrites.changes("-- why\n/* and how */\n SELECT 1")).isFalse();
		assertThat(DataWrites.changes("WITH RECURSIVE up(id) AS (SELECT 1) SELECT id FROM up")).isFalse();
		assertThat(DataWrites.changes("VALUES (1)")).isFalse();
		assertThat(DataWrites.changes("SET LOCAL statement_timeout = 1000")).isFalse();
		assertThat(DataWrites.changes("SHOW search_path")).isFalse();
	}

	@Test
	void everything_else_is_a_change() {
		assertThat(DataWrites.changes("INSERT INTO country VALUES (1)")).isTrue();
		assertThat(DataWrites.changes("update country set x = 1")).isTrue();
		assertThat(DataWrites.changes("DELETE FROM country")).isTrue();
		assertThat(DataWrites.changes("MERGE INTO country KEY (code) VALUES ('KEN')")).isTrue();
		assertThat(DataWrites.changes("WITH gone AS (DELETE FROM t RETURNING id) SELECT id FROM gone")).isTrue();
		assertThat(DataWrites.changes("CREATE TABLE t (id INT)")).isTrue();
		assertThat(DataWrites.changes("/* SELECT */ UPDATE t SET x = 1")).isTrue();
		assertThat(DataWrites.changes("SELECTION")).isTrue();
		assertThat(DataWrites.changes(null)).isTrue();
	}

}
