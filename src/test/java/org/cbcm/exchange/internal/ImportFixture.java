package org.cbcm.exchange.internal;

import java.time.Duration;
import java.util.UUID;

import org.cbcm.identity.internal.TestAccounts;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.Role;
import org.cbcm.shared.Viewer;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the import tests share: the Secretariat and a focal point (who may not import), a
 * registry and import tables emptied of earlier tests' data, and the wait for a run to
 * end.
 *
 * @param secretariat who imports
 * @param focalPoint a stranger to imports: Kenya's national focal point
 */
public record ImportFixture(Viewer secretariat, Viewer focalPoint) {

	/** The people of the test application, its registry and imports emptied. */
	public static ImportFixture of(ApplicationContext context) {
		TestAccounts people = TestAccounts.in(context);
		clear(context.getBean(JdbcClient.class));
		return new ImportFixture(TestAccounts.viewerOf(people.admin()),
				TestAccounts.viewerOf(people.holding(Role.NATIONAL_FOCAL_POINT, CountryCode.of("KEN"))));
	}

	/**
	 * Removes the imports, their saved choices and mappings, the initiatives and the
	 * organisations proposed by earlier runs.
	 */
	public static void clear(JdbcClient jdbc) {
		jdbc.sql("DELETE FROM exchange_import").update();
		jdbc.sql("DELETE FROM exchange_classification").update();
		jdbc.sql("DELETE FROM exchange_column_mapping").update();
		jdbc.sql("DELETE FROM initiative").update();
		jdbc.sql("DELETE FROM record_revision WHERE record_kind = 'organisation' AND record_id IN "
				+ "(SELECT CAST(id AS VARCHAR(36)) FROM organisation WHERE status <> 'PUBLISHED')")
			.update();
		jdbc.sql("DELETE FROM organisation WHERE status <> 'PUBLISHED'").update();
		jdbc.sql("DELETE FROM initiative_tag_count").update();
		jdbc.sql("DELETE FROM record_revision WHERE record_kind = 'initiative'").update();
		jdbc.sql("DELETE FROM record_registry WHERE record_kind = 'initiative'").update();
	}

	/** The import once its run is over; fails after a minute. */
	public Imports.Stored finished(IatiImports imports, UUID id) throws InterruptedException {
		long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (System.nanoTime() < until) {
			Imports.Stored stored = imports.get(id, secretariat);
			if (!stored.status().active()) {
				return stored;
			}
			Thread.sleep(50);
		}
		throw new AssertionError("The import did not end within a minute");
	}

}
