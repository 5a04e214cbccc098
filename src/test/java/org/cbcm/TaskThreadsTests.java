package org.cbcm;

import org.cbcm.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module listeners' pool has as many threads as the machine has processors (two at
 * least), not Spring Boot's eight.
 */
@IntegrationTest
class TaskThreadsTests {

	@Autowired
	@Qualifier("applicationTaskExecutor")
	ThreadPoolTaskExecutor pool;

	@Test
	void the_listeners_pool_is_sized_to_the_processors() {
		assertThat(pool.getCorePoolSize()).isEqualTo(Math.max(2, Runtime.getRuntime().availableProcessors()));
	}

}
