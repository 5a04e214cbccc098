package org.cbcm.coordination;

import java.util.List;
import java.util.Map;

import org.cbcm.directory.ProfileContact;
import org.cbcm.framework.ItemCode;
import org.cbcm.initiatives.InitiativeId;
import org.cbcm.shared.CountryCode;

/**
 * Overlapping support, a coordination candidate: two or more active initiatives of
 * different donors on the same country and key element, with overlapping dates, and whom
 * to ask about each, so that their people can be put in touch.
 *
 * @param country the country
 * @param element the key element
 * @param initiatives the initiatives, at least two
 * @param contacts the contacts each initiative's published record names; an initiative
 * naming nobody is absent
 */
public record OverlappingSupport(CountryCode country, ItemCode element, List<CountedInitiative> initiatives,
		Map<InitiativeId, List<ProfileContact>> contacts) {

	public OverlappingSupport {
		initiatives = List.copyOf(initiatives);
		contacts = Map.copyOf(contacts);
	}

	/** The contacts of one of the initiatives; empty when it names nobody. */
	public List<ProfileContact> contactsOf(InitiativeId initiative) {
		return contacts.getOrDefault(initiative, List.of());
	}

}
