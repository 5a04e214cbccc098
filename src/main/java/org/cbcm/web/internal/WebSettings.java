package org.cbcm.web.internal;

import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the web frame ({@code cbcm.web.*}).
 *
 * @param languages the interface languages offered in the language switcher, as language
 * tags; each needs its message bundles
 * @param baseUrl the address of cbcm as people reach it, for every absolute link it
 * writes ({@link org.cbcm.web.PublicAddress}); {@code https} also makes cookies secure
 * and turns on HSTS
 * @param pageCache whether public pages are kept for anonymous readers
 * ({@link PageCache}); off only to measure what rendering costs
 */
@ConfigurationProperties("cbcm.web")
record WebSettings(@DefaultValue("en") List<Locale> languages, @DefaultValue("http://localhost:8080") String baseUrl,
		@DefaultValue("true") boolean pageCache) {

	Locale defaultLanguage() {
		return languages.get(0);
	}

}
