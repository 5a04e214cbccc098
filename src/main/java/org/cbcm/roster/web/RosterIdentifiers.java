package org.cbcm.roster.web;

import java.util.regex.Pattern;

import org.cbcm.roster.ExpertId;
import org.cbcm.web.PathIdentifier;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * An expert record's identifier as addresses name it; a text that is not one names no
 * expert.
 */
@Configuration(proxyBeanMethods = false)
class RosterIdentifiers {

	private static final Pattern UUID = Pattern
		.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

	@Bean
	PathIdentifier<ExpertId> expertIds() {
		return new PathIdentifier<>(ExpertId.class, text -> UUID.matcher(text).matches(), ExpertId::of,
				"expert.not-found");
	}

}
