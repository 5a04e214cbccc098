package org.cbcm;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * On PostgreSQL, has every statement planned for the values it is run with
 * ({@code plan_cache_mode=force_custom_plan}). cbcm's searches are built from filters,
 * and after five runs of one statement PostgreSQL may keep a generic plan made for any
 * values: for a text search of the registry at 100,000 initiatives it scanned and sorted
 * every match (190 ms) where the plan for the words read twenty rows (0.3 ms); see
 * bench/initiatives/findings.md. Planning anew costs a fraction of a millisecond. Given
 * connection options ({@code spring.datasource.hikari.data-source-properties.options})
 * are left as they are.
 */
class PostgresPlans implements EnvironmentPostProcessor, Ordered {

	static final String OPTIONS = "spring.datasource.hikari.data-source-properties.options";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String url = environment.getProperty("spring.datasource.url", "");
		if (!url.startsWith("jdbc:postgresql:") || environment.containsProperty(OPTIONS)) {
			return;
		}
		environment.getPropertySources()
			.addLast(new MapPropertySource("cbcmPostgresPlans",
					Map.of(OPTIONS, "-c plan_cache_mode=force_custom_plan")));
	}

	@Override
	public int getOrder() {
		// After the configuration files and the command line have been read.
		return Ordered.LOWEST_PRECEDENCE;
	}

}
