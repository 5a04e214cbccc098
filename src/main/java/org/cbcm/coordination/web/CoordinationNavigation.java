package org.cbcm.coordination.web;

import java.util.List;

import org.cbcm.shared.Viewer;
import org.cbcm.web.Navigation;
import org.cbcm.web.NavigationLink;

import org.springframework.stereotype.Component;

/** The coordination analysis in the menu, for everyone. */
@Component
class CoordinationNavigation implements Navigation {

	@Override
	public List<NavigationLink> links(Viewer viewer) {
		return List.of(new NavigationLink("coordination.nav", "/coordination", 15));
	}

}
