package org.cbcm.coordination;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cbcm.framework.ItemCode;
import org.cbcm.identity.internal.TestAccounts;
import org.cbcm.records.RecordScope;
import org.cbcm.initiatives.InitiativeLoads;
import org.cbcm.initiatives.InitiativeContent;
import org.cbcm.initiatives.InitiativeArchived;
import org.cbcm.initiatives.InitiativeFacts;
import org.cbcm.initiatives.InitiativeId;
import org.cbcm.initiatives.InitiativePublished;
import org.cbcm.initiatives.InitiativesPublished;
import org.cbcm.initiatives.ParticipantRole;
import org.cbcm.needs.Capacity;
import org.cbcm.needs.ElementNeed;
import org.cbcm.needs.NeedsAssessmentId;
import org.cbcm.needs.NeedsFacts;
import org.cbcm.needs.NeedsPublished;
import org.cbcm.needs.Priority;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.OrganisationId;
import org.cbcm.support.TaskPool;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A small hand-made world for the coordination analysis: needs and initiatives published
 * as their modules publish them, as events in a committed transaction: a single record's
 * event updates the read model in that transaction, a load's after it, through the event
 * publication registry. Public for the pages' tests in {@code web}, which publish worlds
 * of their own.
 */
public final class CoordinationWorld {

	static final ItemCode ELEMENT = ItemCode.of("12(c)");

	static final OrganisationId GEF = organisation("gef");

	static final OrganisationId FAO = organisation("fao");

	static final OrganisationId UNEP = organisation("unep");

	static final ItemCode SOURCE = ItemCode.of("13(d)(i)");

	private final ApplicationEventPublisher events;

	private final ApplicationContext context;

	private final TransactionTemplate transaction;

	private CoordinationWorld(ApplicationContext context) {
		this.events = context;
		this.context = context;
		this.transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
	}

	/** An empty world: the read model is emptied. */
	public static CoordinationWorld empty(ApplicationContext context) {
		settle(context);
		JdbcClient jdbc = context.getBean(JdbcClient.class);
		for (String table : List.of("coord_allocation", "coord_initiative_donor", "coord_initiative", "coord_need",
				"coord_assessment", "coord_endorsement")) {
			jdbc.sql("DELETE FROM " + table).update();
		}
		return new CoordinationWorld(context);
	}

	static OrganisationId organisation(String key) {
		return new OrganisationId(UUID.nameUUIDFromBytes(("cbcm:organisation:" + key).getBytes()));
	}

	public void publish(Object event) {
		transaction.executeWithoutResult(status -> events.publishEvent(event));
	}

	/**
	 * Waits until the coordination model's listeners of bulk loads, which run on the
	 * application's task pool after the load's transaction, have handled every load so
	 * far.
	 */
	public static void settle(ApplicationContext context) {
		TaskPool.settle(context);
	}

	/** A country's assessment stating one element with the priority and requirement. */
	NeedsFacts needs(String country, LocalDate on, Priority priority, @Nullable Capacity capacity,
			@Nullable Integer requirementUsd) {
		NeedsFacts facts = new NeedsFacts(NeedsAssessmentId.random(), CountryCode.of(country), on,
				List.of(new ElementNeed(ELEMENT, capacity, priority, null, null,
						(requirementUsd != null) ? BigDecimal.valueOf(requirementUsd) : null, null,
						(requirementUsd != null) ? "USD" : null, null)));
		publish(new NeedsPublished(facts));
		return facts;
	}

	NeedsFacts highNeed(String country, int requirementUsd) {
		return needs(country, LocalDate.of(2025, 1, 10), Priority.HIGH, Capacity.BASIC, requirementUsd);
	}

	/** An initiative of the donor on the element in the countries, in US dollars. */
	InitiativeFacts initiative(String title, OrganisationId donor, LocalDate start, @Nullable LocalDate end,
			int budgetUsd, String... countries) {
		InitiativeFacts facts = facts(title, donor, start, end, budgetUsd, countries);
		publish(new InitiativePublished(facts));
		return facts;
	}

	/**
	 * Registers and publishes initiatives through the registry's bulk use case, as a load
	 * does, and waits for the model's listener, which hears loads after their commit on
	 * the task pool and reads the initiatives' present state.
	 * @return each one's facts, in the order given
	 */
	public List<InitiativeFacts> load(List<InitiativeContent> initiatives) {
		List<InitiativeLoads.Loaded> batch = initiatives.stream()
			.map(content -> new InitiativeLoads.Loaded(InitiativeId.random(), RecordScope.of(UNEP), content, true,
					Instant.parse("2025-01-01T10:00:00Z"), Instant.parse("2025-01-02T10:00:00Z")))
			.toList();
		context.getBean(InitiativeLoads.class)
			.register(batch, "Coordination tests", null, InitiativeLoads.Duplicates.NONE_EXPECTED,
					TestAccounts.viewerOf(TestAccounts.in(context).admin()));
		settle(context);
		return batch.stream().map(loaded -> InitiativeFacts.of(loaded.id(), loaded.content())).toList();
	}

	/**
	 * What a registered initiative of the donor on the element in the countries says, in
	 * US dollars; one naming no country names the region instead.
	 */
	public static InitiativeContent content(String title, OrganisationId donor, ItemCode element, LocalDate start,
			LocalDate end, int budgetUsd, String... countries) {
		List<InitiativeContent.CountryShare> shares = java.util.Arrays.stream(countries)
			.map(country -> new InitiativeContent.CountryShare(CountryCode.of(country), null))
			.toList();
		return new InitiativeContent(title, null, null, null, null, null, null,
				new InitiativeContent.Schedule(start, end, null, null),
				new InitiativeContent.Geography(null, null, shares,
						shares.isEmpty() ? List.of(org.cbcm.directory.RegionCode.of("014")) : List.of()),
				List.of(new InitiativeContent.Participant(donor, ParticipantRole.DONOR, null)),
				new InitiativeContent.Funding(BigDecimal.valueOf(budgetUsd), "USD", SOURCE, null, null, List.of()),
				new InitiativeContent.Focus(List.of(new InitiativeContent.ElementShare(element, null)), List.of(),
						List.of(), List.of()),
				null, null, null);
	}

	/**
	 * What an initiative of the donor on the element in the countries says, unpublished.
	 */
	static InitiativeFacts facts(String title, OrganisationId donor, LocalDate start, @Nullable LocalDate end,
			int budgetUsd, String... countries) {
		Map<CountryCode, BigDecimal> shares = new LinkedHashMap<>();
		for (String country : countries) {
			shares.put(CountryCode.of(country), BigDecimal.valueOf(100)
				.divide(BigDecimal.valueOf(countries.length), 4, java.math.RoundingMode.HALF_EVEN));
		}
		InitiativeFacts facts = new InitiativeFacts(InitiativeId.random(), title, null, null, start, end, shares,
				countries.length > 1, List.of(), Map.of(ParticipantRole.DONOR, List.of(donor)),
				Map.of(ELEMENT, BigDecimal.valueOf(100)), false, List.of(), BigDecimal.valueOf(budgetUsd), "USD",
				SOURCE);
		return facts;
	}

	void archive(InitiativeFacts facts) {
		publish(new InitiativeArchived(facts.id()));
	}

}
