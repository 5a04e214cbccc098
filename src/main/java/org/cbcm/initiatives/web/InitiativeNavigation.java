package org.cbcm.initiatives.web;

import java.util.ArrayList;
import java.util.List;

import org.cbcm.initiatives.internal.InitiativeManagement;
import org.cbcm.initiatives.internal.InitiativeQueries;
import org.cbcm.shared.Viewer;
import org.cbcm.web.Navigation;
import org.cbcm.web.NavigationLink;
import org.cbcm.web.PortalFigure;
import org.cbcm.web.PortalFigures;

import org.springframework.stereotype.Component;

/**
 * The initiatives' place in the menu for those who write them (their workspace) and for
 * the Secretariat (its queue and the exchange rates), and their figure on the home page.
 */
@Component
class InitiativeNavigation implements Navigation, PortalFigures {

	private final InitiativeManagement initiatives;

	private final InitiativeQueries queries;

	InitiativeNavigation(InitiativeManagement initiatives, InitiativeQueries queries) {
		this.initiatives = initiatives;
		this.queries = queries;
	}

	@Override
	public List<NavigationLink> links(Viewer viewer) {
		List<NavigationLink> links = new ArrayList<>();
		if (viewer.isSecretariat()) {
			links.add(new NavigationLink("nav.initiatives-queue", "/initiatives/mine", 20));
			links.add(new NavigationLink("nav.exchange-rates", "/initiatives/exchange-rates", 85));
			links.add(new NavigationLink("nav.initiatives-duplicates", "/initiatives/duplicates", 21));
		}
		else if (viewer.signedIn() && !initiatives.ownersFor(viewer).isEmpty()) {
			links.add(new NavigationLink("nav.my-initiatives", "/initiatives/mine", 20));
		}
		return links;
	}

	@Override
	public List<PortalFigure> figures() {
		return List.of(new PortalFigure("home.figure.initiatives", queries.count(), "/initiatives", 10));
	}

}
