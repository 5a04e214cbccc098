package org.cbcm.identity.web;

import org.cbcm.shared.UserId;
import org.cbcm.web.PathIdentifier;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Identity's identifiers as addresses name them: an account's. A text that is not one
 * names no account.
 */
@Configuration(proxyBeanMethods = false)
class IdentityIdentifiers {

	@Bean
	PathIdentifier<UserId> userIds() {
		return new PathIdentifier<>(UserId.class, UserId::isValid, UserId::of, "account.not-found");
	}

}
