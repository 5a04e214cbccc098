package org.cbcm.roster.web;

import java.util.List;

import org.cbcm.shared.Viewer;
import org.cbcm.web.Navigation;
import org.cbcm.web.NavigationLink;

import org.springframework.stereotype.Component;

/** The roster of experts in the menu, for everyone. */
@Component
class RosterNavigation implements Navigation {

	@Override
	public List<NavigationLink> links(Viewer viewer) {
		return List.of(new NavigationLink("nav.roster", "/roster", 16));
	}

}
