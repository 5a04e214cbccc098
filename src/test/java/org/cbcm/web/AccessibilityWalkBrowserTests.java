package org.cbcm.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.Cookie;
import org.cbcm.demo.internal.DemoInitiatives;
import org.cbcm.identity.internal.TestAccounts;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.DeclaredEndpoints;
import org.cbcm.shared.Endpoint;
import org.cbcm.shared.OrganisationId;
import org.cbcm.shared.Role;
import org.cbcm.shared.Viewer;
import org.cbcm.support.Accessibility;
import org.cbcm.support.Accessibility.Violation;
import org.cbcm.support.Browser;
import org.cbcm.support.BrowserTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.server.PathContainer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.pattern.PathPatternParser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page of cbcm in every interface language, in one real browser: the public pages,
 * the main forms submitted empty (their error state), the maps, and the pages of the
 * Secretariat, a national focal point and an organisation's reporter. On each page
 * axe-core checks the WCAG 2.1 A and AA rules, and the page itself is checked for what
 * axe does not check: exactly one {@code h1} and no skipped heading level, the main,
 * navigation and footer landmarks, {@code lang} and {@code dir} on {@code <html>}
 * ({@code rtl} for Arabic), an alternate link per language and {@code x-default}, and a
 * text alternative for every chart and map. The outcome, page by page and language by
 * language, is written to {@code target/accessibility/report.md}; the test fails on any
 * violation.
 * <p>
 * Which pages there are comes from the endpoint declarations: every GET endpoint is
 * either walked here or listed with the reason why it is not a page to check, so that a
 * new page fails this test until it joins the walk.
 * <p>
 * Like every browser test this runs once, on the embedded H2 database
 * ({@link BrowserTest}): what a page looks like does not depend on the database that
 * filled it, and the run on PostgreSQL tests the same pages' queries without a browser.
 * One browser serves the whole walk, with one context per language, each page loaded once
 * and axe injected once per page; colour contrast, the same in every language, is checked
 * in English and Arabic ({@link #CONTRAST}). Every rule of axe runs on every page in
 * English and in Arabic, right to left ({@link #FULL}); in French, Spanish, Russian and
 * Chinese the rules that the wording can break ({@link #WORDING_RULES}) run on every
 * page, and all the others too where the page is built differently from the English one
 * ({@link #STRUCTURE}), so that only the wording differs where they are left out.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityWalkBrowserTests {

	static final List<String> LANGUAGES = List.of("en", "fr", "es", "ru", "zh", "ar");

	/**
	 * The languages in which colour contrast is checked, axe's costliest rule on long
	 * pages, which finds the same in every language: the colours, sizes and weights of
	 * text come from the style sheets, which are the same for all of them but for the
	 * direction. English left to right and Arabic right to left stand for the others.
	 */
	static final Set<String> CONTRAST = Set.of("en", "ar");

	/**
	 * The languages in which every rule of axe runs on every page: English, and Arabic
	 * for the other direction. In the other languages the pages come from the same
	 * templates, left to right, with other words in them: what the words can break (a
	 * name, a label, a title, the language, text that overflows its box) is checked there
	 * on every page ({@link #WORDING_RULES}), and a page built differently from the
	 * English one (another element, attribute or nesting: a template that branches on the
	 * language, a translation with markup in it, a list in another order) gets every rule
	 * as well. The rules left out where only the words differ (ARIA roles and attributes,
	 * lists, tables, duplicate ids, landmarks and the like) look at how the page is
	 * built, which is then the same as in English, where they ran. This keeps the walk's
	 * time for six languages near what axe costs for two. Every rule, colour contrast
	 * included, still runs in every language on the pages of
	 * {@code SixLanguageJourneyBrowserTests} (home, Action Plan, a country, the
	 * initiatives, an initiative, a form with its errors).
	 */
	static final Set<String> FULL = Set.of("en", "ar");

	/**
	 * axe's WCAG 2.1 A and AA rules whose outcome the wording or its length can change:
	 * accessible names and text alternatives, labels, titles, languages, a region that
	 * text makes scroll, links in running text.
	 */
	static final List<String> WORDING_RULES = List.of("area-alt", "aria-command-name", "aria-input-field-name",
			"aria-meter-name", "aria-progressbar-name", "aria-toggle-field-name", "aria-tooltip-name",
			"aria-valid-attr-value", "button-name", "document-title", "frame-title", "frame-title-unique",
			"html-has-lang", "html-lang-valid", "html-xml-lang-mismatch", "image-alt", "input-button-name",
			"input-image-alt", "label", "link-in-text-block", "link-name", "object-alt", "role-img-alt",
			"scrollable-region-focusable", "select-name", "svg-img-alt", "valid-lang");

	/**
	 * How the page is built, in a line: every element with its nesting and attributes,
	 * the values too, but for those that carry words or addresses (which differ by
	 * language and which {@link #WORDING_RULES} check), the language and direction of
	 * {@code <html>} (which the page check checks) and the language chosen in the
	 * language switch. Two languages with the same line differ in their words only.
	 */
	static final String STRUCTURE = """
			() => {
			  const words = /^(aria-label|aria-valuetext|aria-roledescription|aria-placeholder|aria-description|alt|title|placeholder|value|content|href|action|src|srcset|data-.*)$/;
			  const parts = [];
			  const walk = (e) => {
			    const attributes = [...e.attributes]
			      .filter(a => !(e === document.documentElement && (a.name === 'lang' || a.name === 'dir')))
			      .filter(a => !(a.name === 'selected' && e.closest('.language-switch')))
			      .map(a => words.test(a.name) ? a.name : a.name + '=' + a.value).sort();
			    parts.push('<' + e.tagName.toLowerCase() + (attributes.length ? ' ' + attributes.join(' ') : ''));
			    for (const child of e.children) walk(child);
			    parts.push('>');
			  };
			  walk(document.documentElement);
			  return parts.join('');
			}""";

	static final CountryCode KENYA = CountryCode.of("KEN");

	static final OrganisationId UNEP = new OrganisationId(
			UUID.nameUUIDFromBytes("cbcm:organisation:unep".getBytes(StandardCharsets.UTF_8)));

	static final String ANYONE = "anyone";

	static final String SECRETARIAT = "Secretariat";

	static final String FOCAL_POINT = "focal point of Kenya";

	static final String REPORTER = "reporter of UNEP";

	/**
	 * The GET endpoints that are not pages to check, each with the reason: what the
	 * coverage check accepts besides the walk.
	 */
	static final Map<Predicate<String>, String> NOT_PAGES = notPages();

	/**
	 * What the page is checked for besides axe: headings, landmarks, language and
	 * direction, alternates, text alternatives of charts and maps. Returns the problems.
	 */
	static final String PAGE_CHECK = """
			(expected) => {
			  const problems = [];
			  const visible = (e) => !e.closest('[hidden], [aria-hidden="true"]') && e.getClientRects().length > 0;
			  const h1 = [...document.querySelectorAll('h1')].filter(visible);
			  if (h1.length !== 1) problems.push('headings: ' + h1.length + ' h1 elements');
			  let previous = 0;
			  for (const h of [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].filter(visible)) {
			    const level = Number(h.tagName.substring(1));
			    if (level > previous + 1) {
			      problems.push('headings: h' + level + ' after ' + (previous ? 'h' + previous : 'no heading')
			        + ' ("' + h.textContent.trim().substring(0, 40) + '")');
			    }
			    previous = level;
			  }
			  for (const [role, selector] of [['main', 'main'], ['navigation', 'nav'], ['contentinfo', 'body > footer'],
			      ['banner', 'body > header']]) {
			    const count = document.querySelectorAll(selector).length;
			    if (role === 'navigation' ? count < 1 : count !== 1) problems.push('landmarks: ' + count + ' ' + role);
			  }
			  const html = document.documentElement;
			  if (html.lang !== expected.lang) problems.push('language: <html lang="' + html.lang + '">');
			  const dir = expected.lang === 'ar' ? 'rtl' : 'ltr';
			  if (html.dir !== dir) problems.push('direction: <html dir="' + html.dir + '">, not ' + dir);
			  for (const language of expected.languages) {
			    const link = document.head.querySelector('link[rel="alternate"][hreflang="' + language + '"]');
			    if (!link || new URL(link.href).searchParams.get('lang') !== language) {
			      problems.push('alternates: none for ' + language);
			    }
			  }
			  const fallback = document.head.querySelector('link[rel="alternate"][hreflang="x-default"]');
			  if (!fallback || new URL(fallback.href).searchParams.has('lang')) problems.push('alternates: no x-default');
			  for (const svg of document.querySelectorAll('svg')) {
			    if (svg.closest('[aria-hidden="true"]')) continue;
			    const title = svg.querySelector(':scope > title');
			    const named = (svg.getAttribute('aria-label') || '').trim() || svg.getAttribute('aria-labelledby')
			      || (title && title.textContent.trim());
			    const role = svg.getAttribute('role');
			    if (!named || (role !== 'img' && role !== 'graphics-document' && role !== 'group')) {
			      problems.push('text alternative: an svg (' + (svg.getAttribute('class') || 'no class')
			        + ') without role="img" and a title');
			    }
			    const figure = svg.closest('figure, section, main');
			    if (svg.matches('.world-map, .chart') && !figure.querySelector('table')) {
			      problems.push('text alternative: a ' + svg.getAttribute('class') + ' without a table beside it');
			    }
			  }
			  for (const img of document.querySelectorAll('img[src*=".svg"]')) {
			    if (!img.hasAttribute('alt')) problems.push('text alternative: a map image without alt');
			  }
			  return problems;
			}""";

	/**
	 * Makes the form of the submit button send itself as it is, without the browser's
	 * checks.
	 */
	static final String SUBMIT_AS_IS = """
			(selector) => {
			  const button = document.querySelector(selector);
			  if (!button) return false;
			  button.form.noValidate = true;
			  for (const field of button.form.elements) {
			    if (field.matches('input[type=text], input[type=email], input[type=password], input[type=date], input[type=number], input:not([type]), textarea')) {
			      field.value = '';
			    }
			  }
			  button.click();
			  return true;
			}""";

	@LocalServerPort
	int port;

	@Autowired
	DeclaredEndpoints declared;

	@Autowired
	DemoInitiatives demo;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	Viewer secretariat;

	List<Stop> stops;

	/** How each page is built in English ({@link #STRUCTURE}), by the stop's name. */
	final Map<String, String> english = new LinkedHashMap<>();

	/**
	 * The pages, by the stop's name, and languages where only the rules of the wording
	 * ran, the page being built as in English.
	 */
	final Map<String, Set<String>> wordingOnly = new LinkedHashMap<>();

	/**
	 * Where a page is built differently from the English one, by the stop's name and
	 * language: the first difference.
	 */
	final Map<String, Map<String, String>> differences = new LinkedHashMap<>();

	/** The time axe took in each language, in milliseconds. */
	final Map<String, Long> axeMillis = new LinkedHashMap<>();

	/** The session cookies of each person, signed in once. */
	final Map<String, List<Cookie>> sessions = new LinkedHashMap<>();

	/**
	 * One page of the walk.
	 *
	 * @param pattern the endpoint declared for it
	 * @param who who reads it
	 * @param path its address
	 * @param submit a submit button, for a form sent empty to show its errors
	 */
	record Stop(String pattern, String who, String path, @Nullable String submit, int status) {

		static Stop page(String pattern, String who, String path) {
			return new Stop(pattern, who, path, null, 200);
		}

		static Stop form(String pattern, String who, String path, String submit) {
			return new Stop(pattern, who, path, submit, 200);
		}

		/** A page that answers with an error status: 404 unknown, 410 a link used up. */
		static Stop refusal(String pattern, String path, int status) {
			return new Stop(pattern, ANYONE, path, null, status);
		}

		String name() {
			return path + (submit != null ? " (sent empty)" : "") + (who.equals(ANYONE) ? "" : " — " + who);
		}

	}

	@BeforeAll
	void registryAndPeople() {
		secretariat = TestAccounts.viewerOf(TestAccounts.in(context).admin());
		demo.removeAll(secretariat);
		demo.generate(12, 2006, secretariat);
		TestAccounts accounts = TestAccounts.in(context);
		Viewer focalPoint = TestAccounts.viewerOf(accounts.holding(Role.NATIONAL_FOCAL_POINT, KENYA));
		accounts.holding(Role.ORGANISATION_REPORTER, UNEP);
		String initiative = jdbc.sql("SELECT id FROM initiative WHERE status = 'PUBLISHED' ORDER BY title")
			.query(String.class)
			.list()
			.get(0);
		Map<String, Object> needs = jdbc
			.sql("SELECT id, country_code FROM needs_assessment WHERE status = 'PUBLISHED' ORDER BY country_code")
			.query()
			.listOfRows()
			.get(0);
		String assessment = needs.get("id").toString();
		String assessed = needs.get("country_code").toString();
		String organisation = jdbc.sql("SELECT id FROM organisation WHERE status = 'PUBLISHED' ORDER BY name")
			.query(String.class)
			.list()
			.get(0);
		String account = focalPoint.user().value().toString();

		try (BrowserContext signIn = Browser.newContext(true)) {
			Page page = signIn.newPage();
			sessions.put(ANYONE, List.of());
			sessions.put(SECRETARIAT, session(signIn, page, "admin@cbcm.test", "Secretariat-Key-2026!"));
			sessions.put(FOCAL_POINT,
					session(signIn, page, TestAccounts.email(Role.NATIONAL_FOCAL_POINT, KENYA), TestAccounts.PASSWORD));
			sessions.put(REPORTER,
					session(signIn, page, TestAccounts.email(Role.ORGANISATION_REPORTER, UNEP), TestAccounts.PASSWORD));
		}
		String staged = stagedImport();

		stops = List.of(Stop.page("/", ANYONE, "/"), Stop.page("/action-plan", ANYONE, "/action-plan"),
				Stop.page("/action-plan/items/{code}", ANYONE, "/action-plan/items/12(i)"),
				Stop.page("/action-plan/versions", ANYONE, "/action-plan/versions"),
				Stop.page("/action-plan/mappings", ANYONE, "/action-plan/mappings?from=lg-cb-3-2006&to=lg-cb-3-2006"),
				Stop.page("/countries", ANYONE, "/countries"), Stop.page("/countries/map", ANYONE, "/countries/map"),
				Stop.page("/countries/{code}", ANYONE, "/countries/KEN"),
				Stop.page("/organisations", ANYONE, "/organisations"),
				Stop.page("/organisations/{id}", ANYONE, "/organisations/" + organisation),
				Stop.page("/initiatives", ANYONE, "/initiatives"),
				Stop.page("/initiatives/map", ANYONE, "/initiatives/map"),
				Stop.page("/initiatives/{id}", ANYONE, "/initiatives/" + initiative),
				Stop.page("/initiatives/{id}/history", ANYONE, "/initiatives/" + initiative + "/history"),
				Stop.page("/initiatives/exchange-rates", ANYONE, "/initiatives/exchange-rates"),
				Stop.page("/roster", ANYONE, "/roster"),
				Stop.page("/countries/{code}/needs", ANYONE, "/countries/" + assessed + "/needs"),
				Stop.page("/countries/{code}/needs/compare", ANYONE, "/countries/" + assessed + "/needs/compare"),
				Stop.page("/needs/{id}", ANYONE, "/needs/" + assessment),
				Stop.page("/needs/{id}/history", ANYONE, "/needs/" + assessment + "/history"),
				Stop.page("/countries/{code}/strategy", ANYONE, "/countries/KEN/strategy"),
				Stop.page("/coordination", ANYONE, "/coordination"),
				Stop.page("/coordination/coverage", ANYONE, "/coordination/coverage"),
				Stop.page("/coordination/gaps", ANYONE, "/coordination/gaps"),
				Stop.page("/coordination/duplications", ANYONE, "/coordination/duplications"),
				Stop.page("/coordination/funding", ANYONE, "/coordination/funding"),
				Stop.page("/coordination/partnerships", ANYONE, "/coordination/partnerships"),
				Stop.page("/coordination/coverage/{country}/{element}", ANYONE,
						"/coordination/coverage/" + assessed + "/12(c)"),
				Stop.page("/roster/statistics", ANYONE, "/roster/statistics"), Stop.page("/login", ANYONE, "/login"),
				Stop.form("/login", ANYONE, "/login", "form[action$='/login'] button[type=submit]"),
				Stop.page("/password-reset", ANYONE, "/password-reset"),
				Stop.form("/password-reset", ANYONE, "/password-reset",
						"form[action$='/password-reset'] button[type=submit]"),
				Stop.refusal("/password-reset/{secret}", "/password-reset/not-a-real-link", 410),
				Stop.refusal("/invitations/{secret}", "/invitations/not-a-real-link", 410),
				Stop.refusal("/error", "/no-such-page", 404),
				// The pages the API's problem types name, linked from the API
				// description.
				Stop.page("/problems", ANYONE, "/problems"),
				Stop.page("/problems/{name}", ANYONE, "/problems/version-conflict"),
				// The Secretariat's pages.
				Stop.page("/account", SECRETARIAT, "/account"),
				Stop.form("/account", SECRETARIAT, "/account", "form[action$='/account/password'] button[type=submit]"),
				Stop.page("/admin/users", SECRETARIAT, "/admin/users"),
				Stop.page("/admin/users/new", SECRETARIAT, "/admin/users/new"),
				Stop.form("/admin/users/new", SECRETARIAT, "/admin/users/new",
						"form[action$='/admin/users'] button[type=submit]"),
				Stop.page("/admin/users/{id}", SECRETARIAT, "/admin/users/" + account),
				Stop.page("/admin/audit", SECRETARIAT, "/admin/audit"),
				Stop.page("/organisations/proposals", SECRETARIAT, "/organisations/proposals"),
				Stop.page("/organisations/{id}/edit", SECRETARIAT, "/organisations/" + organisation + "/edit"),
				Stop.page("/organisations/{id}/history", SECRETARIAT, "/organisations/" + organisation + "/history"),
				Stop.page("/countries/{code}/party-status", SECRETARIAT, "/countries/KEN/party-status"),
				Stop.form("/initiatives/exchange-rates", SECRETARIAT, "/initiatives/exchange-rates",
						"form[action$='/initiatives/exchange-rates'] button[type=submit]"),
				Stop.page("/initiatives/mine", SECRETARIAT, "/initiatives/mine"),
				Stop.page("/initiatives/{id}/edit", SECRETARIAT, "/initiatives/" + initiative + "/edit"),
				Stop.page("/initiatives/duplicates", SECRETARIAT, "/initiatives/duplicates"),
				Stop.page("/initiatives/demo", SECRETARIAT, "/initiatives/demo"),
				Stop.page("/exchange/imports", SECRETARIAT, "/exchange/imports"),
				Stop.page("/exchange/imports/{id}", SECRETARIAT, "/exchange/imports/" + staged),
				// A national focal point's pages.
				Stop.page("/countries/{code}/profile/edit", FOCAL_POINT, "/countries/KEN/profile/edit"),
				Stop.page("/countries/{code}/profile/history", FOCAL_POINT, "/countries/KEN/profile/history"),
				Stop.page("/countries/{code}/users", FOCAL_POINT, "/countries/KEN/users"),
				Stop.form("/countries/{code}/users", FOCAL_POINT, "/countries/KEN/users",
						"form[action$='/countries/KEN/users'] button[type=submit]"),
				Stop.page("/countries/{code}/needs/new", FOCAL_POINT, "/countries/KEN/needs/new"),
				Stop.form("/countries/{code}/needs/new", FOCAL_POINT, "/countries/KEN/needs/new",
						"form.needs-form button[type=submit]"),
				Stop.page("/needs/{id}/edit", SECRETARIAT, "/needs/" + assessment + "/edit"),
				Stop.page("/countries/{code}/strategy/edit", FOCAL_POINT, "/countries/KEN/strategy/edit"),
				Stop.page("/countries/{code}/strategy/history", FOCAL_POINT, "/countries/KEN/strategy/history"),
				// An organisation's reporter's pages.
				Stop.page("/initiatives/new", REPORTER, "/initiatives/new"),
				Stop.form("/initiatives/new", REPORTER, "/initiatives/new",
						"form.initiative-form button[type=submit]:not([name])"),
				Stop.page("/organisations/propose", REPORTER, "/organisations/propose"),
				Stop.form("/organisations/propose", REPORTER, "/organisations/propose",
						"form.organisation-form button[type=submit]"));
	}

	@AfterAll
	void noDemoData() {
		demo.removeAll(secretariat);
	}

	@Test
	void every_page_is_walked_or_listed_with_the_reason_it_is_not_checked() {
		PathPatternParser parser = new PathPatternParser();
		Set<String> gets = declared.all()
			.stream()
			.filter(endpoint -> endpoint.methods().contains("GET"))
			.map(Endpoint::pattern)
			.collect(Collectors.toCollection(LinkedHashSet::new));
		Set<String> walked = stops.stream().map(Stop::pattern).collect(Collectors.toSet());
		List<String> neither = gets.stream()
			.filter(pattern -> !walked.contains(pattern))
			.filter(pattern -> NOT_PAGES.keySet().stream().noneMatch(rule -> rule.test(pattern)))
			.toList();
		assertThat(neither).as("GET endpoints neither walked nor listed as no page to check").isEmpty();
		List<String> walkedButNoPage = gets.stream()
			.filter(walked::contains)
			.filter(pattern -> NOT_PAGES.keySet().stream().anyMatch(rule -> rule.test(pattern)))
			.toList();
		assertThat(walkedButNoPage).as("endpoints both walked and listed as no page").isEmpty();
		for (Stop stop : stops) {
			assertThat(gets).as("the endpoint of %s", stop.name()).contains(stop.pattern());
			if (!stop.pattern().equals("/error")) {
				String path = stop.path().replaceAll("\\?.*", "");
				assertThat(parser.parse(stop.pattern()).matches(PathContainer.parsePath(path)))
					.as("%s is an address of %s", path, stop.pattern())
					.isTrue();
			}
		}
	}

	@Test
	void every_page_in_every_language_passes_axe_and_has_headings_landmarks_languages_and_alternatives()
			throws IOException {
		Map<String, Map<String, List<String>>> outcome = new LinkedHashMap<>();
		Map<String, Long> timings = new LinkedHashMap<>();
		List<String> failures = new ArrayList<>();
		long started = System.nanoTime();
		for (String language : LANGUAGES) {
			long languageStarted = System.nanoTime();
			try (BrowserContext browser = Browser.newContext(true)) {
				Accessibility.serve(browser);
				Page page = browser.newPage();
				String who = null;
				for (Stop stop : stops) {
					if (!stop.who().equals(who)) {
						who = stop.who();
						browser.clearCookies();
						List<Cookie> cookies = new ArrayList<>(sessions.get(who));
						cookies.add(new Cookie("cbcm-language", language).setUrl(url("/")));
						browser.addCookies(cookies);
						if (!who.equals(ANYONE)) {
							// A signed-in person's own language comes first: switching
							// makes it
							// theirs (set back to English when the walk ends).
							page.navigate(url("/?lang=" + language));
						}
					}
					long start = System.nanoTime();
					List<String> found = visit(page, stop, language);
					timings.merge(stop.name(), (System.nanoTime() - start) / 1_000_000, Long::sum);
					outcome.computeIfAbsent(stop.name(), name -> new LinkedHashMap<>()).put(language, found);
					found.forEach(problem -> failures.add(stop.name() + " [" + language + "] " + problem));
					if (!found.isEmpty()) {
						Browser.screenshot(page,
								"accessibility/" + language + "/" + stop.name().replaceAll("[^a-z0-9]+", "-"));
					}
				}
			}
			timings.put(language, (System.nanoTime() - languageStarted) / 1_000_000);
		}
		jdbc.sql("UPDATE app_user SET language = 'en' WHERE email IN (:people)")
			.param("people",
					List.of("admin@cbcm.test", TestAccounts.email(Role.NATIONAL_FOCAL_POINT, KENYA),
							TestAccounts.email(Role.ORGANISATION_REPORTER, UNEP)))
			.update();
		long seconds = (System.nanoTime() - started) / 1_000_000_000;
		Path report = report(outcome, timings, seconds);
		assertThat(failures).as("accessibility of every page in every language (see %s)", report).isEmpty();
	}

	/** Loads the page (and sends its form), checks it, and returns what is wrong. */
	private List<String> visit(Page page, Stop stop, String language) {
		List<String> found = new ArrayList<>();
		Response response = page.navigate(url(stop.path()));
		if (response == null || response.status() != stop.status()) {
			found.add("status: " + (response == null ? "none" : response.status()) + ", not " + stop.status());
		}
		if (stop.submit() != null) {
			Object sent = page.waitForNavigation(() -> page.evaluate(SUBMIT_AS_IS, stop.submit()));
			if (page.locator("[aria-invalid=true], .is-invalid, .alert-danger").count() == 0) {
				found.add("form: sent empty, it shows no error (" + sent + ")");
			}
		}
		String structure = (String) page.evaluate(STRUCTURE);
		if (language.equals("en")) {
			english.put(stop.name(), structure);
		}
		boolean full = FULL.contains(language) || !structure.equals(english.get(stop.name()));
		if (!FULL.contains(language) && full) {
			differences.computeIfAbsent(stop.name(), name -> new LinkedHashMap<>())
				.put(language, difference(english.get(stop.name()), structure));
		}
		if (!full) {
			wordingOnly.computeIfAbsent(stop.name(), name -> new java.util.TreeSet<>()).add(language);
		}
		long axeStarted = System.nanoTime();
		for (Violation violation : full ? Accessibility.check(page, CONTRAST.contains(language))
				: Accessibility.check(page, WORDING_RULES)) {
			found.add("axe " + violation);
		}
		axeMillis.merge(language, (System.nanoTime() - axeStarted) / 1_000_000, Long::sum);
		@SuppressWarnings("unchecked")
		List<String> problems = (List<String>) page.evaluate(PAGE_CHECK,
				Map.of("lang", language, "languages", LANGUAGES));
		found.addAll(problems);
		return found;
	}

	/** The first place where two pages' structures differ, a little of each. */
	private static String difference(@Nullable String english, String other) {
		if (english == null) {
			return "no English page to compare with";
		}
		int at = 0;
		while (at < english.length() && at < other.length() && english.charAt(at) == other.charAt(at)) {
			at++;
		}
		int from = Math.max(0, english.lastIndexOf('<', at));
		return "English `" + english.substring(from, Math.min(english.length(), at + 60)) + "`, here `"
				+ other.substring(Math.min(from, other.length()), Math.min(other.length(), at + 60)) + "`";
	}

	/**
	 * Writes the walk's outcome as a table of pages by languages, then every problem in
	 * full.
	 */
	private Path report(Map<String, Map<String, List<String>>> outcome, Map<String, Long> timings, long seconds)
			throws IOException {
		StringBuilder md = new StringBuilder();
		md.append("# Accessibility of every page in every language\n\n")
			.append("axe-core (WCAG 2.1 A and AA: wcag2a, wcag2aa, wcag21a, wcag21aa) and the page checks ")
			.append("(one h1, no skipped heading level, landmarks, lang and dir, hreflang alternates, ")
			.append("text alternatives of charts and maps) on ")
			.append(outcome.size())
			.append(" pages × ")
			.append(LANGUAGES.size())
			.append(" languages, in ")
			.append(seconds)
			.append(" s (colour contrast in ")
			.append(String.join(" and ", new java.util.TreeSet<>(CONTRAST)))
			.append(", the same in every language). Every rule of axe ran in ")
			.append(String.join(" and ", new java.util.TreeSet<>(FULL)))
			.append(", and in the other languages wherever the page is built differently from the English one; ")
			.append("where it is built the same, only the rules the wording can break ran, marked °. ")
			.append("A cell is the number of problems, with the rules broken; ✓ is none. The last column is ")
			.append("the time the page took in all languages, loading and checking.\n\n| page |");
		LANGUAGES.forEach(language -> md.append(' ').append(language).append(" |"));
		md.append(" ms |\n| --- |");
		LANGUAGES.forEach(language -> md.append(" --- |"));
		md.append(" ---: |\n");
		outcome.forEach((page, languages) -> {
			md.append("| ").append(page.replace("|", "\\|")).append(" |");
			for (String language : LANGUAGES) {
				List<String> found = languages.getOrDefault(language, List.of());
				md.append(' ')
					.append(wordingOnly.getOrDefault(page, Set.of()).contains(language) ? "° " : "")
					.append(found.isEmpty() ? "✓"
							: found.size() + ": " + found.stream()
								.map(problem -> problem.replaceAll("^axe ([a-z0-9-]+):.*", "$1").replaceAll(":.*", ""))
								.distinct()
								.collect(Collectors.joining(", ")))
					.append(" |");
			}
			md.append(' ').append(timings.get(page)).append(" |\n");
		});
		long wordings = wordingOnly.values().stream().mapToLong(Set::size).sum();
		md.append("\nEvery rule of axe on ")
			.append(outcome.size() * LANGUAGES.size() - wordings)
			.append(" pages in a language, the rules of the wording only on ")
			.append(wordings)
			.append(". Time by language (ms):");
		LANGUAGES.forEach(language -> md.append(' ')
			.append(language)
			.append(' ')
			.append(timings.get(language))
			.append(" (axe ")
			.append(axeMillis.get(language))
			.append(')'));
		md.append(".\n\n## Built differently from English\n\n");
		differences.forEach((page,
				languages) -> languages.forEach((language, difference) -> md.append("- ")
					.append(page)
					.append(" [")
					.append(language)
					.append("] ")
					.append(difference.replace("\n", " "))
					.append('\n')));
		md.append("\n## Problems\n\n");
		outcome.forEach((page,
				languages) -> languages.forEach((language,
						found) -> found.forEach(problem -> md.append("- ")
							.append(page)
							.append(" [")
							.append(language)
							.append("] ")
							.append(problem)
							.append('\n'))));
		md.append("\nGET endpoints not walked, and why:\n\n");
		declared.all()
			.stream()
			.filter(endpoint -> endpoint.methods().contains("GET"))
			.map(Endpoint::pattern)
			.distinct()
			.forEach(pattern -> NOT_PAGES.forEach((rule, reason) -> {
				if (rule.test(pattern) && stops.stream().noneMatch(stop -> stop.pattern().equals(pattern))) {
					md.append("- `").append(pattern).append("`: ").append(reason).append('\n');
				}
			}));
		Path file = Paths.get("target", "accessibility", "report.md");
		Files.createDirectories(file.getParent());
		Files.writeString(file, md, StandardCharsets.UTF_8);
		return file;
	}

	private static Map<Predicate<String>, String> notPages() {
		Map<Predicate<String>, String> rules = new LinkedHashMap<>();
		rules.put(pattern -> pattern.startsWith("/api/"), "the REST API answers JSON (or IATI XML), not pages");
		rules.put(pattern -> pattern.startsWith("/v3/api-docs"), "the OpenAPI description, JSON or YAML");
		rules.put(pattern -> pattern.startsWith("/swagger-ui"),
				"Swagger UI, a third party's page over the API description, not one of cbcm's templates");
		rules.put(pattern -> pattern.startsWith("/actuator/"), "health and information for machines, JSON");
		rules.put(pattern -> pattern.equals("/docs/api.md") || pattern.equals("/docs/api/**"),
				"the API guide and its scripts, served as plain text to read or run");
		rules.put(pattern -> pattern.equals("/webjars/**") || pattern.equals("/css/**") || pattern.equals("/js/**")
				|| pattern.equals("/favicon.ico"), "static files");
		rules.put(pattern -> pattern.equals("/maps/world.svg"),
				"an image, shown with its alt text on the pages of a country and an initiative, which are walked");
		rules.put(pattern -> pattern.equals("/maps/world.{version}.svg"),
				"the world map's outlines, which the map pages draw (walked) with their own text alternatives");
		rules.put(pattern -> pattern.matches(".*/offline(-blank)?\\.\\{format\\}$"),
				"a download: an offline form (XLSX or DOCX); its page, the record's edit page, is walked");
		rules.put(pattern -> pattern.matches(".*\\.(csv|xlsx|json|xml)$"), "a download (CSV, XLSX, JSON, IATI XML)");
		rules.put(pattern -> pattern.startsWith("/roster/experts/{id}"),
				"an expert's record, its form and its history: walked with axe in roster/ExpertRecordBrowserTests");
		rules.put(pattern -> pattern.equals("/exchange/imports/template"), "a download: the import's XLSX template");
		rules.put(pattern -> pattern.equals("/exchange/imports/{id}/progress"),
				"a fragment of the import's page, which htmx puts into it while an import runs");
		rules.put(pattern -> pattern.equals("/countries/{code}/experts")
				|| pattern.equals("/countries/{code}/experts/nominate") || pattern.equals("/roster/nominations"),
				"walked in NominationBrowserTests (English and Arabic, axe)");
		rules.put(pattern -> pattern.equals("/roster/me"), "a redirect to the expert's own record, not a page");
		rules.put(
				pattern -> List
					.of("/countries/{code}/expert-requests", "/roster/requests/{id}", "/roster/assignments/{id}")
					.contains(pattern),
				"walked in RequestBrowserTests (requests for experts), with an axe check at each step");
		return rules;
	}

	/** Signs in as the person in the context and returns the session's cookies. */
	private List<Cookie> session(BrowserContext browser, Page page, String email, String password) {
		browser.clearCookies();
		page.navigate(url("/login?lang=en"));
		page.locator("#email").fill(email);
		page.locator("#password").fill(password);
		page.waitForNavigation(() -> page.locator("form[action$='/login'] button[type=submit]").click());
		assertThat(page.url()).as("signed in as %s", email).doesNotContain("/login");
		return browser.cookies().stream().filter(cookie -> !cookie.name.equals("cbcm-language")).toList();
	}

	/** An import the Secretariat has read but not run: a spreadsheet of two columns. */
	private String stagedImport() {
		try (BrowserContext browser = Browser.newContext(true)) {
			browser.addCookies(sessions.get(SECRETARIAT));
			Page page = browser.newPage();
			page.navigate(url("/exchange/imports?lang=en"));
			page.locator("input[type=file]")
				.first()
				.setInputFiles(new com.microsoft.playwright.options.FilePayload("walk.csv", "text/csv",
						"Code;Title\r\nW-1;Training\r\n".getBytes(StandardCharsets.UTF_8)));
			page.waitForNavigation(
					() -> page.locator("input[type=file]").first().evaluate("input => input.form.requestSubmit()"));
			return page.url().replaceAll(".*/exchange/imports/([^/?#]+).*", "$1");
		}
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
