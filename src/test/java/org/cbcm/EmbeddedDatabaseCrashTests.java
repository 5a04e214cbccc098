package org.cbcm;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * What the API confirmed is there after a crash of the embedded database: cbcm runs in a
 * JVM of its own on an H2 file database, as {@code ./mvnw spring-boot:run} runs it, while
 * a few clients create and publish initiatives; the JVM is killed (SIGKILL) in the midst
 * of their writes and started again on the same files, and every write it had answered
 * with 2xx is there, in the record and in the public read model. A database made with the
 * old setting gets the new one. Not tagged {@code database}: it is about H2 and runs in
 * the default test run only.
 */
class EmbeddedDatabaseCrashTests {

	private static final String ADMIN = "admin@crash.test";

	private static final String PASSWORD = "Crash-Test-Key-2026!";

	private static final int WRITERS = 4;

	private static final Pattern PORT = Pattern.compile("Tomcat started on port (\\d+)");

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final JsonMapper json = JsonMapper.builder().build();

	/** A word that only this run's titles have, for the text search. */
	private final String marker = "crashcheck" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

	@TempDir
	Path folder;

	/** An initiative the API confirmed creating: its id and title. */
	record Created(String id, String title) {
	}

	@Test
	@Timeout(value = 150, unit = TimeUnit.SECONDS)
	void every_write_the_api_confirmed_survives_a_kill_of_the_jvm() throws Exception {
		Server first = Server.start(folder, "first");
		Queue<Created> created = new ConcurrentLinkedQueue<>();
		Set<String> published = ConcurrentHashMap.newKeySet();
		Queue<String> refused = new ConcurrentLinkedQueue<>();
		AtomicBoolean stop = new AtomicBoolean();
		ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
		try {
			String token = token(first);
			for (int writer = 0; writer < WRITERS; writer++) {
				int number = writer;
				writers.submit(() -> write(first, token, number, stop, created, published, refused));
			}
			long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
			while ((created.size() < 60 || published.size() < 20) && System.nanoTime() < deadline) {
				Thread.sleep(50);
			}
			// In the midst of the writes: some are confirmed an instant before the kill,
			// some are under way and never answered.
			first.kill();
		}
		finally {
			stop.set(true);
			writers.shutdown();
			writers.awaitTermination(20, TimeUnit.SECONDS);
			first.kill();
		}
		assertThat(refused).as("writes the API refused").isEmpty();
		assertThat(created).as("initiatives the API confirmed creating before the kill").hasSizeGreaterThan(20);
		assertThat(published).as("publications the API confirmed before the kill").isNotEmpty();

		Server second = Server.start(folder, "second");
		try {
			String token = token(second);
			List<String> lost = new ArrayList<>();
			for (Created initiative : created) {
				HttpResponse<String> response = send(second,
						HttpRequest.newBuilder(second.uri("/api/v1/initiatives/" + initiative.id()))
							.header("Authorization", "Bearer " + token)
							.GET());
				if (response.statusCode() != 200) {
					lost.add("created " + initiative + ": " + response.statusCode());
					continue;
				}
				JsonNode record = json.readTree(response.body());
				assertThat(record.get("draft").get("title").asString()).isEqualTo(initiative.title());
				if (published.contains(initiative.id())) {
					if (!"PUBLISHED".equals(record.get("status").asString())) {
						lost.add("published " + initiative + ": " + record.get("status").asString());
					}
				}
			}
			assertThat(lost)
				.as("writes confirmed before the kill and missing after the restart (%d created, %d published)",
						created.size(), published.size())
				.isEmpty();
			assertThat(searched(second)).as("the public search finds every initiative whose publication was confirmed")
				.containsAll(published);
		}
		finally {
			second.stop();
		}
	}

	@Test
	void a_database_made_before_writes_became_immediate_writes_them_immediately_too() throws Exception {
		Path files = folder.resolve("older");
		try (Connection older = DriverManager.getConnection("jdbc:h2:file:" + files + "/cbcm;MODE=PostgreSQL", "sa",
				"")) {
			older.createStatement().execute("SET WRITE_DELAY 500");
		}
		String url = new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yml"))
			.get(0)
			.getProperty("spring.datasource.url")
			.toString()
			.replace("${cbcm.data-dir}", files.toString());
		try (Connection connection = DriverManager.getConnection(url, "sa", "");
				ResultSet setting = connection.createStatement()
					.executeQuery(
							"SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")) {
			assertThat(setting.next()).isTrue();
			assertThat(setting.getString(1)).as("the write delay of %s", url).isEqualTo("0");
		}
	}

	/**
	 * One client's writes: it creates initiatives and publishes every other one, until
	 * the server stops answering.
	 */
	private void write(Server server, String token, int writer, AtomicBoolean stop, Queue<Created> created,
			Set<String> published, Queue<String> refused) {
		for (int number = 0; !stop.get(); number++) {
			String title = "Biosafety training %s %d-%d".formatted(marker, writer, number);
			try {
				HttpResponse<String> response = send(server,
						HttpRequest.newBuilder(server.uri("/api/v1/initiatives"))
							.header("Authorization", "Bearer " + token)
							.header("Content-Type", "application/json")
							.POST(HttpRequest.BodyPublishers.ofString(
									"""
											{"owner": "KEN", "initiative": {"title": "%s", "geography": {"scope": "NATIONAL",
											 "countries": [{"country": "KEN"}]}, "focus": {"keyElements": [{"element": "12(b)"}]}}}"""
										.formatted(title))));
				if (response.statusCode() != 201) {
					refused.add("creating answered " + response.statusCode() + ": " + response.body());
					return;
				}
				JsonNode record = json.readTree(response.body());
				String id = record.get("id").asString();
				created.add(new Created(id, title));
				if (number % 2 == 0) {
					HttpResponse<String> publication = send(server,
							HttpRequest.newBuilder(server.uri("/api/v1/initiatives/" + id + "/publish"))
								.header("Authorization", "Bearer " + token)
								.header("Content-Type", "application/json")
								.POST(HttpRequest.BodyPublishers
									.ofString("{\"version\": " + record.get("version").asInt() + "}")));
					if (publication.statusCode() != 200) {
						refused.add("publishing answered " + publication.statusCode() + ": " + publication.body());
						return;
					}
					published.add(id);
				}
			}
			catch (IOException ex) {
				return; // the server is gone
			}
		}
	}

	/** The identifiers of the published initiatives the text search finds. */
	private Set<String> searched(Server server) throws IOException {
		Set<String> found = new HashSet<>();
		for (int page = 0;; page++) {
			HttpResponse<String> response = send(server,
					HttpRequest.newBuilder(server.uri("/api/v1/initiatives?size=500&page=" + page + "&q=" + marker))
						.GET());
			assertThat(response.statusCode()).isEqualTo(200);
			JsonNode result = json.readTree(response.body());
			result.get("content").forEach(summary -> found.add(summary.get("id").asString()));
			if (page + 1 >= result.get("totalPages").asInt()) {
				return found;
			}
		}
	}

	/** The administrator's first API token, for HTTP Basic. */
	private String token(Server server) throws IOException {
		HttpResponse<String> response = send(server,
				HttpRequest.newBuilder(server.uri("/api/v1/me/tokens"))
					.header("Authorization",
							"Basic " + Base64.getEncoder()
								.encodeToString((ADMIN + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"crash test\", \"days\": 1}")));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return json.readTree(response.body()).get("token").asString();
	}

	private HttpResponse<String> send(Server server, HttpRequest.Builder request) throws IOException {
		try {
			return http.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted", ex);
		}
	}

	/**
	 * cbcm in a JVM of its own, with the tests' classpath but the application's own
	 * configuration (the embedded H2 file database in the data directory), on a port of
	 * its choosing, its output in a file of the folder.
	 */
	record Server(Process process, int port, Path log) {

		static Server start(Path folder, String name) throws IOException, InterruptedException {
			Path log = folder.resolve(name + ".log");
			ProcessBuilder builder = new ProcessBuilder(
					Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m",
					"-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
					CbcmApplication.class.getName(), "--spring.config.location=classpath:/application.yml",
					"--server.port=0", "--cbcm.data-dir=" + folder.resolve("data"), "--cbcm.admin.email=" + ADMIN,
					"--cbcm.admin.password=" + PASSWORD)
				.redirectErrorStream(true)
				.redirectOutput(log.toFile());
			Map<String, String> environment = builder.environment();
			environment.keySet().removeIf(variable -> variable.startsWith("SPRING_") || variable.startsWith("CBCM_"));
			Process process = builder.start();
			long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
			while (System.nanoTime() < deadline) {
				if (!process.isAlive()) {
					fail("cbcm stopped with %d:%n%s", process.exitValue(), Files.readString(log));
				}
				Matcher started = PORT.matcher(Files.readString(log));
				if (started.find()) {
					Server server = new Server(process, Integer.parseInt(started.group(1)), log);
					if (server.ready()) {
						return server;
					}
				}
				Thread.sleep(200);
			}
			process.destroyForcibly().waitFor();
			return fail("cbcm did not start within 90 seconds:%n%s", Files.readString(log));
		}

		URI uri(String path) {
			return URI.create("http://127.0.0.1:" + port + path);
		}

		private boolean ready() throws InterruptedException {
			try {
				return HttpClient.newHttpClient()
					.send(HttpRequest.newBuilder(uri("/actuator/health/readiness"))
						.timeout(Duration.ofSeconds(5))
						.build(), HttpResponse.BodyHandlers.discarding())
					.statusCode() == 200;
			}
			catch (IOException ex) {
				return false;
			}
		}

		/** SIGKILL: no shutdown hook runs, nothing is flushed. */
		void kill() throws InterruptedException {
			process.destroyForcibly();
			process.waitFor(20, TimeUnit.SECONDS);
		}

		void stop() throws InterruptedException {
			process.destroy();
			if (!process.waitFor(20, TimeUnit.SECONDS)) {
				kill();
			}
		}

	}

}
