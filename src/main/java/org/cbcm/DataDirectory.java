package org.cbcm;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Makes {@code cbcm.data-dir} an absolute path before the database URL is built from it,
 * so that {@code --cbcm.data-dir=mydata} works as well as {@code ./mydata} (H2 refuses a
 * file path that is only implicitly relative to the working directory).
 */
class DataDirectory implements EnvironmentPostProcessor, Ordered {

	static final String PROPERTY = "cbcm.data-dir";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String configured = environment.getProperty(PROPERTY);
		if (configured == null || configured.isBlank()) {
			return;
		}
		String absolute = Path.of(configured.strip()).toAbsolutePath().normalize().toString();
		environment.getPropertySources()
			.addFirst(new MapPropertySource("cbcmDataDirectory", Map.of(PROPERTY, absolute)));
	}

	@Override
	public int getOrder() {
		// After the configuration files and the command line have been read.
		return Ordered.LOWEST_PRECEDENCE;
	}

}
