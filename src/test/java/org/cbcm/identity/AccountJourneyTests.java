package org.cbcm.identity;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import org.cbcm.identity.internal.TestAccounts;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.Role;
import org.cbcm.support.IntegrationTest;
import org.cbcm.support.Mailbox;
import org.cbcm.support.RawHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A person's way into cbcm through the pages: invited by the Secretariat or a focal
 * point, setting a password from the mailed link, signing in, resetting a forgotten
 * password; and the refusals on the way.
 */
@IntegrationTest
class AccountJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	GreenMail mailServer;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	Mailbox mail;

	TestAccounts people;

	@BeforeEach
	void setUp() {
		mail = new Mailbox(mailServer);
		people = TestAccounts.in(context);
	}

	@Test
	void the_secretariat_invites_a_focal_point_who_sets_a_password_from_the_mail_and_signs_in() throws Exception {
		String email = unique("nfp.kenya");
		MvcResult created = mvc
			.perform(post("/admin/users").with(user(people.admin()))
				.with(csrf())
				.param("email", email)
				.param("name", "Wanjiku Mwangi")
				.param("language", "en")
				.param("role", "NATIONAL_FOCAL_POINT")
				.param("country", "KEN"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/admin/users/*"))
			.andReturn();
		mvc.perform(get(created.getResponse().getRedirectedUrl()).with(user(people.admin()))
			.flashAttrs(created.getFlashMap()))
			.andExpect(content().string(containsString("The invitation is sent by mail.")));

		MimeMessage invitation = mail.last(email);
		assertThat(Mailbox.subject(invitation)).isEqualTo("Your invitation to cbcm");
		assertThat(Mailbox.body(invitation))
			.contains("Dear Wanjiku Mwangi", "Administrator invites you", "as national focal point of Kenya.",
					"sign in with this email address at http://localhost:8080/login")
			.containsPattern("until \\d{1,2} [A-Z][a-z]+ 20\\d\\d, \\d\\d:\\d\\d UTC\\)")
			.doesNotContainPattern("\\d{4}-\\d\\d-\\d\\dT");
		String link = Mailbox.linkPath(invitation, "/invitations/");

		mvc.perform(get(link))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Welcome, Wanjiku Mwangi")));
		mvc.perform(post(link).with(csrf()).param("password", "short").param("repeated", "short"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("The password needs at least 12 characters."),
					containsString("aria-invalid=\"true\""))));
		mvc.perform(post(link).with(csrf())
			.param("password", "Nairobi-Biosafety-2026")
			.param("repeated", "Nairobi-Biosafety-2027"))
			.andExpect(content().string(containsString("The two passwords differ.")));
		mvc.perform(post(link).with(csrf())
			.param("password", "Nairobi-Biosafety-2026")
			.param("repeated", "Nairobi-Biosafety-2026")).andExpect(redirectedUrl("/login?password-set"));
		mvc.perform(get(link))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString("This link was already used.")));

		mvc.perform(formLogin("/login").user("email", email).password("password", "Nairobi-Biosafety-2026"))
			.andExpect(redirectedUrl("/"));
		mvc.perform(get("/account").with(user(people.person(email))))
			.andExpect(content().string(allOf(containsString("National focal point"), containsString(email))));
		assertThat(auditTypes(email)).contains("USER_CREATED", "ROLE_GRANTED", "INVITATION_SENT", "INVITATION_ACCEPTED",
				"SIGN_IN");
	}

	/**
	 * The language chosen on the invitation is the invitee's: the mail comes in it, and
	 * so do the pages of the link and, once signed in, every page.
	 */
	@Test
	void an_invitation_in_french_is_written_in_french_and_so_are_the_invitees_pages() throws Exception {
		String email = unique("pf.senegal");
		mvc.perform(post("/admin/users").with(user(people.admin()))
			.with(csrf())
			.param("email", email)
			.param("name", "Awa Diop")
			.param("language", "fr")
			.param("role", "NATIONAL_FOCAL_POINT")
			.param("country", "SEN")).andExpect(status().is3xxRedirection());

		MimeMessage invitation = mail.last(email);
		assertThat(Mailbox.subject(invitation)).isEqualTo("Votre invitation à cbcm");
		assertThat(Mailbox.body(invitation))
			.contains("Bonjour Awa Diop,", "en tant que correspondant national", "Sénégal")
			.containsPattern(
					"\\d{1,2} (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) 20\\d\\d")
			.doesNotContain("Dear", "invites you");
		mvc.perform(get("/account").with(user(people.person(email))))
			.andExpect(content().string(allOf(containsString("<html lang=\"fr\""), containsString(email))));
	}

	@Test
	void an_expired_invitation_says_so() throws Exception {
		String email = unique("late");
		invite(email);
		String link = Mailbox.linkPath(mail.last(email), "/invitations/");
		jdbc.sql(
				"UPDATE user_link SET expires_at = :past WHERE user_id = (SELECT id FROM app_user WHERE email_key = :email)")
			.param("past", java.time.OffsetDateTime.now().minusDays(1))
			.param("email", email)
			.update();
		mvc.perform(get(link))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString("This link has expired.")));
		mvc.perform(post(link).with(csrf())
			.param("password", "Nairobi-Biosafety-2026")
			.param("repeated", "Nairobi-Biosafety-2026")).andExpect(status().isGone());
	}

	@Test
	void a_new_invitation_replaces_the_old_link() throws Exception {
		String email = unique("twice");
		invite(email);
		String first = Mailbox.linkPath(mail.last(email), "/invitations/");
		String id = jdbc.sql("SELECT id FROM app_user WHERE email_key = :email")
			.param("email", email)
			.query(String.class)
			.single();
		mvc.perform(post("/admin/users/" + id + "/invitation").with(user(people.admin())).with(csrf()))
			.andExpect(status().is3xxRedirection());
		String second = Mailbox.linkPath(mail.last(email), "/invitations/");
		assertThat(second).isNotEqualTo(first);
		mvc.perform(get(first)).andExpect(status().isGone());
		mvc.perform(get(second)).andExpect(status().isOk());
	}

	@Test
	void the_new_user_form_names_the_field_at_fault_and_saves_nothing() throws Exception {
		String email = unique("bad");
		mvc.perform(post("/admin/users").with(user(people.admin()))
			.with(csrf())
			.param("email", "not-an-email")
			.param("name", "X")
			.param("language", "en")
			.param("role", "NATIONAL_FOCAL_POINT")
			.param("country", "KEN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("&#39;not-an-email&#39; is not an email address.")));
		mvc.perform(post("/admin/users").with(user(people.admin()))
			.with(csrf())
			.param("email", email)
			.param("name", "X")
			.param("language", "en")
			.param("role", "NATIONAL_FOCAL_POINT"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The role National focal point needs a country.")));
		mvc.perform(post("/admin/users").with(user(people.admin()))
			.with(csrf())
			.param("email", email)
			.param("name", "X")
			.param("language", "en")
			.param("role", "NATIONAL_USER")
			.param("country", "QQQ"))
			.andExpect(content().string(containsString("There is no country or Party with the code &#39;QQQ&#39;.")));
		mvc.perform(post("/admin/users").with(user(people.admin()))
			.with(csrf())
			.param("email", email)
			.param("name", "x".repeat(201))
			.param("language", "en")
			.param("role", "EXPERT"))
			.andExpect(content().string(containsString("Give a name of at most 200 characters.")));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM app_user WHERE email_key = :email")
			.param("email", email)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void a_focal_point_invites_national_users_of_its_own_country_only() throws Exception {
		UserDetails focalPoint = people.holding(Role.NATIONAL_FOCAL_POINT, CountryCode.of("KEN"));
		String email = unique("national");
		mvc.perform(post("/countries/KEN/users").with(user(focalPoint))
			.with(csrf())
			.param("email", email)
			.param("name", "Otieno")
			.param("language", "fr")).andExpect(redirectedUrl("/countries/KEN/users"));
		// In the invitee's language.
		assertThat(Mailbox.body(mail.last(email))).contains("/invitations/", "en tant qu")
			.containsPattern(
					"jusqu’au \\d{1,2} (janvier|f=C3=A9vrier|février|mars|avril|mai|juin|juillet|ao=C3=BBt|août"
							+ "|septembre|octobre|novembre|d=C3=A9cembre|décembre) 20\\d\\d, \\d\\d:\\d\\d UTC");
		mvc.perform(get("/countries/KEN/users").with(user(focalPoint)))
			.andExpect(content().string(allOf(containsString(email), containsString("invited, no password yet"))));
		mvc.perform(post("/countries/UGA/users").with(user(focalPoint))
			.with(csrf())
			.param("email", unique("x"))
			.param("name", "X")).andExpect(status().isForbidden());
		mvc.perform(post("/countries/KEN/users").with(user(people.holding(Role.NATIONAL_USER, CountryCode.of("KEN"))))
			.with(csrf())
			.param("email", unique("y"))
			.param("name", "Y")).andExpect(status().isForbidden());
	}

	@Test
	void a_session_follows_the_account_roles_taken_away_and_a_disabled_account_apply_at_once() throws Exception {
		String email = unique("revoked");
		people.person(email, org.cbcm.shared.Grant.of(Role.NATIONAL_FOCAL_POINT, CountryCode.of("KEN")));
		MockHttpSession session = (MockHttpSession) mvc
			.perform(formLogin("/login").user("email", email).password("password", TestAccounts.PASSWORD))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getRequest()
			.getSession();
		mvc.perform(get("/countries/KEN/users").session(session)).andExpect(status().isOk());
		String id = jdbc.sql("SELECT id FROM app_user WHERE email_key = :email")
			.param("email", email)
			.query(String.class)
			.single();

		mvc.perform(post("/admin/users/" + id + "/grants/revoke").with(user(people.admin()))
			.with(csrf())
			.param("role", "NATIONAL_FOCAL_POINT")
			.param("country", "KEN")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/countries/KEN/users").session(session)).andExpect(status().isForbidden());

		mvc.perform(post("/admin/users/" + id + "/enabled").with(user(people.admin()))
			.with(csrf())
			.param("enabled", "false")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/account").session(session)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void mailed_links_point_to_the_configured_address_whatever_host_the_request_names() throws Exception {
		String email = unique("host");
		people.person(email, org.cbcm.shared.Grant.expert());
		mvc.perform(post("/password-reset").with(csrf()).header("Host", "evil.example").param("email", email))
			.andExpect(status().isOk());
		assertThat(Mailbox.body(mail.last(email))).contains("http://localhost:8080/password-reset/")
			.doesNotContain("evil.example");
	}

	@Test
	void a_focal_point_cannot_take_over_an_existing_account() throws Exception {
		UserDetails focalPoint = people.holding(Role.NATIONAL_FOCAL_POINT, CountryCode.of("KEN"));
		mvc.perform(post("/countries/KEN/users").with(user(focalPoint))
			.with(csrf())
			.param("email", "admin@cbcm.test")
			.param("name", "Admin"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ask the Secretariat to give it the role")));
		assertThat(jdbc
			.sql("SELECT COUNT(*) FROM user_grant g JOIN app_user u ON u.id = g.user_id "
					+ "WHERE u.email_key = 'admin@cbcm.test' AND g.role = 'NATIONAL_USER'")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void a_forgotten_password_is_reset_by_a_mailed_link_without_telling_who_has_an_account() throws Exception {
		String email = unique("forgetful");
		people.person(email, org.cbcm.shared.Grant.expert());
		mvc.perform(post("/password-reset").with(csrf()).param("email", email))
			.andExpect(content().string(containsString("If an account has this email")));
		mvc.perform(post("/password-reset").with(csrf()).param("email", unique("nobody")))
			.andExpect(content().string(containsString("If an account has this email")));
		assertThat(Mailbox.body(mail.last(email)))
			.containsPattern("until \\d{1,2} [A-Z][a-z]+ 20\\d\\d, \\d\\d:\\d\\d UTC\\)")
			.doesNotContainPattern("\\d{4}-\\d\\d-\\d\\dT");
		String link = Mailbox.linkPath(mail.last(email), "/password-reset/");
		mvc.perform(post(link).with(csrf())
			.param("password", "Another-Strong-Pass-9")
			.param("repeated", "Another-Strong-Pass-9")).andExpect(redirectedUrl("/login?password-set"));
		mvc.perform(formLogin("/login").user("email", email).password("password", "Another-Strong-Pass-9"))
			.andExpect(redirectedUrl("/"));
		mvc.perform(get(link)).andExpect(status().isGone());
	}

	@Test
	void a_person_changes_their_password_only_with_the_current_one() throws Exception {
		String email = unique("changer");
		UserDetails person = people.person(email, org.cbcm.shared.Grant.expert());
		mvc.perform(post("/account/password").with(user(person))
			.with(csrf())
			.param("current", "wrong")
			.param("password", "Brand-New-Pass-77")
			.param("repeated", "Brand-New-Pass-77"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The current password is wrong.")));
		mvc.perform(post("/account/password").with(user(person))
			.with(csrf())
			.param("current", TestAccounts.PASSWORD)
			.param("password", "Brand-New-Pass-77")
			.param("repeated", "Brand-New-Pass-77")).andExpect(redirectedUrl("/login?password-changed"));
		mvc.perform(formLogin("/login").user("email", email).password("password", "Brand-New-Pass-77"))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void signing_in_changes_the_session_and_forms_need_their_csrf_token() throws Exception {
		// Over a plain socket, as a browser does it: the session cookie the sign-in page
		// set is sent with the sign-in, and the answer must replace it by another, with
		// which the person is signed in, while the old one is not (session fixation).
		String email = unique("fixation");
		people.person(email, org.cbcm.shared.Grant.expert());
		RawHttp http = new RawHttp(port, "localhost");
		RawHttp.Answer page = http.get("/login");
		String before = page.sessionCookie();
		RawHttp.Answer signedIn = http.post("/login", "email=" + encoded(email) + "&password="
				+ encoded(TestAccounts.PASSWORD) + "&_csrf=" + encoded(page.csrfToken()), "Cookie: " + before);
		assertThat(signedIn.status()).isEqualTo(302);
		assertThat(signedIn.all("Set-Cookie")).as("signing in sets a new session cookie")
			.anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID="));
		String after = signedIn.sessionCookie();
		assertThat(after).isNotEqualTo(before);
		assertThat(http.get("/account", "Cookie: " + after).status()).isEqualTo(200);
		RawHttp.Answer fixed = http.get("/account", "Cookie: " + before);
		assertThat(fixed.status()).as("the session id known before signing in is not signed in").isEqualTo(302);
		assertThat(fixed.header("Location")).isEqualTo("/login");

		mvc.perform(post("/account/profile").with(user(people.admin()))
			.param("version", "0")
			.param("name", "X")
			.param("language", "en")).andExpect(status().isForbidden());
	}

	private static String encoded(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	@Test
	void pages_carry_security_headers() throws Exception {
		mvc.perform(get("/"))
			.andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
			.andExpect(header().string("Cache-Control", "no-cache"));
		mvc.perform(get("/account").with(user(people.admin())))
			.andExpect(header().string("Cache-Control", startsWith("private, no-store")));
	}

	@Test
	void the_audit_log_is_the_secretariats_to_read_and_filter() throws Exception {
		mvc.perform(get("/admin/audit?type=SIGN_IN_FAILED").with(user(people.admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Audit log")));
		mvc.perform(get("/admin/audit?from=2026-02-01&to=2026-01-01").with(user(people.admin())))
			.andExpect(status().isBadRequest());
	}

	private void invite(String email) throws Exception {
		mvc.perform(post("/admin/users").with(user(people.admin()))
			.with(csrf())
			.param("email", email)
			.param("name", "Someone")
			.param("language", "en")
			.param("role", "EXPERT")).andExpect(status().is3xxRedirection());
	}

	private java.util.List<String> auditTypes(String email) {
		return jdbc.sql(
				"SELECT event_type FROM audit_event WHERE LOWER(subject_email) = :email OR LOWER(actor_email) = :email")
			.param("email", email.toLowerCase())
			.query(String.class)
			.list();
	}

	static String unique(String name) {
		return name + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
	}

}
