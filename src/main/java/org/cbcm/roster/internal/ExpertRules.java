package org.cbcm.roster.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.cbcm.directory.CountryDirectory;
import org.cbcm.directory.RegionCode;
import org.cbcm.records.RecordLifecycle;
import org.cbcm.records.RecordScope;
import org.cbcm.roster.ExpertContent;
import org.cbcm.roster.ExpertId;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.Validation;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The rules of an expert's record beyond its own: the countries and regions it names
 * exist, and nothing is dated in the future (a year of birth, a degree, the start of a
 * post); an expert is at least 18.
 */
@Component
class ExpertRules implements RecordLifecycle.Rules<ExpertId, ExpertContent> {

	static final int ADULT = 18;

	private final CountryDirectory countries;

	private final Clock clock;

	ExpertRules(CountryDirectory countries, Clock clock) {
		this.countries = countries;
		this.clock = clock;
	}

	@Override
	public void check(RecordScope owner, @Nullable ExpertId id, ExpertContent content, Validation validation) {
		LocalDate today = LocalDate.now(clock);
		Integer born = content.yearOfBirth();
		if (born != null && born > today.getYear() - ADULT && born <= 9999) {
			validation.reject("yearOfBirth",
					(born > today.getYear()) ? "expert.year-of-birth.future" : "expert.year-of-birth.too-young", born,
					ADULT);
		}
		country(validation, "countryOfBirth", content.countryOfBirth());
		countries(validation, "nationalities", content.nationalities());
		countries(validation, "countriesWorkedIn", content.countriesWorkedIn());
		List<RegionCode> regions = content.regionsWorkedIn();
		for (int i = 0; i < regions.size(); i++) {
			RegionCode region = regions.get(i);
			if (region != null && countries.regions().stream().noneMatch(known -> known.contains(region))) {
				validation.reject("regionsWorkedIn[" + i + "]", "expert.region.unknown", region.value());
			}
		}
		for (int i = 0; i < content.degrees().size(); i++) {
			ExpertContent.Degree degree = content.degrees().get(i);
			if (degree != null && degree.year() != null && degree.year() > today.getYear() && degree.year() <= 9999) {
				validation.reject("degrees[" + i + "].year", "expert.year.future", degree.year());
			}
		}
		future(validation, "currentJob.start", content.currentJob().start(), today);
		for (int i = 0; i < content.previousJobs().size(); i++) {
			ExpertContent.Job job = content.previousJobs().get(i);
			if (job != null) {
				future(validation, "previousJobs[" + i + "].start", job.start(), today);
				future(validation, "previousJobs[" + i + "].end", job.end(), today);
			}
		}
	}

	private static void future(Validation validation, String field, @Nullable YearMonth month, LocalDate today) {
		if (month != null && month.isAfter(YearMonth.from(today)) && month.getYear() <= 9999) {
			validation.reject(field, "expert.month.future", month.toString());
		}
	}

	private void country(Validation validation, String field, @Nullable CountryCode country) {
		if (country != null && countries.find(country).isEmpty()) {
			validation.reject(field, "expert.country.unknown", country.value());
		}
	}

	private void countries(Validation validation, String field, List<CountryCode> list) {
		for (int i = 0; i < list.size(); i++) {
			country(validation, field + "[" + i + "]", list.get(i));
		}
	}

}
