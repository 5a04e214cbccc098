package org.cbcm.demo.internal;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

import org.cbcm.shared.ConflictException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Lets one generation or removal of demo initiatives run at a time, on every node: a job
 * keeps the row of {@code demo_lock} locked, in a transaction of its own, for as long as
 * it runs, and writes in transactions of their own meanwhile (each visible at once). A
 * job that finds the row locked is refused at once rather than queued behind one that may
 * take minutes; a node that crashes lets go of the lock with its connection.
 */
@Component
class DemoLock {

	private static final Logger log = LoggerFactory.getLogger(DemoLock.class);

	/** How often a job that waits for the lock tries again. */
	private static final Duration RETRY = Duration.ofSeconds(1);

	private final JdbcClient jdbc;

	private final TransactionTemplate holding;

	DemoLock(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.holding = new TransactionTemplate(transactions);
		this.holding.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Runs the job holding the lock.
	 * @throws ConflictException when another job holds it
	 */
	<T> T exclusively(Supplier<T> job) {
		return attempt(job).orElseThrow(() -> new ConflictException("demo.busy"));
	}

	/** Runs the job holding the lock, waiting as long as another job holds it. */
	<T> T whenFree(Supplier<T> job) throws InterruptedException {
		Optional<T> done = attempt(job);
		if (done.isEmpty()) {
			log.info("Another node is generating or removing demo initiatives; waiting until it is done");
		}
		while (done.isEmpty()) {
			Thread.sleep(RETRY.toMillis());
			done = attempt(job);
		}
		return done.get();
	}

	/** Whether a job holds the lock now. */
	boolean held() {
		return attempt(() -> Boolean.TRUE).isEmpty();
	}

	private <T> Optional<T> attempt(Supplier<T> job) {
		Optional<T> done = holding.execute(status -> {
			boolean free = jdbc.sql("SELECT id FROM demo_lock WHERE id = 1 FOR UPDATE SKIP LOCKED")
				.query(Integer.class)
				.optional()
				.isPresent();
			return free ? Optional.of(job.get()) : Optional.<T>empty();
		});
		return (done != null) ? done : Optional.empty();
	}

}
