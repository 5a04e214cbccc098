package org.cbcm.needs.internal;

import java.util.Optional;

import org.cbcm.needs.StrategyContent;
import org.cbcm.records.RecordLifecycle.Readers;
import org.cbcm.records.RecordLifecycles;
import org.cbcm.records.RecordUseCases;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The use cases of national strategies, on the shared record lifecycle: anyone reads the
 * published strategy (or that there is none), the country's people and the Secretariat
 * the working copy and its history.
 */
@Service
@Transactional
public class StrategyManagement extends RecordUseCases<CountryCode, StrategyContent, StrategyRecord> {

	private final StrategyRecords strategies;

	StrategyManagement(StrategyRecords strategies, StrategyRules rules, RecordLifecycles lifecycles) {
		super(lifecycles.of(StrategyRecord.KIND.name(), strategies, Readers.OWNERS_READ_HISTORY, rules,
				code -> new NotFoundException("country.not-found", code)));
		this.strategies = strategies;
	}

	/**
	 * The published copy of a country's strategy, for the pages of others; empty when
	 * none.
	 */
	@Transactional(readOnly = true)
	public Optional<StrategyContent> published(CountryCode country) {
		return strategies.published(country);
	}

}
