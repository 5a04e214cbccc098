package org.cbcm.initiatives;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.cbcm.directory.RegionCode;
import org.cbcm.framework.ItemCode;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * What analysis needs of a published initiative (coverage, gaps, duplication, money
 * flows), carried by its events.
 *
 * @param id the initiative
 * @param title its title
 * @param type programme, project, activity
 * @param implementation how far it got
 * @param start when it starts or started
 * @param end when it ends or ended
 * @param countryShares each country's percentage, the rest split evenly among those given
 * none
 * @param countrySharesEstimated whether some country's share was split evenly
 * @param regions the regions it names
 * @param participants the organisations by role
 * @param elementShares each key element's percentage, split like the countries'
 * @param elementSharesEstimated whether some element's share was split evenly
 * @param activities the implementation activities it carries out
 * @param totalBudget its budget, in its currency
 * @param currency the ISO 4217 currency
 * @param fundingSource the Action Plan's funding source category
 */
public record InitiativeFacts(InitiativeId id, String title, @Nullable InitiativeType type,
		@Nullable ImplementationStatus implementation, @Nullable LocalDate start, @Nullable LocalDate end,
		Map<CountryCode, BigDecimal> countryShares, boolean countrySharesEstimated, List<RegionCode> regions,
		Map<ParticipantRole, List<OrganisationId>> participants, Map<ItemCode, BigDecimal> elementShares,
		boolean elementSharesEstimated, List<ItemCode> activities, @Nullable BigDecimal totalBudget,
		@Nullable String currency, @Nullable ItemCode fundingSource) {

	public InitiativeFacts {
		countryShares = Map.copyOf(countryShares);
		regions = List.copyOf(regions);
		participants = Map.copyOf(participants);
		elementShares = Map.copyOf(elementShares);
		activities = List.copyOf(activities);
	}

	public static InitiativeFacts of(InitiativeId id, InitiativeContent content) {
		Map<ParticipantRole, List<OrganisationId>> participants = new java.util.EnumMap<>(ParticipantRole.class);
		for (ParticipantRole role : ParticipantRole.values()) {
			List<OrganisationId> in = content.organisationsIn(role);
			if (!in.isEmpty()) {
				participants.put(role, in);
			}
		}
		return new InitiativeFacts(id, content.title(), content.type(), content.implementation(),
				content.schedule().start(), content.schedule().end(), content.geography().shares(),
				content.geography().sharesEstimated(), content.geography().regions(), participants,
				content.focus().shares(), content.focus().sharesEstimated(), content.focus().activities(),
				content.funding().totalBudget(), content.funding().currency(), content.funding().source());
	}

}
