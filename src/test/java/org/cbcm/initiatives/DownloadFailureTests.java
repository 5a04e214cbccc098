package org.cbcm.initiatives;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.cbcm.demo.internal.DemoInitiatives;
import org.cbcm.identity.internal.TestAccounts;
import org.cbcm.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A download that fails half-way never looks like a success: before its first byte it is
 * an error answer, after it the connection breaks off without the end of the transfer, so
 * that browsers and scripts report the file as failed instead of keeping a shortened one.
 */
@IntegrationTest
class DownloadFailureTests {

	@Autowired
	DemoInitiatives demo;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@LocalServerPort
	int port;

	@BeforeEach
	void aRegistryLargerThanOneChunk() {
		InitiativeApiTests.clear(jdbc);
		demo.generate(600, 11, TestAccounts.viewerOf(TestAccounts.in(context).admin()));
	}

	@AfterEach
	void clear() {
		InitiativeApiTests.clear(jdbc);
	}

	@Test
	void a_failure_after_the_first_byte_breaks_the_transfer_off() throws IOException {
		// A row the second chunk reads, which the registry cannot read back.
		List<UUID> newest = jdbc
			.sql("SELECT initiative_id FROM initiative_entry e ORDER BY e.published_at DESC, e.initiative_id")
			.query(UUID.class)
			.list();
		jdbc.sql("UPDATE initiative_entry SET implementation = 'NOT_A_STATUS' WHERE initiative_id = ?")
			.param(newest.get(550))
			.update();
		for (String format : List.of("csv", "json")) {
			byte[] answer = get("/initiatives/download." + format + "?sort=NEWEST");
			String text = new String(answer, StandardCharsets.UTF_8);
			assertThat(text).as(format).startsWith("HTTP/1.1 200").contains("Transfer-Encoding: chunked");
			assertThat(text).as(format + ": the transfer must not end as if complete").doesNotEndWith("\r\n0\r\n\r\n");
		}
		String workbook = new String(get("/initiatives/download.xlsx?sort=NEWEST"), StandardCharsets.UTF_8);
		assertThat(workbook).startsWith("HTTP/1.1 500").doesNotContain("attachment");
	}

	private byte[] get(String target) throws IOException {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nAccept-Encoding: identity\r\n"
					+ "Connection: close\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			ByteArrayOutputStream read = new ByteArrayOutputStream();
			InputStream in = socket.getInputStream();
			byte[] buffer = new byte[65536];
			try {
				for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
					read.write(buffer, 0, n);
				}
			}
			catch (java.net.SocketException reset) {
				// A connection broken off by the server ends the answer too.
			}
			return read.toByteArray();
		}
	}

}
