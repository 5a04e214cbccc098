package org.cbcm.coordination.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.cbcm.framework.ItemCode;
import org.cbcm.initiatives.Endorsement;
import org.cbcm.initiatives.InitiativeFacts;
import org.cbcm.initiatives.InitiativeId;
import org.cbcm.initiatives.ParticipantRole;
import org.cbcm.needs.ElementNeed;
import org.cbcm.needs.NeedsAssessmentId;
import org.cbcm.needs.NeedsFacts;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes the coordination read model. Every write replaces what the model held of the
 * initiative, assessment or endorsement, so that an event delivered twice leaves the same
 * state as once.
 */
@Repository
public class CoordinationModel {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batches;

	CoordinationModel(JdbcClient jdbc, NamedParameterJdbcTemplate batches) {
		this.jdbc = jdbc;
		this.batches = batches;
	}

	/** Puts initiatives as they now are, replacing what the model held of them. */
	public void putInitiatives(Collection<InitiativeFacts> all) {
		if (all.isEmpty()) {
			return;
		}
		removeInitiatives(all.stream().map(InitiativeFacts::id).toList());
		List<SqlParameterSource> initiatives = new ArrayList<>();
		List<SqlParameterSource> donors = new ArrayList<>();
		List<SqlParameterSource> allocations = new ArrayList<>();
		for (InitiativeFacts facts : all) {
			UUID id = facts.id().value();
			List<OrganisationId> funders = donors(facts);
			Integer rateYear = (facts.start() != null) ? facts.start().getYear() : null;
			initiatives.add(new MapSqlParameterSource().addValue("id", id)
				.addValue("title", facts.title())
				.addValue("start", facts.start())
				.addValue("end", facts.end())
				.addValue("source", (facts.fundingSource() != null) ? facts.fundingSource().value() : null)
				.addValue("budget", facts.totalBudget())
				.addValue("currency", facts.currency())
				.addValue("rateYear", rateYear)
				.addValue("donors", funders.stream().map(OrganisationId::toString).collect(Collectors.joining(",")))
				.addValue("regions",
						facts.regions().stream().map(region -> region.value()).collect(Collectors.joining(",")))
				.addValue("placed", !facts.countryShares().isEmpty()));
			for (OrganisationId donor : funders) {
				donors.add(new MapSqlParameterSource().addValue("id", id).addValue("donor", donor.value()));
			}
			Map<@Nullable CountryCode, BigDecimal> countries = new HashMap<>(facts.countryShares());
			if (countries.isEmpty()) {
				countries.put(null, HUNDRED);
			}
			boolean estimated = facts.countrySharesEstimated() || facts.elementSharesEstimated();
			for (Map.Entry<@Nullable CountryCode, BigDecimal> country : countries.entrySet()) {
				for (Map.Entry<ItemCode, BigDecimal> element : facts.elementShares().entrySet()) {
					BigDecimal share = country.getValue()
						.multiply(element.getValue())
						.divide(HUNDRED, 6, RoundingMode.HALF_EVEN);
					BigDecimal amount = (facts.totalBudget() != null)
							? facts.totalBudget().multiply(share).divide(HUNDRED, 2, RoundingMode.HALF_EVEN) : null;
					allocations.add(new MapSqlParameterSource().addValue("id", id)
						.addValue("country", (country.getKey() != null) ? country.getKey().value() : null)
						.addValue("element", element.getKey().value())
						.addValue("share", share)
						.addValue("amount", amount)
						.addValue("estimated", estimated));
				}
			}
		}
		batches.batchUpdate(
				"""
						INSERT INTO coord_initiative (id, title, start_date, end_date, funding_source, total_budget, currency,
						  rate_year, donors, regions, placed)
						VALUES (:id, :title, :start, :end, :source, :budget, :currency, :rateYear, :donors, :regions, :placed)""",
				initiatives.toArray(SqlParameterSource[]::new));
		batches.batchUpdate("INSERT INTO coord_initiative_donor (initiative_id, donor) VALUES (:id, :donor)",
				donors.toArray(SqlParameterSource[]::new));
		batches.batchUpdate("""
				INSERT INTO coord_allocation (initiative_id, country_code, element, share, amount, estimated)
				VALUES (:id, :country, :element, :share, :amount, :estimated)""",
				allocations.toArray(SqlParameterSource[]::new));
	}

	/** The organisations that fund it: its donors, in the order given. */
	static List<OrganisationId> donors(InitiativeFacts facts) {
		return facts.participants().getOrDefault(ParticipantRole.DONOR, List.of()).stream().distinct().toList();
	}

	/** Drops initiatives: archived, or no longer public. */
	public void removeInitiatives(Collection<InitiativeId> ids) {
		if (ids.isEmpty()) {
			return;
		}
		List<UUID> values = ids.stream().map(InitiativeId::value).toList();
		for (int from = 0; from < values.size(); from += 1000) {
			List<UUID> chunk = values.subList(from, Math.min(values.size(), from + 1000));
			jdbc.sql("DELETE FROM coord_allocation WHERE initiative_id IN (:ids)").param("ids", chunk).update();
			jdbc.sql("DELETE FROM coord_initiative_donor WHERE initiative_id IN (:ids)").param("ids", chunk).update();
			jdbc.sql("DELETE FROM coord_initiative WHERE id IN (:ids)").param("ids", chunk).update();
		}
	}

	/** Puts a published needs assessment as it now is. */
	public void putNeeds(Collection<NeedsFacts> all) {
		for (NeedsFacts facts : all) {
			removeNeeds(facts.id());
			jdbc.sql("INSERT INTO coord_assessment (id, country_code, assessed_on) VALUES (:id, :country, :on)")
				.param("id", facts.id().value())
				.param("country", facts.country().value())
				.param("on", facts.assessedOn())
				.update();
			List<SqlParameterSource> needs = new ArrayList<>();
			Map<ItemCode, ElementNeed> byElement = new java.util.LinkedHashMap<>();
			facts.elements().forEach(need -> byElement.put(need.element(), need));
			for (ElementNeed need : byElement.values()) {
				needs.add(new MapSqlParameterSource().addValue("id", facts.id().value())
					.addValue("element", need.element().value())
					.addValue("priority", need.priority().name())
					.addValue("capacity", (need.capacity() != null) ? need.capacity().name() : null)
					.addValue("requirement", need.requirement())
					.addValue("currency", need.currency()));
			}
			batches.batchUpdate("""
					INSERT INTO coord_need (assessment_id, element, priority, capacity, requirement, currency)
					VALUES (:id, :element, :priority, :capacity, :requirement, :currency)""",
					needs.toArray(SqlParameterSource[]::new));
		}
	}

	/** Drops an assessment that is no longer published. */
	public void removeNeeds(NeedsAssessmentId id) {
		jdbc.sql("DELETE FROM coord_need WHERE assessment_id = :id").param("id", id.value()).update();
		jdbc.sql("DELETE FROM coord_assessment WHERE id = :id").param("id", id.value()).update();
	}

	/** Keeps what a country now says of an initiative; nothing when it withdrew it. */
	public void putEndorsement(InitiativeId id, CountryCode country, @Nullable Endorsement endorsement,
			@Nullable String note) {
		jdbc.sql("DELETE FROM coord_endorsement WHERE initiative_id = :id AND country_code = :country")
			.param("id", id.value())
			.param("country", country.value())
			.update();
		if (endorsement != null) {
			jdbc.sql("""
					INSERT INTO coord_endorsement (initiative_id, country_code, endorsement, note)
					VALUES (:id, :country, :endorsement, :note)""")
				.param("id", id.value())
				.param("country", country.value())
				.param("endorsement", endorsement.name())
				.param("note", (note != null && note.length() > 2000) ? note.substring(0, 2000) : note)
				.update();
		}
	}

	/**
	 * Empties the initiatives and needs (endorsements stay: only their events carry
	 * them).
	 */
	public void clear() {
		jdbc.sql("DELETE FROM coord_allocation").update();
		jdbc.sql("DELETE FROM coord_initiative_donor").update();
		jdbc.sql("DELETE FROM coord_initiative").update();
		jdbc.sql("DELETE FROM coord_need").update();
		jdbc.sql("DELETE FROM coord_assessment").update();
	}

	/**
	 * Whether the model holds nothing of initiatives or needs: a row of each is looked
	 * for, not counted.
	 */
	public boolean empty() {
		return jdbc.sql("SELECT 1 FROM coord_initiative FETCH FIRST 1 ROWS ONLY")
			.query(Integer.class)
			.optional()
			.isEmpty()
				&& jdbc.sql("SELECT 1 FROM coord_assessment FETCH FIRST 1 ROWS ONLY")
					.query(Integer.class)
					.optional()
					.isEmpty();
	}

}
