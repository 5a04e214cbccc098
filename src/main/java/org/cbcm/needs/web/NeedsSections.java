package org.cbcm.needs.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.cbcm.framework.ItemCode;
import org.cbcm.needs.NeedsAssessments;
import org.cbcm.needs.NeedsFacts;
import org.cbcm.needs.Priority;
import org.cbcm.needs.internal.NeedsManagement;
import org.cbcm.shared.CountryCode;
import org.cbcm.web.PageSection;
import org.cbcm.web.PageSections;
import org.cbcm.web.PageSubject;

import org.springframework.stereotype.Component;

/**
 * Adds to a country's page its latest published needs: the date, the elements of high
 * priority, and a link to its assessments.
 */
@Component
class NeedsSections implements PageSections.Contributor {

	private final NeedsAssessments assessments;

	private final NeedsManagement needs;

	NeedsSections(NeedsAssessments assessments, NeedsManagement needs) {
		this.assessments = assessments;
		this.needs = needs;
	}

	@Override
	public List<PageSection> sections(PageSubject subject, Locale locale) {
		if (subject.kind() != PageSubject.Kind.COUNTRY || !CountryCode.isValid(subject.id())) {
			return List.of();
		}
		CountryCode country = CountryCode.of(subject.id());
		Optional<NeedsFacts> latest = assessments.latest(country);
		Map<ItemCode, String> titles = latest.isPresent() ? needs.titles() : Map.of();
		Map<String, Object> model = new HashMap<>();
		model.put("href", "/countries/" + country.value() + "/needs");
		model.put("hasLatest", latest.isPresent());
		latest.ifPresent(facts -> {
			model.put("latest", facts);
			model.put("high",
					facts.elements()
						.stream()
						.filter(need -> need.priority() == Priority.HIGH)
						.map(need -> need.element().value() + " " + titles.getOrDefault(need.element(), ""))
						.map(String::strip)
						.toList());
		});
		if (latest.isEmpty()) {
			model.put("high", List.of());
		}
		return List.of(new PageSection("needs/assessments/section", 90, model));
	}

}
