package org.cbcm.directory.web;

import java.util.List;
import java.util.Map;

import org.cbcm.directory.Classification;
import org.cbcm.directory.CountryDirectory;
import org.cbcm.directory.OrganisationDirectory;
import org.cbcm.web.PortalFigure;
import org.cbcm.web.PortalFigures;

import org.springframework.stereotype.Component;

/** The directory's headline figures on the home page. */
@Component
class DirectoryFigures implements PortalFigures {

	private final CountryDirectory countries;

	private final OrganisationDirectory organisations;

	DirectoryFigures(CountryDirectory countries, OrganisationDirectory organisations) {
		this.countries = countries;
		this.organisations = organisations;
	}

	@Override
	public List<PortalFigure> figures() {
		Map<Classification, Long> counts = countries.counts();
		long parties = countries.all().stream().filter(country -> country.cartagenaParty()).count();
		long organisationCount = organisations.countsByType().values().stream().mapToLong(Long::longValue).sum();
		return List.of(new PortalFigure("home.figure.parties", parties, "/countries?party=true", 30),
				new PortalFigure("home.figure.ldc", counts.get(Classification.LDC), "/countries?group=LDC", 40),
				new PortalFigure("home.figure.sids", counts.get(Classification.SIDS), "/countries?group=SIDS", 50),
				new PortalFigure("home.figure.organisations", organisationCount, "/organisations", 60));
	}

}
