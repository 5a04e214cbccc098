package org.cbcm.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A person's journey in a real browser ({@link Browser}) through the whole application
 * ({@link IntegrationTest}). Browser tests test the pages, not the database: they run
 * once, on the embedded H2 database; the {@code browser} tag keeps them out of the run on
 * PostgreSQL (surefire's {@code postgresql} execution excludes it), where the requests
 * without a browser test every query again. A journey that does test something of the
 * database takes {@link IntegrationTest} and {@code @ExtendWith(Browser.class)} instead,
 * and so runs on both. {@code .ci/run} checks that every {@code *BrowserTests} class ran
 * on H2 and every other integration test on PostgreSQL, none skipped.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@IntegrationTest
@ExtendWith(Browser.class)
@Tag(BrowserTest.TAG)
public @interface BrowserTest {

	/** The tag of browser tests, which the run on PostgreSQL leaves out. */
	String TAG = "browser";

}
