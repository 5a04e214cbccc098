package org.cbcm.support;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test that needs Node.js tools (run with {@code npx}) only where {@code npx}
 * answers. On a developer's machine without Node.js the test is skipped; with
 * {@code CI=true} it fails instead, as a missing database or browser does.
 */
public class NpmAvailable implements ExecutionCondition {

	private static volatile Boolean answers;

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (npxAnswers()) {
			return ConditionEvaluationResult.enabled("npx answers");
		}
		if (Ci.required()) {
			throw new IllegalStateException("CI=true, but npx does not answer: install Node.js 20 or newer with npm");
		}
		return ConditionEvaluationResult.disabled("npx does not answer (Node.js with npm is not installed)");
	}

	private static synchronized boolean npxAnswers() {
		if (answers == null) {
			try {
				Process npx = new ProcessBuilder("npx", "--version").redirectErrorStream(true)
					.redirectOutput(ProcessBuilder.Redirect.DISCARD)
					.start();
				answers = npx.waitFor(30, TimeUnit.SECONDS) && npx.exitValue() == 0;
			}
			catch (IOException ex) {
				answers = false;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				answers = false;
			}
		}
		return answers;
	}

}
