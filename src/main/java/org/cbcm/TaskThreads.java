package org.cbcm;

import org.springframework.boot.task.ThreadPoolTaskExecutorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The application's task pool, on which the module listeners run after their publishing
 * transaction commits: as many threads as processors (two at least). The listeners' work
 * (duplicate detection, the coordination analysis, mail) is processor and database work
 * on the same machine; more threads than processors only make them and the requests
 * beside them queue for the processors, as eight did under a bulk import.
 */
@Configuration(proxyBeanMethods = false)
class TaskThreads {

	@Bean
	ThreadPoolTaskExecutorCustomizer processorsSizedPool(Environment environment) {
		return pool -> {
			if (!environment.containsProperty("spring.task.execution.pool.core-size")) {
				pool.setCorePoolSize(Math.max(2, Runtime.getRuntime().availableProcessors()));
			}
		};
	}

}
