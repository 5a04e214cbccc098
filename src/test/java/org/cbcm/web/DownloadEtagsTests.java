package org.cbcm.web;

import org.cbcm.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The downloads, streamed rather than held whole, answer a conditional GET as the pages
 * do: their ETag stands for the database's state, the address, the language and the
 * reader, so that a script that comes back while nothing changed gets a 304 without the
 * download being made again, and a full answer once something did.
 */
@IntegrationTest
class DownloadEtagsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void an_unchanged_download_is_a_304_and_a_changed_one_comes_again() throws Exception {
		for (String download : new String[] { "/initiatives/download.csv", "/initiatives/download.json",
				"/coordination/coverage.csv" }) {
			String etag = unchanged(download);
			assertThat(etag).as(download).startsWith("W/\"d");

			// Another language or another query is another download.
			assertThat(etag(get(download).header("Accept-Language", "fr"))).isNotEqualTo(etag);
			assertThat(etag(download + "?country=KEN")).isNotEqualTo(etag);

			// Any change to the database, whoever made it, moves the ETag on.
			jdbc.sql("UPDATE country SET centre_of_origin_note = 'etag test' WHERE code = 'NER'").update();
			jdbc.sql("UPDATE country SET centre_of_origin_note = NULL WHERE code = 'NER'").update();
			String changed = etag(download);
			assertThat(changed).isNotEqualTo(etag);
			mvc.perform(get(download).header("If-None-Match", etag)).andExpect(status().isOk());
		}
	}

	private String etag(String download) throws Exception {
		return etag(get(download));
	}

	/**
	 * Asks for the download, then again with its ETag: a 304 without a body, unless the
	 * database changed in between (on PostgreSQL any write to the server moves the ETag
	 * on: the tests in the other JVM write to their own database on the same server), in
	 * which case the answer is the download with another ETag, and the pair is asked for
	 * again.
	 * @return the ETag a 304 confirmed
	 */
	private String unchanged(String download) throws Exception {
		for (int attempt = 0; attempt < 50; attempt++) {
			String etag = etag(download);
			var again = mvc.perform(get(download).header("If-None-Match", etag)).andReturn().getResponse();
			if (again.getStatus() == 304) {
				assertThat(again.getContentAsByteArray()).isEmpty();
				assertThat(again.getHeader("ETag")).isEqualTo(etag);
				return etag;
			}
			assertThat(again.getStatus()).as(download).isEqualTo(200);
			assertThat(again.getHeader("ETag")).as("a full answer to an unchanged ETag").isNotEqualTo(etag);
		}
		throw new AssertionError(download + ": the database changed between every pair of 50 requests");
	}

	private String etag(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
			throws Exception {
		var answer = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse();
		assertThat(answer.getContentAsByteArray()).isNotEmpty();
		return answer.getHeader("ETag");
	}

}
