package org.cbcm.identity;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import org.cbcm.identity.internal.TestAccounts;
import org.cbcm.shared.Grant;
import org.cbcm.support.IntegrationTest;
import org.cbcm.support.Mailbox;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The sign-in page and what it tells the person who lands on it; and how fast passwords
 * may be tried: the same answers for accounts that exist and for those that do not, a
 * wait for an account name after repeated failures, an allowance of failures per client
 * address, and few reset mails to one address. Each test signs in from addresses of its
 * own (documentation ranges), as the allowances are kept per address.
 */
@IntegrationTest
class SignInTests {

	static final String WRONG = "The email or the password is wrong.";

	static final String SIGNED_OUT = "You have signed out.";

	static final String PASSWORD_SET = "Your password is set. Sign in with it.";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	GreenMail mailServer;

	@Test
	void the_sign_in_page_says_only_what_is_true() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Forgot your password?"), not(containsString(WRONG)),
					not(containsString(SIGNED_OUT)), not(containsString(PASSWORD_SET)))));
		mvc.perform(get("/login?error"))
			.andExpect(content().string(
					allOf(containsString(WRONG), not(containsString(SIGNED_OUT)), not(containsString(PASSWORD_SET)))));
		mvc.perform(get("/login?signed-out"))
			.andExpect(content().string(
					allOf(containsString(SIGNED_OUT), not(containsString(WRONG)), not(containsString(PASSWORD_SET)))));
		mvc.perform(get("/login?password-set"))
			.andExpect(content().string(
					allOf(containsString(PASSWORD_SET), not(containsString(WRONG)), not(containsString(SIGNED_OUT)))));
		mvc.perform(get("/login?password-changed"))
			.andExpect(content().string(allOf(containsString("Your password is changed, which signed you out"),
					containsString("revoked your API tokens"), not(containsString(PASSWORD_SET)),
					not(containsString(WRONG)))));
		mvc.perform(get("/login?throttled=60"))
			.andExpect(content().string(allOf(containsString("Too many failed sign-ins lately. Wait 60 seconds"),
					not(containsString(WRONG)), not(containsString(SIGNED_OUT)))));
	}

	@Test
	void accounts_that_exist_and_that_do_not_get_byte_identical_answers() throws Exception {
		String known = AccountJourneyTests.unique("known");
		TestAccounts.in(context).person(known, Grant.expert());
		String unknown = AccountJourneyTests.unique("unknown");
		List<String> knownAnswers = new ArrayList<>();
		List<String> unknownAnswers = new ArrayList<>();
		// Taken in turns, so that both meet the wait at the same moment.
		for (int attempt = 1; attempt <= 7; attempt++) {
			knownAnswers.add(answer(signIn(known, "Wrong-Guess-" + attempt, "198.51.100.21")));
			unknownAnswers.add(answer(signIn(unknown, "Wrong-Guess-" + attempt, "198.51.100.22")));
		}
		// Over HTTP Basic, with names of their own, whose waits start together too.
		String knownScript = AccountJourneyTests.unique("known.script");
		TestAccounts.in(context).person(knownScript, Grant.expert());
		String unknownScript = AccountJourneyTests.unique("unknown.script");
		for (int attempt = 1; attempt <= 7; attempt++) {
			knownAnswers.add(answer(basic(knownScript, "Wrong-Guess-" + attempt, "198.51.100.23")));
			unknownAnswers.add(answer(basic(unknownScript, "Wrong-Guess-" + attempt, "198.51.100.24")));
		}
		assertAlike(knownAnswers, unknownAnswers);
		assertThat(knownAnswers.get(0)).startsWith("302 ").contains("Location=[/login?error]");
		assertThat(knownAnswers.get(6)).startsWith("302 ").containsPattern("Location=\\[/login\\?throttled=(5\\d|60)]");
		assertThat(knownAnswers.get(7)).startsWith("401 ").contains("WWW-Authenticate=[Basic realm=\"cbcm\"]");
		assertThat(knownAnswers.get(13)).startsWith("429 ").contains("Retry-After=[60]");
	}

	@Test
	void after_five_failures_an_account_waits_even_for_the_right_password() throws Exception {
		String email = AccountJourneyTests.unique("guessed");
		TestAccounts.in(context).person(email, Grant.expert());
		for (int attempt = 1; attempt <= 5; attempt++) {
			mvc.perform(signIn(email, "Wrong-Guess-" + attempt, "198.51.100." + attempt))
				.andExpect(redirectedUrl("/login?error"));
		}
		// A minute's wait, a second of it perhaps gone by on a slow machine.
		assertThat(mvc.perform(signIn(email, TestAccounts.PASSWORD, "198.51.100.6"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).matches("/login\\?throttled=(5\\d|60)");
		mvc.perform(basic(email, TestAccounts.PASSWORD, "198.51.100.7"))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", org.hamcrest.Matchers.matchesPattern("59|60")))
			.andExpect(jsonPath("$.detail", org.hamcrest.Matchers
				.matchesPattern("Too many failed sign-ins lately: try again in (59|60) seconds\\.")));
		assertThat(jdbc
			.sql("SELECT detail FROM audit_event WHERE event_type = 'SIGN_IN_THROTTLED' AND actor_email = :email")
			.param("email", email)
			.query(String.class)
			.list()).hasSize(2).allMatch(detail -> detail.matches("account, wait (59|60) s"));
	}

	@Test
	void a_client_address_may_fail_twenty_times_and_must_then_wait_for_its_allowance_to_refill() throws Exception {
		String email = AccountJourneyTests.unique("neighbour");
		TestAccounts.in(context).person(email, Grant.expert());
		for (int attempt = 1; attempt <= 20; attempt++) {
			mvc.perform(signIn(AccountJourneyTests.unique("sprayed"), "Spring-2026!", "203.0.113.50"))
				.andExpect(redirectedUrl("/login?error"));
		}
		// The allowance refills evenly, a failure every 3 minutes in the tests' settings,
		// a
		// little of it already while the failures were being sent.
		assertThat(mvc.perform(signIn(email, TestAccounts.PASSWORD, "203.0.113.50"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).matches("/login\\?throttled=1[5-8]\\d");
		mvc.perform(basic(email, TestAccounts.PASSWORD, "203.0.113.50"))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", org.hamcrest.Matchers.matchesPattern("1[5-8]\\d")));
		mvc.perform(signIn(email, TestAccounts.PASSWORD, "203.0.113.51")).andExpect(redirectedUrl("/"));
	}

	@Test
	void an_address_gets_three_reset_mails_an_hour_and_the_page_says_the_same_each_time() throws Exception {
		String email = AccountJourneyTests.unique("flooded");
		TestAccounts.in(context).person(email, Grant.expert());
		List<String> pages = new ArrayList<>();
		for (int request = 1; request <= 20; request++) {
			String page = mvc.perform(post("/password-reset").with(csrf()).param("email", email))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString()
				.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
			pages.add(page);
		}
		assertThat(pages).containsOnly(pages.get(0));
		assertThat(pages.get(0)).contains("a link to set a new password is on its way");
		assertThat(new Mailbox(mailServer).to(email)).hasSize(3);
	}

	private static org.springframework.test.web.servlet.RequestBuilder signIn(String email, String password,
			String address) {
		return post("/login").param("email", email).param("password", password).with(csrf()).with(from(address));
	}

	private static org.springframework.test.web.servlet.RequestBuilder basic(String email, String password,
			String address) {
		return post("/api/v1/me/tokens")
			.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((email + ":" + password).getBytes()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"script\"}")
			.with(from(address));
	}

	static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	/** An answer whole: status, every header, and the body. */
	private String answer(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
		StringBuilder text = new StringBuilder().append(response.getStatus()).append(' ');
		for (String name : response.getHeaderNames()) {
			text.append(name).append('=').append(response.getHeaders(name)).append('\n');
		}
		return text.append(response.getContentAsString()).toString();
	}

	private static final java.util.regex.Pattern SECONDS = java.util.regex.Pattern
		.compile("(?<=throttled=|Retry-After=\\[)\\d+|\\d+(?= seconds?\\b)");

	/**
	 * The answers to the same attempts, the same but for the seconds of a wait: the rule
	 * is the same for both, counted down to the second, and the two answers are read a
	 * moment apart, so a second may tick between them, no more.
	 */
	private static void assertAlike(List<String> known, List<String> unknown) {
		assertThat(known).hasSameSizeAs(unknown);
		for (int i = 0; i < known.size(); i++) {
			assertThat(SECONDS.matcher(known.get(i)).replaceAll("<s>"))
				.isEqualTo(SECONDS.matcher(unknown.get(i)).replaceAll("<s>"));
			List<Integer> a = SECONDS.matcher(known.get(i)).results().map(r -> Integer.valueOf(r.group())).toList();
			List<Integer> b = SECONDS.matcher(unknown.get(i)).results().map(r -> Integer.valueOf(r.group())).toList();
			for (int j = 0; j < a.size(); j++) {
				assertThat(Math.abs(a.get(j) - b.get(j))).as("seconds to wait, attempt " + (i + 1))
					.isLessThanOrEqualTo(1);
			}
		}
	}

}
