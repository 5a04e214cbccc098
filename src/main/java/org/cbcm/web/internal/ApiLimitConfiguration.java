package org.cbcm.web.internal;

import java.time.Clock;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The REST API's rate limits ({@link ApiLimits}), counted by a filter on {@code /api/*}
 * that runs right after the security filters.
 */
@Configuration(proxyBeanMethods = false)
class ApiLimitConfiguration {

	@Bean
	ApiLimits apiLimits(ApiLimitSettings settings, Clock clock) {
		return new ApiLimits(settings, clock);
	}

	/**
	 * After the security filters, which tell who the client is; before the ETags and
	 * everything else that would do work for a request that is refused.
	 */
	@Bean
	FilterRegistrationBean<ApiLimitFilter> apiLimitFilter(ApiLimits limits, MessageSource messages,
			LocaleResolver locales, JsonMapper json) {
		FilterRegistrationBean<ApiLimitFilter> registration = new FilterRegistrationBean<>(
				new ApiLimitFilter(limits, messages, locales, json));
		registration.addUrlPatterns("/api/*");
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
		return registration;
	}

}
