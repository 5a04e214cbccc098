package org.cbcm.needs.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.cbcm.needs.StrategyContent;
import org.cbcm.needs.internal.StrategyManagement;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.CurrentViewer;
import org.cbcm.web.PageSection;
import org.cbcm.web.PageSections;
import org.cbcm.web.PageSubject;

import org.springframework.stereotype.Component;

/**
 * Adds to a country's page its published national strategy in brief: whether biosafety is
 * integrated in its national development plans, the period, how many objectives, and the
 * link to the whole strategy.
 */
@Component
class StrategySections implements PageSections.Contributor {

	private final StrategyManagement strategies;

	private final CurrentViewer viewers;

	StrategySections(StrategyManagement strategies, CurrentViewer viewers) {
		this.strategies = strategies;
		this.viewers = viewers;
	}

	@Override
	public List<PageSection> sections(PageSubject subject, Locale locale) {
		if (subject.kind() != PageSubject.Kind.COUNTRY || !CountryCode.isValid(subject.id())) {
			return List.of();
		}
		CountryCode country = CountryCode.of(subject.id());
		String href = "/countries/" + country.value() + "/strategy";
		Optional<StrategyContent> published = strategies.published(country);
		if (published.isPresent()) {
			return List.of(new PageSection("needs/strategy/section", 60,
					Map.of("published", true, "strategy", published.get(), "href", href)));
		}
		// The country's people are shown where to write it; others see nothing.
		return viewers.get().actsFor(country)
				? List.of(new PageSection("needs/strategy/section", 60, Map.of("published", false, "href", href)))
				: List.of();
	}

}
