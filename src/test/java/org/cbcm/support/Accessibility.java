package org.cbcm.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;

/**
 * Runs axe-core (the webjar's copy) in a page and returns the violations of WCAG 2.1 A
 * and AA rules, each as "rule: help (n nodes)", so that a test can assert there are none.
 */
public final class Accessibility {

	private static final String AXE = read();

	private static final String RUN = """
			async (contrast) => {
			  const results = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
			    resultTypes: ['violations'], rules: { 'color-contrast': { enabled: contrast } } });
			  return results.violations.map(v => ({ id: v.id, help: v.help, nodes: v.nodes.length,
			    targets: v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ') }));
			}""";

	private Accessibility() {
	}

	/**
	 * One rule axe found broken on a page.
	 *
	 * @param id the rule, such as {@code color-contrast}
	 * @param help what it asks for
	 * @param nodes how many elements break it
	 * @param targets the first few of them, as CSS selectors
	 */
	public record Violation(String id, String help, int nodes, String targets) {

		@Override
		public String toString() {
			return id + ": " + help + " (" + nodes + " nodes: " + targets + ")";
		}

	}

	/**
	 * Serves axe-core to every page of the context, as if from the page's own site, so
	 * that {@link #check(Page)} injects it with one request that never reaches the
	 * application.
	 */
	public static void serve(BrowserContext context) {
		context.route("**/__axe.min.js",
				route -> route.fulfill(new Route.FulfillOptions().setContentType("text/javascript").setBody(AXE)));
	}

	/**
	 * Injects axe-core once into the page as loaded now (its context {@link #serve
	 * served} it) and runs the WCAG 2.1 A and AA rules.
	 */
	public static List<Violation> check(Page page) {
		return check(page, true);
	}

	/**
	 * As {@link #check(Page)}, with or without the rule of colour contrast, the costliest
	 * one, for a page whose colours, sizes and weights of text were checked already in
	 * another language.
	 */
	@SuppressWarnings("unchecked")
	public static List<Violation> check(Page page, boolean contrast) {
		page.addScriptTag(new Page.AddScriptTagOptions().setUrl("/__axe.min.js"));
		List<Map<String, Object>> found = (List<Map<String, Object>>) page.evaluate(RUN, contrast);
		return found.stream()
			.map(v -> new Violation((String) v.get("id"), (String) v.get("help"), ((Number) v.get("nodes")).intValue(),
					(String) v.get("targets")))
			.toList();
	}

	private static final String RUN_RULES = """
			async (rules) => {
			  const known = new Set(axe.getRules(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).map(r => r.ruleId));
			  const unknown = rules.filter(rule => !known.has(rule));
			  if (unknown.length) throw new Error('not among the WCAG 2.1 A and AA rules of axe: ' + unknown.join(', '));
			  const results = await axe.run(document, { runOnly: { type: 'rule', values: rules }, resultTypes: ['violations'] });
			  return results.violations.map(v => ({ id: v.id, help: v.help, nodes: v.nodes.length,
			    targets: v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ') }));
			}""";

	/**
	 * As {@link #check(Page)}, with only the rules named, each of them one of the WCAG
	 * 2.1 A and AA rules (a name axe does not know fails the check rather than check
	 * nothing).
	 */
	@SuppressWarnings("unchecked")
	public static List<Violation> check(Page page, Collection<String> rules) {
		page.addScriptTag(new Page.AddScriptTagOptions().setUrl("/__axe.min.js"));
		List<Map<String, Object>> found = (List<Map<String, Object>>) page.evaluate(RUN_RULES, List.copyOf(rules));
		return found.stream()
			.map(v -> new Violation((String) v.get("id"), (String) v.get("help"), ((Number) v.get("nodes")).intValue(),
					(String) v.get("targets")))
			.toList();
	}

	@SuppressWarnings("unchecked")
	public static List<String> violations(Page page) {
		// Served as if from the page's own site, so that the page's
		// Content-Security-Policy
		// (script-src 'self') lets it run without being weakened for the test.
		page.route("**/__axe.min.js",
				route -> route.fulfill(new Route.FulfillOptions().setContentType("text/javascript").setBody(AXE)));
		page.addScriptTag(new Page.AddScriptTagOptions().setUrl("/__axe.min.js"));
		Object result = page.evaluate(
				"""
						async () => {
						  const results = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
						  return results.violations.map(v => v.id + ': ' + v.help + ' (' + v.nodes.length + ' nodes: '
						    + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ') + ')');
						}""");
		return (List<String>) result;
	}

	private static String read() {
		try (InputStream in = Accessibility.class
			.getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
			if (in == null) {
				throw new IllegalStateException("axe-core is not on the test classpath");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
