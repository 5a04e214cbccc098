package org.cbcm.framework.web;

import org.cbcm.framework.ItemCode;
import org.cbcm.web.PathIdentifier;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Action Plan's identifiers as addresses name them: an item's code. A text that is
 * not one names no item.
 */
@Configuration(proxyBeanMethods = false)
class ActionPlanIdentifiers {

	@Bean
	PathIdentifier<ItemCode> itemCodes() {
		return new PathIdentifier<>(ItemCode.class, ItemCode::isValid, ItemCode::of, "framework.item.unknown");
	}

}
