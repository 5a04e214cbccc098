package org.cbcm;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Two settings of the PostgreSQL driver that cbcm relies on, found by measuring the
 * registry at 100,000 initiatives (bench/initiatives/findings.md). Either one given in
 * the configuration ({@code spring.datasource.hikari.data-source-properties.*}) is left
 * as it is.
 * <ul>
 * <li>Every statement is planned for the values it is run with
 * ({@code plan_cache_mode=force_custom_plan}). cbcm's searches are built from filters,
 * and after some runs of one statement PostgreSQL may keep a generic plan made for any
 * values: for a text search of the registry it scanned and sorted every match (190 ms)
 * where the plan for the words read twenty rows (0.3 ms).</li>
 * <li>Batches of inserts go to the server as inserts of many rows
 * ({@code reWriteBatchedInserts}), so that bulk loads (demo data) are neither planned nor
 * sent row by row.</li>
 * </ul>
 */
class PostgresConnections implements EnvironmentPostProcessor, Ordered {

	static final String PROPERTIES = "spring.datasource.hikari.data-source-properties.";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String url = environment.getProperty("spring.datasource.url", "");
		if (!url.startsWith("jdbc:postgresql:")) {
			return;
		}
		Map<String, Object> settings = new LinkedHashMap<>();
		if (!environment.containsProperty(PROPERTIES + "options")) {
			settings.put(PROPERTIES + "options", "-c plan_cache_mode=force_custom_plan");
		}
		if (!environment.containsProperty(PROPERTIES + "reWriteBatchedInserts")) {
			settings.put(PROPERTIES + "reWriteBatchedInserts", "true");
		}
		environment.getPropertySources().addLast(new MapPropertySource("cbcmPostgresConnections", settings));
	}

	@Override
	public int getOrder() {
		// After the configuration files and the command line have been read.
		return Ordered.LOWEST_PRECEDENCE;
	}

}
