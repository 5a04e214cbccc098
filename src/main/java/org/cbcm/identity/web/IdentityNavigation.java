package org.cbcm.identity.web;

import java.util.ArrayList;
import java.util.List;

import org.cbcm.shared.Grant;
import org.cbcm.shared.Role;
import org.cbcm.shared.Viewer;
import org.cbcm.web.Navigation;
import org.cbcm.web.NavigationLink;

import org.springframework.stereotype.Component;

/**
 * Links for people signed in: their account, their country's people, the Secretariat's
 * pages.
 */
@Component
class IdentityNavigation implements Navigation {

	@Override
	public List<NavigationLink> links(Viewer viewer) {
		List<NavigationLink> links = new ArrayList<>();
		if (!viewer.signedIn()) {
			return links;
		}
		viewer.grants()
			.stream()
			.filter(grant -> grant.role() == Role.NATIONAL_FOCAL_POINT)
			.map(Grant::country)
			.distinct()
			.forEach(country -> links
				.add(new NavigationLink("nav.national-users", "/countries/" + country + "/users", 50)));
		if (viewer.isSecretariat()) {
			links.add(new NavigationLink("nav.admin.users", "/admin/users", 80));
			links.add(new NavigationLink("nav.admin.audit", "/admin/audit", 90));
		}
		return links;
	}

}
