package org.cbcm.initiatives.web;

import org.cbcm.initiatives.DuplicatePairId;
import org.cbcm.initiatives.InitiativeMergeId;
import org.cbcm.web.PathIdentifier;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The duplicate queue's identifiers as addresses name them: a pair's and a merge's. A
 * text that is not one names none.
 */
@Configuration(proxyBeanMethods = false)
class DuplicateIdentifiers {

	@Bean
	PathIdentifier<DuplicatePairId> duplicatePairIds() {
		return new PathIdentifier<>(DuplicatePairId.class, DuplicatePairId::isValid, DuplicatePairId::of,
				"initiative.duplicate.not-found");
	}

	@Bean
	PathIdentifier<InitiativeMergeId> initiativeMergeIds() {
		return new PathIdentifier<>(InitiativeMergeId.class, InitiativeMergeId::isValid, InitiativeMergeId::of,
				"initiative.merge.not-found");
	}

}
