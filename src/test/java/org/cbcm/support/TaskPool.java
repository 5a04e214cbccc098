package org.cbcm.support;

import java.util.concurrent.TimeUnit;

import org.springframework.context.ApplicationContext;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The application's task pool, on which the asynchronous module listeners run after the
 * publishing transaction committed.
 */
public final class TaskPool {

	private TaskPool() {
	}

	/**
	 * Waits until the listeners have handled every event published so far: until the pool
	 * is idle (a commit hands its events to the pool before it returns).
	 */
	public static void settle(ApplicationContext context) {
		ThreadPoolTaskExecutor pool = context.getBean("applicationTaskExecutor", ThreadPoolTaskExecutor.class);
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
		int idle = 0;
		// idle twice in a row: a task taken from the queue is counted active a moment
		// later
		while (idle < 2) {
			idle = (pool.getActiveCount() == 0 && pool.getThreadPoolExecutor().getQueue().isEmpty()) ? idle + 1 : 0;
			if (System.nanoTime() > deadline) {
				throw new AssertionError("The task pool did not finish within 20 s");
			}
			try {
				Thread.sleep(5);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
		}
	}

}
