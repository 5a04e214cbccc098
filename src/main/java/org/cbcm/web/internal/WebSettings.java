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
 */
@ConfigurationProperties("cbcm.web")
record WebSettings(@DefaultValue("en") List<Locale> languages) {

	Locale defaultLanguage() {
		return languages.get(0);
	}

}
