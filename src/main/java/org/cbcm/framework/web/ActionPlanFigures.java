package org.cbcm.framework.web;

import java.util.List;

import org.cbcm.framework.ActionPlanCatalogue;
import org.cbcm.framework.ItemFilter;
import org.cbcm.framework.ItemType;
import org.cbcm.framework.VersionCode;
import org.cbcm.web.PortalFigure;
import org.cbcm.web.PortalFigures;

import org.springframework.stereotype.Component;

/** The Action Plan's headline figures on the home page. */
@Component
class ActionPlanFigures implements PortalFigures {

	private final ActionPlanCatalogue catalogue;

	ActionPlanFigures(ActionPlanCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@Override
	public List<PortalFigure> figures() {
		VersionCode current = catalogue.current().code();
		return List.of(new PortalFigure("home.figure.key-elements",
				catalogue.items(current, ItemFilter.ofType(ItemType.KEY_ELEMENT)).size(), "/action-plan#section-3", 10),
				new PortalFigure("home.figure.activities",
						catalogue.items(current, ItemFilter.ofType(ItemType.ACTIVITY)).size(), "/action-plan#section-5",
						20));
	}

}
