package org.cbcm.support;

import java.util.concurrent.atomic.AtomicBoolean;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

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

	/**
	 * The tests' SMTP server, on {@code CBCM_TEST_SMTP_PORT} (3025 unless set), where
	 * {@code spring.mail.port} sends the application's mail; another port lets two test
	 * runs share a machine.
	 */
	@Bean(destroyMethod = "stop")
	GreenMail mailServer(@org.springframework.beans.factory.annotation.Value("${spring.mail.port}") int port) {
		GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
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
