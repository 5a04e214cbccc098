package org.cbcm.identity;

import org.cbcm.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The sign-in page and what it tells the person who lands on it.
 */
@IntegrationTest
class SignInTests {

	static final String WRONG = "The email or the password is wrong.";

	static final String SIGNED_OUT = "You have signed out.";

	static final String PASSWORD_SET = "Your password is set. Sign in with it.";

	@Autowired
	MockMvc mvc;

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
	}

}
