package org.cbcm.coordination.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cbcm.coordination.CoordinationWorld;
import org.cbcm.framework.ItemCode;
import org.cbcm.initiatives.Endorsement;
import org.cbcm.initiatives.InitiativeEndorsementChanged;
import org.cbcm.initiatives.InitiativeFacts;
import org.cbcm.initiatives.InitiativeId;
import org.cbcm.initiatives.InitiativePublished;
import org.cbcm.initiatives.ParticipantRole;
import org.cbcm.needs.Capacity;
import org.cbcm.needs.ElementNeed;
import org.cbcm.needs.NeedsAssessmentId;
import org.cbcm.needs.NeedsFacts;
import org.cbcm.needs.NeedsPublished;
import org.cbcm.needs.Priority;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationContext;

/**
 * The small hand-made world on which the coordination pages are tested, published as the
 * needs and initiatives modules publish it, so that the real analysis answers what can be
 * stated exactly:
 * <ul>
 * <li>Kenya (another developing country) states a medium need in 12(a), covered by one
 * donor's "Biosafety training" (60,000 US dollars, shares estimated, endorsed by Kenya),
 * and a high need in 12(b) with a requirement of 100,000 and nothing on it: the one
 * gap.</li>
 * <li>Uganda (least developed) states a high need in 12(b), on which two donors run
 * "First" (120,000) and "Second" (60,000) at the same time: the one possible duplication;
 * it states nothing in 12(a).</li>
 * <li>Tanzania (least developed) states a high need in 12(b), with an initiative of no
 * budget on it: the third country of its sub-region with a high need there, and no
 * initiative names two of them, so a regional initiative is suggested.</li>
 * <li>South Africa states adequate capacity in 12(b): a South-South partner.</li>
 * <li>France (developed) has an initiative of 60,000 in 12(c) that names no funding
 * source.</li>
 * </ul>
 * So 180,000 of the 300,000 allocated reach least developed countries: 60%. The
 * analysis's rules themselves are tested in {@code CoordinationScenarioTests}.
 */
final class CoordinationPagesWorld {

	static final LocalDate ASSESSED = LocalDate.of(2025, 1, 10);

	static final ItemCode A = ItemCode.of("12(a)");

	static final ItemCode B = ItemCode.of("12(b)");

	static final ItemCode C = ItemCode.of("12(c)");

	static final ItemCode SOURCE = ItemCode.of("13(d)(i)");

	static final OrganisationId DONOR = donor("donor");

	static final OrganisationId OTHER = donor("other");

	static final OrganisationId THIRD = donor("third");

	static OrganisationId donor(String key) {
		return new OrganisationId(UUID.nameUUIDFromBytes(("cbcm:test:" + key).getBytes(StandardCharsets.UTF_8)));
	}

	private CoordinationPagesWorld() {
	}

	/** Empties the coordination read model and publishes the world. */
	static void publish(ApplicationContext context) {
		CoordinationWorld world = CoordinationWorld.empty(context);
		world.publish(
				needs("KEN", new ElementNeed(A, Capacity.MODERATE, Priority.MEDIUM, null, null, null, null, null, null),
						need(B, Priority.HIGH, Capacity.BASIC, 100_000)));
		world.publish(needs("UGA", need(B, Priority.HIGH, null, null)));
		world.publish(needs("TZA", need(B, Priority.HIGH, null, null)));
		world.publish(needs("ZAF", need(B, Priority.LOW, Capacity.ADEQUATE, null)));
		InitiativeFacts training = initiative("Biosafety training", DONOR, A, 60_000, true, SOURCE,
				LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31), "KEN");
		world.publish(new InitiativePublished(training));
		world.publish(
				new InitiativeEndorsementChanged(training.id(), CountryCode.of("KEN"), Endorsement.ENDORSED, null));
		world.publish(new InitiativePublished(initiative("First", DONOR, B, 120_000, false, SOURCE,
				LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31), "UGA")));
		world.publish(new InitiativePublished(initiative("Second", OTHER, B, 60_000, false, SOURCE,
				LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31), "UGA")));
		world.publish(new InitiativePublished(initiative("Tanzanian guidance", THIRD, B, null, false, null,
				LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), "TZA")));
		world.publish(new InitiativePublished(initiative("Risk assessment in France", OTHER, C, 60_000, false, null,
				LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), "FRA")));
	}

	static ElementNeed need(ItemCode element, Priority priority, @Nullable Capacity capacity,
			@Nullable Integer requirementUsd) {
		return new ElementNeed(element, capacity, priority, null, null,
				(requirementUsd != null) ? BigDecimal.valueOf(requirementUsd) : null, null,
				(requirementUsd != null) ? "USD" : null, null);
	}

	static NeedsPublished needs(String country, ElementNeed... needs) {
		return new NeedsPublished(
				new NeedsFacts(NeedsAssessmentId.random(), CountryCode.of(country), ASSESSED, Arrays.asList(needs)));
	}

	/** An initiative of the donor wholly on the element in the countries. */
	static InitiativeFacts initiative(String title, OrganisationId donor, ItemCode element, @Nullable Integer budgetUsd,
			boolean estimated, @Nullable ItemCode source, LocalDate start, LocalDate end, String... countries) {
		Map<CountryCode, BigDecimal> shares = new LinkedHashMap<>();
		for (String country : countries) {
			shares.put(CountryCode.of(country), BigDecimal.valueOf(100L / countries.length));
		}
		return new InitiativeFacts(InitiativeId.random(), title, null, null, start, end, shares, estimated, List.of(),
				Map.of(ParticipantRole.DONOR, List.of(donor)), Map.of(element, BigDecimal.valueOf(100)), false,
				List.of(), (budgetUsd != null) ? BigDecimal.valueOf(budgetUsd) : null,
				(budgetUsd != null) ? "USD" : null, source);
	}

}
