package org.cbcm.roster.web;

import java.util.ArrayList;
import java.util.List;

import org.cbcm.shared.Grant;
import org.cbcm.shared.Role;
import org.cbcm.shared.Viewer;
import org.cbcm.web.Navigation;
import org.cbcm.web.NavigationLink;

import org.springframework.stereotype.Component;

/**
 * The roster's place in the menu of those who nominate and review: a focal point's
 * experts nominated by its country and its requests for experts, the Secretariat's queue
 * of nominations to review, and an expert's own record.
 */
@Component
class NominationNavigation implements Navigation {

	@Override
	public List<NavigationLink> links(Viewer viewer) {
		List<NavigationLink> links = new ArrayList<>();
		if (!viewer.signedIn()) {
			return links;
		}
		viewer.grants()
			.stream()
			.filter(grant -> grant.role() == Role.NATIONAL_FOCAL_POINT && grant.country() != null)
			.map(Grant::country)
			.distinct()
			.limit(1)
			.forEach(country -> {
				links.add(new NavigationLink("nav.roster.nominated", "/countries/" + country.value() + "/experts", 27));
				links.add(new NavigationLink("nav.roster.requests",
						"/countries/" + country.value() + "/expert-requests", 27));
			});
		if (viewer.isSecretariat()) {
			links.add(new NavigationLink("nav.roster.nominations", "/roster/nominations", 27));
		}
		if (viewer.isExpert()) {
			links.add(new NavigationLink("nav.roster.me", "/roster/me", 28));
		}
		return links;
	}

}
