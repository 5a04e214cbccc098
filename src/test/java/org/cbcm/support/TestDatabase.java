package org.cbcm.support;

import java.util.concurrent.atomic.AtomicBoolean;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Profile;

/**
 * On PostgreSQL, the first application context of a test run empties the test schema
 * before migrating it, so that every run starts from the same state as the in-memory H2
 * database.
 */
@TestConfiguration(proxyBeanMethods = false)
class TestDatabase {

	private static final AtomicBoolean CLEANED = new AtomicBoolean();

	@Bean(destroyMethod = "stop")
	GreenMail mailServer() {
		GreenMail server = new GreenMail(ServerSetupTest.SMTP);
		server.start();
		return server;
	}

	@Bean
	@Profile("postgresql")
	FlywayMigrationStrategy cleanOnceThenMigrate() {
		return flyway -> {
			if (CLEANED.compareAndSet(false, true)) {
				flyway.clean();
			}
			flyway.migrate();
		};
	}

}
