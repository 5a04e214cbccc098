package org.cbcm.identity;

import java.util.Locale;

import jakarta.servlet.http.Cookie;
import org.cbcm.identity.internal.TestAccounts;
import org.cbcm.shared.Grant;
import org.cbcm.shared.Role;
import org.cbcm.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The language a page speaks: a signed-in person's own language, else the {@code lang}
 * choice kept in a cookie, else the browser's {@code Accept-Language}, else English; the
 * API answers in the request's {@code Accept-Language}. A language cbcm does not offer is
 * said so, in the language the page is in, and changes nothing.
 */
@IntegrationTest
class LanguageChoiceTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	UserDetails person;

	@BeforeEach
	void aPerson() {
		TestAccounts people = TestAccounts.in(context);
		people.chooseLanguage(people.person("polyglot@people.test", new Grant(Role.SECRETARIAT, null, null)),
				Locale.ENGLISH);
		person = people.person("polyglot@people.test");
	}

	@Test
	void a_browser_gets_its_language_and_arabic_reads_right_to_left() throws Exception {
		mvc.perform(get("/countries").header("Accept-Language", "fr-CA,fr;q=0.9,en;q=0.5"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<html lang=\"fr\"\n\tdir=\"ltr\""),
					containsString("Pays"), containsString("Afrique du Sud"))));
		mvc.perform(get("/countries").header("Accept-Language", "ar"))
			.andExpect(content().string(allOf(containsString("<html lang=\"ar\"\n\tdir=\"rtl\""),
					containsString("bootstrap.rtl.min.css"), containsString("أفغانستان"))));
		mvc.perform(get("/countries").header("Accept-Language", "de-DE"))
			.andExpect(content().string(containsString("<html lang=\"en\"\n\tdir=\"ltr\"")));
	}

	@Test
	void the_lang_choice_is_kept_in_a_cookie_over_the_browsers_language() throws Exception {
		MvcResult chosen = mvc.perform(get("/").param("lang", "zh").header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(cookie().value("cbcm-language", "zh"))
			.andExpect(content().string(containsString("<html lang=\"zh\"")))
			.andReturn();
		Cookie kept = chosen.getResponse().getCookie("cbcm-language");
		mvc.perform(get("/action-plan").cookie(kept).header("Accept-Language", "fr"))
			.andExpect(content().string(allOf(containsString("<html lang=\"zh\""), containsString("关键要素"))));
	}

	@Test
	void an_unknown_language_is_refused_in_the_pages_language_and_changes_nothing() throws Exception {
		mvc.perform(get("/").param("lang", "xx").header("Accept-Language", "es"))
			.andExpect(status().isOk())
			.andExpect(cookie().doesNotExist("cbcm-language"))
			.andExpect(content().string(allOf(containsString("<html lang=\"es\""),
					containsString("cbcm no está disponible en el idioma «xx»"))));
		mvc.perform(get("/").param("lang", "\u0000<script>")).andExpect(status().is4xxClientError());
	}

	@Test
	void a_signed_in_persons_own_language_comes_first_and_the_switch_changes_it() throws Exception {
		TestAccounts.in(context).chooseLanguage(person, Locale.forLanguageTag("es"));
		mvc.perform(
				get("/").with(user(person)).cookie(new Cookie("cbcm-language", "fr")).header("Accept-Language", "ru"))
			.andExpect(content().string(containsString("<html lang=\"es\"")));

		mvc.perform(get("/").param("lang", "ru").with(user(person)))
			.andExpect(content().string(containsString("<html lang=\"ru\"")));
		assertThat(TestAccounts.in(context).language(person)).isEqualTo(Locale.forLanguageTag("ru"));
		mvc.perform(get("/account").with(user(person)).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("<html lang=\"ru\"")));
	}

	@Test
	void the_api_answers_in_the_requests_language() throws Exception {
		mvc.perform(get("/api/v1/countries/XYZ").header("Accept-Language", "fr"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("Il n’existe aucun pays ni aucune Partie portant le code « XYZ »."));
		TestAccounts.in(context).chooseLanguage(person, Locale.forLanguageTag("es"));
		// A token's principal is read afresh on every call
		person = TestAccounts.in(context).person("polyglot@people.test");
		mvc.perform(get("/api/v1/countries/XYZ").with(user(person)).header("Accept-Language", "fr"))
			.andExpect(jsonPath("$.detail", containsString("Il n’existe aucun pays")));
		mvc.perform(get("/api/v1/countries/XYZ").with(user(person)))
			.andExpect(jsonPath("$.detail", allOf(containsString("No existe ningún país"), not(containsString("’")))));
	}

}
