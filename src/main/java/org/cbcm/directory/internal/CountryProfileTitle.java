package org.cbcm.directory.internal;

import java.util.Locale;

import org.cbcm.directory.CountryDirectory;
import org.cbcm.records.RecordTitle;
import org.cbcm.shared.CountryCode;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** A country profile's title in the reader's language: "Country profile of Kenya". */
@Component
class CountryProfileTitle implements RecordTitle {

	private final CountryDirectory countries;

	private final MessageSource messages;

	CountryProfileTitle(CountryDirectory countries, MessageSource messages) {
		this.countries = countries;
		this.messages = messages;
	}

	@Override
	public String kind() {
		return CountryProfile.KIND.name();
	}

	@Override
	public @Nullable String title(String id, Locale language) {
		if (!CountryCode.isValid(id)) {
			return null;
		}
		return countries.find(CountryCode.of(id))
			.map(country -> messages.getMessage("record.title.country-profile", new Object[] { country.name(language) },
					language))
			.orElse(null);
	}

}
