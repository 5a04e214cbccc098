package org.cbcm.needs.web;

import java.util.List;

import org.cbcm.shared.Grant;
import org.cbcm.shared.Role;
import org.cbcm.shared.Viewer;
import org.cbcm.web.Navigation;
import org.cbcm.web.NavigationLink;

import org.springframework.stereotype.Component;

/**
 * The needs assessments' place in the menu of the national people who write them: their
 * country's assessments, where they start a new one and find their drafts.
 */
@Component
class NeedsNavigation implements Navigation {

	@Override
	public List<NavigationLink> links(Viewer viewer) {
		return viewer.grants()
			.stream()
			.filter(grant -> grant.country() != null
					&& (grant.role() == Role.NATIONAL_FOCAL_POINT || grant.role() == Role.NATIONAL_USER))
			.map(Grant::country)
			.distinct()
			.limit(1)
			.map(country -> new NavigationLink("nav.my-needs", "/countries/" + country.value() + "/needs", 25))
			.toList();
	}

}
