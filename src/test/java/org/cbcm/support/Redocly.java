package org.cbcm.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Redocly's OpenAPI linter, run through npx at a fixed version on a description written
 * to a folder of the build, answering its JSON report (the tests that run it skip or fail
 * without npm: {@link NpmAvailable}).
 */
public final class Redocly {

	/** The linter, at the version the tests were written against. */
	public static final String VERSION = "@redocly/cli@2.77.0";

	private Redocly() {
	}

	/**
	 * Lints {@code api-docs.json} in the folder with the given options ({@code --extends
	 * recommended}, or {@code --config redocly.yaml} for a file already there).
	 * @return the report: its {@code problems}, each with {@code ruleId},
	 * {@code severity}, {@code message} and {@code location}
	 */
	public static JsonNode lint(Path directory, JsonMapper json, String... options)
			throws IOException, InterruptedException {
		Path report = directory.resolve("redocly.json");
		Path log = directory.resolve("redocly.log");
		List<String> command = new ArrayList<>(List.of("npx", "--yes", VERSION, "lint"));
		command.addAll(List.of(options));
		command.addAll(List.of("--format", "json", "--max-problems", "10000", "api-docs.json"));
		ProcessBuilder lint = new ProcessBuilder(command).directory(directory.toFile())
			.redirectOutput(report.toFile())
			.redirectError(log.toFile());
		lint.environment().put("REDOCLY_TELEMETRY", "off");
		lint.environment().put("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
		lint.environment().put("NPM_CONFIG_UPDATE_NOTIFIER", "false");
		Process process = lint.start();
		if (!process.waitFor(Duration.ofMinutes(5).toSeconds(), TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError("Redocly did not finish within 5 minutes; see " + log);
		}
		try {
			return json.readTree(Files.readString(report));
		}
		catch (RuntimeException ex) {
			throw new AssertionError("Redocly wrote no report: " + Files.readString(log), ex);
		}
	}

}
