package org.cbcm.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Debian's headless Chromium, driven by Playwright, for tests of a person's journey
 * through the pages. Where Chromium is not installed the browser tests are skipped,
 * unless {@code CI=true}, where they fail. Screenshots go to {@code target/screenshots/}.
 */
public final class Browser implements ExecutionCondition {

	public static final Path CHROMIUM = Paths.get("/usr/bin/chromium");

	private static Playwright playwright;

	private static com.microsoft.playwright.Browser browser;

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (Files.isExecutable(CHROMIUM)) {
			return ConditionEvaluationResult.enabled("Chromium is installed");
		}
		if (Ci.required()) {
			throw new IllegalStateException(
					"CI=true, but " + CHROMIUM + " is missing: install Debian's chromium (see .ci/run)");
		}
		return ConditionEvaluationResult.disabled(CHROMIUM + " is missing");
	}

	/** A fresh browser context (no cookies, no storage) with JavaScript on or off. */
	public static BrowserContext newContext(boolean javaScript) {
		// Reduced motion turns off the buttons' colour transitions, which the
		// accessibility
		// check would otherwise catch half-way under the pointer that just clicked.
		return newContext(new NewContextOptions().setJavaScriptEnabled(javaScript)
			.setViewportSize(1280, 900)
			.setLocale("en-GB")
			.setReducedMotion(com.microsoft.playwright.options.ReducedMotion.REDUCE));
	}

	/**
	 * A fresh browser context of the one browser, as the options say (another window
	 * size, zoom or motion preference).
	 */
	public static synchronized BrowserContext newContext(NewContextOptions options) {
		if (browser == null) {
			playwright = Playwright
				.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
			browser = playwright.chromium()
				.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
					.setHeadless(true)
					.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
							"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
		}
		return browser.newContext(options);
	}

	/** Saves a screenshot of the whole page as {@code target/screenshots/<name>.png}. */
	public static Path screenshot(Page page, String name) {
		Path file = Paths.get("target", "screenshots", name + ".png");
		page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
		return file;
	}

	static {
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			if (playwright != null) {
				playwright.close();
			}
		}));
	}

	/** Signs in on the sign-in page at the address given, and waits until signed in. */
	public static void signIn(Page page, String loginUrl, String email, String password) {
		page.navigate(loginUrl);
		page.getByLabel("Email").fill(email);
		page.getByLabel("Password").fill(password);
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
			.click();
		com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator("header"))
			.containsText("Sign out");
	}

	/**
	 * Keeps a screenshot of the page under the name and requires that axe finds nothing
	 * on it.
	 */
	public static void checked(Page page, String name) {
		screenshot(page, name);
		org.assertj.core.api.Assertions.assertThat(Accessibility.violations(page))
			.as("accessibility of " + name)
			.isEmpty();
	}

}
