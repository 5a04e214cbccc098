package org.cbcm.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ReducedMotion;
import org.cbcm.support.Browser;
import org.cbcm.support.BrowserTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages for people who do not use a mouse, who turn motion off, or who read at 200 %:
 * the first Tab reaches the skip link and Enter moves the focus to the content; every
 * element Tab reaches shows its focus, and Tab goes through the whole page and back to
 * its start (no keyboard trap); a form is filled in and sent with the keys alone; with
 * {@code prefers-reduced-motion: reduce} nothing moves; and a 1280 px window zoomed to
 * 200 % (a 640 px wide viewport at twice the pixel density) shows every page without
 * cutting anything off and without scrolling sideways.
 */
@BrowserTest
class KeyboardMotionZoomBrowserTests {

	/** Pages of every kind: texts, lists with filters, maps, tables, forms. */
	static final List<String> PAGES = List.of("/", "/action-plan/items/12(i)", "/countries", "/countries/KEN",
			"/countries/map", "/organisations", "/initiatives", "/initiatives/map", "/coordination",
			"/coordination/coverage", "/coordination/gaps", "/login", "/password-reset");

	/**
	 * Presses Tab until the focus has gone through the page and come back to where it
	 * started; returns what went wrong: an element without a visible focus indicator, a
	 * trap (the focus stays), or an element never reached.
	 */
	static final String TAB_THROUGH = """
			async () => {
			  const tabbable = [...document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]')]
			    .filter(e => !e.disabled && e.tabIndex >= 0 && e.getClientRects().length > 0
			      && getComputedStyle(e).visibility !== 'hidden' && !e.closest('[hidden], details:not([open]) > :not(summary)'));
			  return tabbable.length;
			}""";

	/** How the focused element shows that it has the focus, or null when it does not. */
	static final String FOCUS = """
			() => {
			  const e = document.activeElement;
			  if (!e || e === document.body) return { at: 'body' };
			  const style = getComputedStyle(e);
			  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
			  const shadow = style.boxShadow && style.boxShadow !== 'none';
			  const name = e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.getAttribute('href') ? '[href="' + e.getAttribute('href') + '"]' : '')
			    + (e.name ? '[name="' + e.name + '"]' : '');
			  if (!e.dataset.walk) e.dataset.walk = String(document.querySelectorAll('[data-walk]').length + 1);
			  return { at: e.dataset.walk, name: name, visible: outline || shadow, skip: e.classList.contains('skip-link') };
			}""";

	/** Anything that moves: transitions and animations that last, smooth scrolling. */
	static final String MOTION = """
			() => {
			  const moving = [];
			  const lasting = (durations) => durations.split(',').some(d => parseFloat(d) > 0);
			  for (const e of [document.documentElement, ...document.querySelectorAll('body *')]) {
			    for (const state of [null, '::before', '::after']) {
			      const style = getComputedStyle(e, state);
			      if (style.transitionProperty !== 'none' && lasting(style.transitionDuration)) {
			        moving.push('transition of ' + e.tagName.toLowerCase() + '.' + [...e.classList].join('.') + (state || ''));
			      }
			      if (style.animationName !== 'none' && lasting(style.animationDuration)) {
			        moving.push('animation of ' + e.tagName.toLowerCase() + '.' + [...e.classList].join('.') + (state || ''));
			      }
			    }
			  }
			  if (getComputedStyle(document.documentElement).scrollBehavior === 'smooth') moving.push('smooth scrolling');
			  return [...new Set(moving)];
			}""";

	/** What a narrow viewport cuts off or makes the page scroll sideways for. */
	static final String REFLOW = """
			() => {
			  const problems = [];
			  const root = document.documentElement;
			  if (root.scrollWidth > root.clientWidth + 1) problems.push('the page scrolls sideways: ' + root.scrollWidth + ' px wide in ' + root.clientWidth);
			  const scrolls = (e) => { for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) {
			      const o = getComputedStyle(p).overflowX; if (o === 'auto' || o === 'scroll') return true; } return false; };
			  for (const e of document.querySelectorAll('body *')) {
			    if (e.closest('.visually-hidden, .visually-hidden-focusable, [hidden]') || e.offsetWidth <= 1) continue;
			    // An SVG clips what it draws to its own box (a map's inset shows part of the world).
			    if (e.tagName.toLowerCase() !== 'svg' && e.closest('svg')) continue;
			    const r = e.getBoundingClientRect();
			    if ((r.right > root.clientWidth + 1 || r.left < -1) && !scrolls(e)) {
			      problems.push('cut off: ' + e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '.' + [...e.classList].join('.')
			        + ' from ' + Math.round(r.left) + ' to ' + Math.round(r.right) + ' px');
			    }
			  }
			  return problems.slice(0, 10);
			}""";

	@LocalServerPort
	int port;

	BrowserContext context;

	@AfterEach
	void close() {
		if (context != null) {
			context.close();
		}
	}

	@Test
	void the_first_tab_reaches_the_skip_link_and_enter_moves_the_focus_to_the_content() {
		context = Browser.newContext(true);
		Page page = context.newPage();
		for (String path : List.of("/", "/initiatives", "/countries/map", "/coordination/coverage")) {
			page.navigate(url(path));
			page.keyboard().press("Tab");
			assertThat(page.locator(":focus")).hasClass(java.util.regex.Pattern.compile("skip-link"));
			assertThat(page.locator(":focus")).isInViewport();
			@SuppressWarnings("unchecked")
			Map<String, Object> focus = (Map<String, Object>) page.evaluate(FOCUS);
			assertThat(focus.get("visible")).as("the skip link's focus on %s", path).isEqualTo(true);
			page.keyboard().press("Enter");
			assertThat(page.evaluate("() => document.activeElement.id")).as("focus after the skip link on %s", path)
				.isEqualTo("main");
			page.keyboard().press("Tab");
			assertThat(page.evaluate("() => document.querySelector('main').contains(document.activeElement)"))
				.as("the next Tab after the skip link on %s stays in the content", path)
				.isEqualTo(true);
		}
	}

	@Test
	void tab_goes_through_every_page_showing_the_focus_and_comes_back_to_the_start() {
		context = Browser.newContext(true);
		Page page = context.newPage();
		List<String> problems = new ArrayList<>();
		for (String path : PAGES) {
			page.navigate(url(path));
			// The sign-in page puts the focus in its first field; start from the top.
			page.evaluate("() => document.activeElement && document.activeElement.blur()");
			int tabbable = ((Number) page.evaluate(TAB_THROUGH)).intValue();
			// Round the page once: from wherever the focus starts back to that element,
			// by way of the skip link at the top (Tab left the page's end and wrapped).
			List<String> seen = new ArrayList<>();
			boolean wrapped = false;
			boolean round = false;
			String previous = null;
			int staying = 0;
			for (int n = 0; n < 2 * tabbable + 10 && !round; n++) {
				page.keyboard().press("Tab");
				@SuppressWarnings("unchecked")
				Map<String, Object> focus = (Map<String, Object>) page.evaluate(FOCUS);
				String at = (String) focus.get("at");
				// A date field takes three presses, one for each of its parts.
				staying = at.equals(previous) ? staying + 1 : 0;
				previous = at;
				if (staying > 3) {
					problems.add(path + ": the focus stays on " + focus.get("name") + " (a keyboard trap)");
					break;
				}
				if (at.equals("body") || staying > 0) {
					continue;
				}
				if (!Boolean.TRUE.equals(focus.get("visible"))) {
					problems.add(path + ": no visible focus on " + focus.get("name"));
				}
				wrapped |= Boolean.TRUE.equals(focus.get("skip")) && !seen.isEmpty();
				round = !seen.isEmpty() && seen.get(0).equals(at);
				if (!round) {
					seen.add(at);
				}
			}
			if (!round || !wrapped) {
				problems.add(path + ": Tab did not go round the page and back (" + seen.size() + " elements reached)");
			}
			else if (seen.size() < tabbable) {
				problems.add(path + ": Tab reached " + seen.size() + " of " + tabbable + " elements");
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void a_form_is_filled_in_and_sent_with_the_keyboard_alone() {
		context = Browser.newContext(true);
		Page page = context.newPage();
		page.navigate(url("/login"));
		// The sign-in page starts in its first field.
		assertThat(page.locator("#email")).isFocused();
		page.keyboard().type("admin@cbcm.test");
		page.keyboard().press("Tab");
		assertThat(page.locator("#password")).isFocused();
		page.keyboard().type("Secretariat-Key-2026!");
		page.keyboard().press("Enter");
		assertThat(page.locator("header form[action$='/logout']")).isVisible();

		page.navigate(url("/countries"));
		tabTo(page, "#q");
		page.keyboard().type("Kenya");
		page.keyboard().press("Enter");
		assertThat(page.locator(".result-count")).containsText("1");
		tabTo(page, "a[href$='/countries/KEN']");
		page.keyboard().press("Enter");
		assertThat(page).hasURL(url("/countries/KEN"));
	}

	@Test
	void nothing_moves_for_people_who_ask_for_reduced_motion() {
		context = Browser.newContext(options().setReducedMotion(ReducedMotion.REDUCE));
		Page page = context.newPage();
		for (String path : List.of("/", "/initiatives", "/login")) {
			page.navigate(url(path));
			assertThat(page.evaluate(MOTION)).as("what moves on %s under reduced motion", path)
				.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
				.isEmpty();
		}
		try (BrowserContext moving = Browser.newContext(options().setReducedMotion(ReducedMotion.NO_PREFERENCE))) {
			// The check sees motion where it is allowed: Bootstrap's buttons and fields.
			Page other = moving.newPage();
			other.navigate(url("/login"));
			assertThat(other.evaluate(MOTION)).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
				.isNotEmpty();
		}
	}

	@Test
	void at_200_percent_nothing_is_cut_off_and_nothing_scrolls_sideways() {
		context = Browser.newContext(options().setViewportSize(640, 450).setDeviceScaleFactor(2));
		Page page = context.newPage();
		List<String> problems = new ArrayList<>();
		for (String path : PAGES) {
			page.navigate(url(path));
			@SuppressWarnings("unchecked")
			List<String> found = (List<String>) page.evaluate(REFLOW);
			found.forEach(problem -> problems.add(path + ": " + problem));
			if (!found.isEmpty()) {
				Browser.screenshot(page, "zoom-200/" + path.replaceAll("[^a-z0-9]+", "-"));
			}
		}
		Browser.screenshot(page, "zoom-200/last-page");
		assertThat(problems).isEmpty();
	}

	/** Presses Tab until the element has the focus (at most 200 times). */
	private static void tabTo(Page page, String selector) {
		for (int n = 0; n < 200; n++) {
			page.keyboard().press("Tab");
			if (Boolean.TRUE.equals(page.evaluate("(s) => document.activeElement.matches(s)", selector))) {
				return;
			}
		}
		throw new AssertionError("Tab never reached " + selector);
	}

	private static NewContextOptions options() {
		return new NewContextOptions().setViewportSize(1280, 900)
			.setLocale("en-GB")
			.setReducedMotion(ReducedMotion.REDUCE);
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
