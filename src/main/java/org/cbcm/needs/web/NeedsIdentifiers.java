package org.cbcm.needs.web;

import java.util.regex.Pattern;

import org.cbcm.needs.NeedsAssessmentId;
import org.cbcm.web.PathIdentifier;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A needs assessment's identifier as addresses name it; a text that is not one names no
 * assessment.
 */
@Configuration(proxyBeanMethods = false)
class NeedsIdentifiers {

	private static final Pattern UUID = Pattern
		.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

	@Bean
	PathIdentifier<NeedsAssessmentId> needsAssessmentIds() {
		return new PathIdentifier<>(NeedsAssessmentId.class, text -> UUID.matcher(text).matches(),
				NeedsAssessmentId::of, "needs.not-found");
	}

}
