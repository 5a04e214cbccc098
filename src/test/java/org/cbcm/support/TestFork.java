package org.cbcm.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * What each test JVM has of its own, so that surefire's parallel JVMs (its forks) never
 * meet: the port of the tests' SMTP server, the PostgreSQL database and the folder of
 * server-side imports. The pom hands each fork its number, 1, 2, … (surefire's
 * {@code surefire.forkNumber}), in the system property {@value #FORK}; a run without it
 * (from an IDE) is fork 0, with the configured port and database.
 * <ul>
 * <li>SMTP: {@code CBCM_TEST_SMTP_PORT} (3025 unless set) for forks 0 and 1, one more for
 * each further fork, offered as {@value #SMTP_PORT}.</li>
 * <li>PostgreSQL: fork n works in the database {@code CBCM_TEST_POSTGRES_URL} names with
 * {@code _n} appended ({@code test_1}, {@code test_2}), offered as {@value #POSTGRES_URL}
 * and created on first use from a connection to the configured database, so that a server
 * with only that database is enough. Each its own database, not only its own schema: the
 * extension pg_trgm, which the migrations create, belongs to a database, and one fork
 * emptying its schema would take it from the other.</li>
 * <li>Server-side imports: the folder {@code target/imports/fork-n}, by the number
 * offered as {@value #NUMBER} (config/application.yml).</li>
 * </ul>
 * An environment post-processor (src/test/resources/META-INF/spring.factories), so that
 * every application context of a test run sees them; config/application*.yml refer to
 * them. Their names lie under {@code cbcm.test.fork.}, which no environment variable the
 * tests take stands for: Spring reads {@code CBCM_TEST_SMTP_PORT} as
 * {@code cbcm.test.smtp-port} too, and would put the base port in place of the fork's.
 */
public final class TestFork implements EnvironmentPostProcessor, Ordered {

	/** The system property that holds the fork's number (01, 02, … from the pom). */
	public static final String FORK = "cbcm.test.fork.id";

	/** The property that holds the fork's number as a number: 0, 1, 2, …. */
	static final String NUMBER = "cbcm.test.fork.number";

	/** The property that holds the fork's SMTP port. */
	static final String SMTP_PORT = "cbcm.test.fork.smtp-port";

	/** The property that holds the address of the fork's PostgreSQL database. */
	static final String POSTGRES_URL = "cbcm.test.fork.postgres-url";

	private static final Pattern DATABASE = Pattern.compile("(jdbc:postgresql://[^/?]*/)([^/?]+)(\\?.*)?");

	/** The databases this JVM has made sure exist. */
	private static final Set<String> CREATED = new HashSet<>();

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		Map<String, Object> fork = new HashMap<>();
		fork.put(NUMBER, number());
		fork.put(SMTP_PORT, smtpPort());
		if (environment.matchesProfiles("postgresql")) {
			try {
				createPostgresDatabase();
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Cannot create the test database " + postgresUrl() + " from "
						+ configuredUrl() + " (the tests' PostgreSQL user needs CREATEDB)", ex);
			}
			fork.put(POSTGRES_URL, postgresUrl());
		}
		environment.getPropertySources().addLast(new MapPropertySource("cbcmTestFork", fork));
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	/** This JVM's fork number: 1, 2, … under surefire, 0 without it. */
	public static int number() {
		String number = System.getProperty(FORK, "");
		return number.matches("[0-9]{1,4}") ? Integer.parseInt(number) : 0;
	}

	/** The port of this fork's SMTP server. */
	public static int smtpPort() {
		return Integer.parseInt(env("CBCM_TEST_SMTP_PORT", "3025")) + Math.max(number() - 1, 0);
	}

	/** The PostgreSQL database the configuration names, which every fork can reach. */
	public static String configuredUrl() {
		return env("CBCM_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test");
	}

	/** This fork's PostgreSQL database (not created by asking). */
	public static String postgresUrl() {
		String url = configuredUrl();
		if (number() == 0) {
			return url;
		}
		Matcher parts = DATABASE.matcher(url);
		if (!parts.matches()) {
			throw new IllegalStateException("CBCM_TEST_POSTGRES_URL must name a database, as in "
					+ "jdbc:postgresql://127.0.0.1:5432/test, to give each test fork its own beside it: " + url);
		}
		return parts.group(1) + database(parts.group(2)) + ((parts.group(3) != null) ? parts.group(3) : "");
	}

	/**
	 * Creates this fork's PostgreSQL database unless it exists, connected to the
	 * configured one; once per JVM.
	 * @throws SQLException when the server does not answer or refuses
	 */
	public static synchronized void createPostgresDatabase() throws SQLException {
		String url = postgresUrl();
		if (url.equals(configuredUrl()) || CREATED.contains(url)) {
			return;
		}
		Matcher parts = DATABASE.matcher(url);
		parts.matches();
		String name = parts.group(2);
		try (Connection connection = connect(configuredUrl())) {
			boolean exists;
			try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
				query.setString(1, name);
				try (ResultSet found = query.executeQuery()) {
					exists = found.next();
				}
			}
			if (!exists) {
				try (Statement create = connection.createStatement()) {
					create.execute("CREATE DATABASE \"" + name.replace("\"", "\"\"") + "\"");
				}
			}
		}
		CREATED.add(url);
	}

	/** A connection as the tests' PostgreSQL user. */
	public static Connection connect(String url) throws SQLException {
		DriverManager.setLoginTimeout(3);
		return DriverManager.getConnection(url, env("CBCM_TEST_POSTGRES_USER", "postgres"),
				env("CBCM_TEST_POSTGRES_PASSWORD", ""));
	}

	private static String database(String configured) {
		return configured + "_" + number();
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value == null || value.isBlank()) ? fallback : value;
	}

}
