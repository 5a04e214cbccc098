package org.cbcm.initiatives.web;

import org.cbcm.initiatives.InitiativeId;
import org.cbcm.web.PathIdentifier;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The registry's identifiers as addresses name them: an initiative's. A text that is not
 * one names no initiative.
 */
@Configuration(proxyBeanMethods = false)
class InitiativeIdentifiers {

	@Bean
	PathIdentifier<InitiativeId> initiativeIds() {
		return new PathIdentifier<>(InitiativeId.class, InitiativeId::isValid, InitiativeId::of,
				"initiative.not-found");
	}

}
