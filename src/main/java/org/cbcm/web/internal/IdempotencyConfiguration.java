package org.cbcm.web.internal;

import org.cbcm.shared.CurrentViewer;
import org.cbcm.shared.DeclaredEndpoints;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The API's POSTs with an {@code Idempotency-Key} run once per key
 * ({@link IdempotentPosts}).
 */
@Configuration(proxyBeanMethods = false)
class IdempotencyConfiguration {

	/**
	 * After the security filters (at -100, which tell who calls) and the
	 * {@link PageCache} (0), before the ETags (last), which leave POSTs alone.
	 */
	static final int ORDER = 10;

	@Bean
	FilterRegistrationBean<IdempotentPosts> idempotentPosts(IdempotencyKeys keys, CurrentViewer viewers,
			DeclaredEndpoints endpoints, MessageSource messages, LocaleResolver locales, JsonMapper json) {
		FilterRegistrationBean<IdempotentPosts> registration = new FilterRegistrationBean<>(
				new IdempotentPosts(keys, viewers, endpoints, messages, locales, json));
		registration.addUrlPatterns("/api/*");
		registration.setOrder(ORDER);
		return registration;
	}

}
