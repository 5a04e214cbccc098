package org.cbcm.needs.internal;

import java.util.ArrayList;
import java.util.List;

import org.cbcm.needs.StrategyLoads;
import org.cbcm.records.Confirmations;
import org.cbcm.records.Refusal;
import org.cbcm.records.Revisions;
import org.cbcm.records.Transition;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.ForbiddenException;
import org.cbcm.shared.InvalidRequestException;
import org.cbcm.shared.Viewer;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads and removes national strategies in bulk ({@link StrategyLoads}) through the
 * shared lifecycle: each is saved and published as a person would, so its revisions and
 * confirmation come with it.
 */
@Service
@Transactional
class StrategyBulk implements StrategyLoads {

	private final StrategyManagement strategies;

	private final JdbcClient jdbc;

	private final Revisions revisions;

	private final Confirmations confirmations;

	StrategyBulk(StrategyManagement strategies, JdbcClient jdbc, Revisions revisions, Confirmations confirmations) {
		this.strategies = strategies;
		this.jdbc = jdbc;
		this.revisions = revisions;
		this.confirmations = confirmations;
	}

	@Override
	public List<CountryCode> publish(List<Loaded> batch, @Nullable String comment, Viewer by) {
		secretariat(by);
		if (batch.size() > MAX_BATCH) {
			throw new InvalidRequestException("batch", "strategy.rows.too-many", MAX_BATCH);
		}
		List<CountryCode> published = new ArrayList<>();
		for (Loaded loaded : batch) {
			if (exists(loaded.country())) {
				continue;
			}
			int version = strategies.save(loaded.country(), 0, loaded.content(), comment, by);
			strategies.move(loaded.country(), version, Transition.PUBLISH, null, by);
			published.add(loaded.country());
		}
		return published;
	}

	@Override
	@Transactional(readOnly = true)
	public long count(String createdBy) {
		return jdbc.sql("SELECT COUNT(*) FROM national_strategy WHERE created_by IS NULL AND created_by_name = :name")
			.param("name", createdBy)
			.query(Long.class)
			.single();
	}

	@Override
	public int removeAll(String createdBy, Viewer by) {
		secretariat(by);
		List<String> countries = jdbc
			.sql("SELECT country_code FROM national_strategy WHERE created_by IS NULL AND created_by_name = :name")
			.param("name", createdBy)
			.query(String.class)
			.list();
		if (countries.isEmpty()) {
			return 0;
		}
		jdbc.sql("DELETE FROM national_strategy WHERE country_code IN (:codes)").param("codes", countries).update();
		revisions.removeAll(StrategyRecord.KIND.name(), countries);
		confirmations.withdrawnAll(StrategyRecord.KIND.name(), countries);
		return countries.size();
	}

	/** Whether the country has a strategy, published or not. */
	private boolean exists(CountryCode country) {
		return jdbc.sql("SELECT 1 FROM national_strategy WHERE country_code = :code")
			.param("code", country.value())
			.query(Integer.class)
			.optional()
			.isPresent();
	}

	private static void secretariat(Viewer by) {
		if (!by.isSecretariat()) {
			throw new ForbiddenException(Refusal.NOT_YOURS.messageKey(), "SECRETARIAT");
		}
	}

}
