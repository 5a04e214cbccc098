package org.cbcm.demo.web;

import java.util.List;

import org.cbcm.shared.Viewer;
import org.cbcm.web.Navigation;
import org.cbcm.web.NavigationLink;

import org.springframework.stereotype.Component;

/** The link to the demo data page, for the Secretariat. */
@Component
class DemoNavigation implements Navigation {

	@Override
	public List<NavigationLink> links(Viewer viewer) {
		return viewer.isSecretariat() ? List.of(new NavigationLink("nav.demo", "/initiatives/demo", 95)) : List.of();
	}

}
