package org.cbcm.support;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Profile;

/**
 * On PostgreSQL, the first application context of a test run on each schema empties it
 * before migrating it, so that every run starts from the same state as the in-memory H2
 * database; and every context sends its mail to the JVM's one SMTP server.
 */
@TestConfiguration(proxyBeanMethods = false)
class TestDatabase {

	/** The schemas emptied in this run, each once. */
	private static final Set<String> CLEANED = ConcurrentHashMap.newKeySet();

	private static @Nullable GreenMail server;

	/**
	 * The tests' SMTP server, on {@code CBCM_TEST_SMTP_PORT} (3025 unless set) plus the
	 * surefire fork's number less one ({@link TestFork}), where {@code spring.mail.port}
	 * sends the application's mail; another port lets two test runs share a machine. One
	 * for the whole JVM, which every application context of it shares, also one that sets
	 * {@code spring.mail.port} otherwise (DeployedTests).
	 */
	@Bean(destroyMethod = "")
	GreenMail mailServer(@Value("${" + TestFork.SMTP_PORT + "}") int port) {
		synchronized (TestDatabase.class) {
			if (server == null) {
				server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
				server.start();
				Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
			}
			return server;
		}
	}

	@Bean
	@Profile("postgresql")
	FlywayMigrationStrategy cleanOnceThenMigrate() {
		return flyway -> {
			if (CLEANED.add(String.join(",", flyway.getConfiguration().getSchemas()))) {
				flyway.clean();
			}
			flyway.migrate();
		};
	}

}
