package org.cbcm.needs.internal;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.cbcm.directory.CountryDirectory;
import org.cbcm.needs.NeedsAssessmentId;
import org.cbcm.records.RecordTitle;
import org.cbcm.shared.CountryCode;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The titles of national strategies and needs assessments in the reader's language, such
 * as {@code Needs assessment of Kenya} followed by the day it was made.
 */
@Configuration(proxyBeanMethods = false)
class NeedsTitles {

	@Bean
	RecordTitle strategyTitle(CountryDirectory countries, MessageSource messages) {
		return new RecordTitle() {

			@Override
			public String kind() {
				return StrategyRecord.KIND.name();
			}

			@Override
			public @Nullable String title(String id, Locale language) {
				return CountryCode.isValid(id) ? countries.find(CountryCode.of(id))
					.map(country -> messages.getMessage("record.title.strategy",
							new Object[] { country.name(language) }, language))
					.orElse(null) : null;
			}

		};
	}

	@Bean
	RecordTitle needsTitle(NeedsAssessmentStore store, CountryDirectory countries, MessageSource messages) {
		return new RecordTitle() {

			@Override
			public String kind() {
				return NeedsAssessment.KIND.name();
			}

			@Override
			public @Nullable String title(String id, Locale language) {
				NeedsAssessment assessment;
				try {
					assessment = store.find(NeedsAssessmentId.of(id)).orElse(null);
				}
				catch (IllegalArgumentException ex) {
					return null;
				}
				if (assessment == null) {
					return null;
				}
				String country = countries.find(assessment.country())
					.map(found -> found.name(language))
					.orElse(assessment.country().value());
				var on = assessment.content().assessedOn();
				return (on != null)
						? messages.getMessage("record.title.needs.on",
								new Object[] { country,
										DateTimeFormatter
											.ofPattern(messages.getMessage("format.date", null, language), language)
											.format(on) },
								language)
						: messages.getMessage("record.title.needs", new Object[] { country }, language);
			}

		};
	}

}
