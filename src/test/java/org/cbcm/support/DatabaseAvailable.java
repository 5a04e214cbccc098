package org.cbcm.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs integration tests on PostgreSQL only when a server answers. On a developer's
 * machine without one they are skipped; with {@code CI=true} a missing server fails the
 * run instead, so that CI cannot pass without having tested on PostgreSQL.
 */
public class DatabaseAvailable implements ExecutionCondition {

	private static volatile Boolean reachable;

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (!onPostgres()) {
			return ConditionEvaluationResult.enabled("runs on the embedded H2 database");
		}
		if (postgresAnswers()) {
			return ConditionEvaluationResult.enabled("PostgreSQL answers at " + TestFork.postgresUrl());
		}
		if (Ci.required()) {
			throw new IllegalStateException("CI=true, but PostgreSQL does not answer at " + url()
					+ "; start it (see .ci/run) or set CBCM_TEST_POSTGRES_URL");
		}
		return ConditionEvaluationResult.disabled("PostgreSQL does not answer at " + url());
	}

	/** Whether this run is the one on PostgreSQL. */
	public static boolean onPostgres() {
		return Arrays.asList(System.getProperty("spring.profiles.active", "").split(",")).contains("postgresql");
	}

	private static synchronized boolean postgresAnswers() {
		if (reachable == null) {
			try (Connection connection = TestFork.connect(url())) {
				reachable = connection.isValid(3);
			}
			catch (SQLException ex) {
				reachable = false;
			}
			if (reachable) {
				// This fork's own database beside the configured one (TestFork): a server
				// that answers but refuses to create it fails the tests, CI or not.
				try {
					TestFork.createPostgresDatabase();
				}
				catch (SQLException ex) {
					throw new IllegalStateException("PostgreSQL answers at " + url()
							+ ", but cannot create the test fork's database " + TestFork.postgresUrl(), ex);
				}
			}
		}
		return reachable;
	}

	private static String url() {
		return TestFork.configuredUrl();
	}

}
