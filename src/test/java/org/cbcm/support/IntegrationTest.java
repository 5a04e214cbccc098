package org.cbcm.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * A test of the whole application on a real database: the embedded H2 in the default test
 * run, PostgreSQL in the run with the {@code postgresql} profile (surefire's second
 * execution, which picks tests by the {@code database} tag). The server listens on a
 * random port, so browser tests can reach it, and MockMvc is at hand for requests without
 * a browser.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import(TestDatabase.class)
@ExtendWith(DatabaseAvailable.class)
@Tag("database")
public @interface IntegrationTest {

}
