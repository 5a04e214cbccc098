package org.cbcm.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.cbcm.demo.internal.DemoInitiatives;
import org.cbcm.shared.Viewer;
import org.cbcm.support.Accessibility;
import org.cbcm.support.Browser;
import org.cbcm.support.BrowserTest;
import org.cbcm.identity.internal.TestAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.events.core.EventPublicationRegistry;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public pages for readers on slow, costly connections and on phones (issue 13), in a
 * real browser over a registry of demo initiatives: what each page costs to download (the
 * browser's own resource timings, compressed bytes with headers) on a first visit with an
 * empty cache and on a later visit, written as a table to {@code target/page-weights.md};
 * and each page at a phone's width of 390 pixels, without sideways scrolling, with and
 * without JavaScript.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LightPagesBrowserTests {

	/** What a first visit may download, compressed, at most. */
	static final long FIRST_VISIT_LIMIT = 100 * 1024;

	/** What a later visit may download, compressed, at most. */
	static final long LATER_VISIT_LIMIT = 30 * 1024;

	/** A phone's width in CSS pixels (an iPhone 12 to 15). */
	static final int PHONE_WIDTH = 390;

	static final int PHONE_HEIGHT = 844;

	/** The size of the demo registry. */
	static final int INITIATIVES = 150;

	@LocalServerPort
	int port;

	@Autowired
	DemoInitiatives demo;

	@Autowired
	ApplicationContext context;

	@Autowired
	EventPublicationRegistry publications;

	Viewer secretariat;

	/** The public pages by name, with paths that name records filled in once loaded. */
	List<Map.Entry<String, String>> pages;

	@BeforeAll
	void demoRegistry() throws InterruptedException {
		secretariat = TestAccounts.viewerOf(TestAccounts.in(context).admin());
		demo.removeAll(secretariat);
		demo.generate(INITIATIVES, 13, secretariat);
		// The analysis and the maps follow the registry as its events are heard: the
		// pages are weighed once they stand still.
		long until = System.nanoTime() + Duration.ofMinutes(3).toNanos();
		while (!publications.findIncompletePublications().isEmpty() && System.nanoTime() < until) {
			Thread.sleep(200);
		}
		assertThat(publications.findIncompletePublications()).as("events not yet handled").isEmpty();
		try (BrowserContext browser = Browser.newContext(false)) {
			Page page = browser.newPage();
			page.navigate(url("/initiatives?sort=TITLE"));
			String initiative = page.locator("ol.initiative-list h3 a").first().getAttribute("href");
			page.navigate(url("/organisations"));
			String organisation = (String) page.evaluate("""
					() => [...document.querySelectorAll('main a')].map(a => a.getAttribute('href'))
					  .find(href => /^[/]organisations[/](?!propose)[a-z0-9-]+$/.test(href))""");
			pages = List.of(Map.entry("Home", "/"), Map.entry("Action Plan", "/action-plan"),
					Map.entry("A key element", "/action-plan/items/12(i)"), Map.entry("Countries", "/countries"),
					Map.entry("A country", "/countries/KEN"), Map.entry("Map of countries", "/countries/map"),
					Map.entry("Organisations", "/organisations"), Map.entry("An organisation", organisation),
					Map.entry("Initiatives", "/initiatives"),
					Map.entry("Initiatives, filtered", "/initiatives?country=KEN&status=ONGOING"),
					Map.entry("An initiative", initiative), Map.entry("Map of initiatives", "/initiatives/map"),
					Map.entry("Coordination", "/coordination"), Map.entry("Coverage", "/coordination/coverage"),
					Map.entry("Gaps", "/coordination/gaps"), Map.entry("Duplications", "/coordination/duplications"),
					Map.entry("Partnerships", "/coordination/partnerships"),
					Map.entry("Funding", "/coordination/funding"));
		}
	}

	@AfterAll
	void removeDemo() {
		demo.removeAll(secretariat);
	}

	@Test
	void every_public_page_downloads_under_100_kb_on_a_first_visit_and_under_30_kb_on_a_later_one() {
		StringBuilder table = new StringBuilder("| page | path | first visit (KB) | later visit (KB) |\n");
		table.append("| --- | --- | ---: | ---: |\n");
		List<String> tooHeavy = new ArrayList<>();
		for (Map.Entry<String, String> entry : pages) {
			try (BrowserContext browser = Browser.newContext(true)) {
				Page page = browser.newPage();
				long first = visit(page, entry.getValue());
				long later = visit(page, entry.getValue());
				table.append(String.format(Locale.ROOT, "| %s | `%s` | %.1f | %.1f |%n", entry.getKey(),
						entry.getValue(), first / 1024.0, later / 1024.0));
				if (first > FIRST_VISIT_LIMIT || later > LATER_VISIT_LIMIT) {
					tooHeavy.add(entry.getValue() + ": " + first + " bytes, then " + later);
				}
			}
		}
		write(table.toString());
		assertThat(tooHeavy)
			.as("pages above %d bytes on a first visit or %d on a later one:%n%s", FIRST_VISIT_LIMIT, LATER_VISIT_LIMIT,
					table)
			.isEmpty();
	}

	@Test
	void the_world_map_is_downloaded_once_for_every_map_of_the_site() {
		try (BrowserContext browser = Browser.newContext(true)) {
			Page page = browser.newPage();
			loaded(page, "/countries/map");
			List<String> maps = downloaded(page, "/maps/world.");
			assertThat(maps).as("the map's outlines on the first map").hasSize(1);
			for (String path : List.of("/initiatives/map", "/coordination/gaps", "/countries/UGA")) {
				loaded(page, path);
				assertThat(downloaded(page, "/maps/world.")).as("the map's outlines downloaded again on " + path)
					.isEmpty();
				assertThat(page.locator("svg use[data-code]").count()).as("countries drawn on " + path)
					.isGreaterThan(0);
			}
		}
	}

	@Test
	void every_public_page_fits_a_phone_without_sideways_scrolling_with_and_without_javascript() {
		List<String> wide = new ArrayList<>();
		for (boolean javaScript : new boolean[] { true, false }) {
			try (BrowserContext browser = Browser.newContext(javaScript)) {
				Page page = browser.newPage();
				page.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT);
				for (Map.Entry<String, String> entry : pages) {
					assertThat(page.navigate(url(entry.getValue())).status()).as(entry.getValue()).isEqualTo(200);
					assertThat(page.locator("h1").count()).as(entry.getValue()).isEqualTo(1);
					int width = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
					if (width > PHONE_WIDTH) {
						wide.add(entry.getValue() + (javaScript ? "" : " (without JavaScript)") + ": " + width
								+ " pixels wide, " + widest(page));
					}
				}
			}
		}
		assertThat(wide).as("pages wider than a phone").isEmpty();
	}

	@Test
	void on_a_phone_the_first_initiative_comes_within_two_screens_and_the_filters_open_on_demand() {
		for (boolean javaScript : new boolean[] { true, false }) {
			try (BrowserContext browser = Browser.newContext(javaScript)) {
				Page page = browser.newPage();
				page.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT);
				page.navigate(url("/initiatives"));
				double top = page.locator("ol.initiative-list h3 a").first().boundingBox().y;
				assertThat(top).as("where the first result starts, JavaScript " + javaScript)
					.isLessThan(2.0 * PHONE_HEIGHT);
				assertThat(page.locator("#filters fieldset").first().isVisible()).as("filters before opening")
					.isFalse();
				page.locator("summary.filters-toggle").click();
				assertThat(page.locator("#filters fieldset").first().isVisible()).as("filters once opened").isTrue();
				if (javaScript) {
					assertThat(Accessibility.violations(page)).as("accessibility of the list on a phone").isEmpty();
				}
			}
			try (BrowserContext browser = Browser.newContext(javaScript)) {
				Page page = browser.newPage();
				page.navigate(url("/initiatives"));
				assertThat(page.locator("#filters fieldset").first().isVisible()).as("filters on a large screen")
					.isTrue();
				assertThat(page.locator("summary.filters-toggle").isVisible()).as("the toggle on a large screen")
					.isFalse();
			}
		}
	}

	@Test
	void the_pages_changed_for_phones_pass_the_accessibility_check_at_a_phones_width() {
		try (BrowserContext browser = Browser.newContext(true)) {
			Page page = browser.newPage();
			page.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT);
			for (String path : List.of("/action-plan", "/countries/KEN", "/countries/map", "/initiatives/map",
					pages.get(10).getValue(), "/coordination/gaps")) {
				page.navigate(url(path));
				assertThat(Accessibility.violations(page)).as("accessibility of " + path).isEmpty();
			}
		}
	}

	/**
	 * Visits the page and adds up what it downloaded: the page and every resource, as
	 * transferred (compressed, with headers; nothing for what came from the cache).
	 */
	private long visit(Page page, String path) {
		loaded(page, path);
		Number bytes = (Number) page.evaluate("""
				() => performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))
				  .reduce((sum, entry) => sum + entry.transferSize, 0)""");
		return bytes.longValue();
	}

	/**
	 * Loads the page and waits until it has everything it asks for: past its load event,
	 * its fonts and its first frames drawn (when a map's {@code <use>} asks for the
	 * outlines), with no request still in flight. Rather than Playwright's network idle,
	 * which waits for half a second without a request after the last one on every visit.
	 */
	private void loaded(Page page, String path) {
		java.util.concurrent.atomic.AtomicInteger inFlight = new java.util.concurrent.atomic.AtomicInteger();
		java.util.function.Consumer<com.microsoft.playwright.Request> started = request -> inFlight.incrementAndGet();
		java.util.function.Consumer<com.microsoft.playwright.Request> ended = request -> inFlight.decrementAndGet();
		page.onRequest(started);
		page.onRequestFinished(ended);
		page.onRequestFailed(ended);
		try {
			page.navigate(url(path));
			page.evaluate("""
					async () => {
					  await document.fonts.ready;
					  await new Promise(drawn => requestAnimationFrame(() => requestAnimationFrame(drawn)));
					}""");
			page.waitForCondition(() -> inFlight.get() <= 0);
		}
		finally {
			page.offRequest(started);
			page.offRequestFinished(ended);
			page.offRequestFailed(ended);
		}
	}

	@SuppressWarnings("unchecked")
	private List<String> downloaded(Page page, String part) {
		return ((List<String>) page.evaluate("""
				part => performance.getEntriesByType('resource')
				  .filter(entry => entry.name.includes(part) && entry.transferSize > 0).map(entry => entry.name)""",
				part));
	}

	/** The element that sticks out furthest to the right, for the failure's message. */
	private static String widest(Page page) {
		return (String) page.evaluate(
				"""
						() => {
						  let widest = null, right = 0;
						  const scrolled = (element) => {
						    for (let e = element.parentElement; e; e = e.parentElement) {
						      if (getComputedStyle(e).overflowX !== 'visible') return true;
						    }
						    return false;
						  };
						  for (const element of document.querySelectorAll('main *')) {
						    if (scrolled(element)) continue;
						    const r = element.getBoundingClientRect().right;
						    if (r > right) { right = r; widest = element; }
						  }
						  return widest ? widest.tagName.toLowerCase() + (widest.id ? '#' + widest.id : '')
						    + (widest.className && widest.className.baseVal === undefined ? '.' + widest.className.split(' ').join('.') : '')
						    + ' reaches ' + Math.round(right) : 'nothing in main';
						}""");
	}

	private static void write(String table) {
		try {
			Path target = Path.of("target", "page-weights.md");
			Files.createDirectories(target.getParent());
			Files.writeString(target, table);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
