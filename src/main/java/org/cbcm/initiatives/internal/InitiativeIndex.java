package org.cbcm.initiatives.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cbcm.directory.Classification;
import org.cbcm.directory.Country;
import org.cbcm.directory.CountryDirectory;
import org.cbcm.directory.Organisation;
import org.cbcm.directory.OrganisationDirectory;
import org.cbcm.directory.Region;
import org.cbcm.directory.RegionCode;
import org.cbcm.framework.ItemCode;
import org.cbcm.initiatives.InitiativeContent;
import org.cbcm.initiatives.InitiativeContent.ElementShare;
import org.cbcm.initiatives.InitiativeContent.Participant;
import org.cbcm.initiatives.InitiativeId;
import org.cbcm.initiatives.ParticipantRole;
import org.cbcm.records.RecordScope;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.namedparam.SqlParameterSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Keeps the read model of published initiatives: one entry each (with the text a search
 * looks in: its words, and the names of the organisations, countries and regions it
 * names), the tags it is filed under facet by facet, each country's share, and how many
 * initiatives each tag value files in all. Written when an initiative is published,
 * removed when it is archived, in the same transaction; written in batches by the demo
 * data generator.
 */
@Component
class InitiativeIndex {

	/**
	 * Countries and regions as they are, for filing, with the names a text search finds
	 * them by.
	 */
	record Geography(Map<CountryCode, Country> countries, List<Region> regions, SearchNames names) {

		/** The region and the regions it lies within. */
		List<RegionCode> withAncestors(RegionCode code) {
			List<RegionCode> path = new ArrayList<>();
			for (Region region : regions) {
				if (path(region, code, path)) {
					return path;
				}
			}
			return List.of(code);
		}

		private static boolean path(Region region, RegionCode code, List<RegionCode> path) {
			path.add(region.code());
			if (region.code().equals(code)) {
				return true;
			}
			for (Region sub : region.subRegions()) {
				if (path(sub, code, path)) {
					return true;
				}
			}
			path.remove(path.size() - 1);
			return false;
		}

	}

	/** The rows of one published initiative. */
	record Rows(InitiativeId id, Map<String, @Nullable Object> entry, List<Map<String, Object>> tags,
			List<Map<String, Object>> shares) {
	}

	private final NamedParameterJdbcTemplate jdbc;

	private final CountryDirectory countries;

	private final OrganisationDirectory organisations;

	private final MessageSource messages;

	InitiativeIndex(NamedParameterJdbcTemplate jdbc, CountryDirectory countries, OrganisationDirectory organisations,
			MessageSource messages) {
		this.jdbc = jdbc;
		this.countries = countries;
		this.organisations = organisations;
		this.messages = messages;
	}

	Geography geography() {
		List<Country> all = countries.all();
		List<Region> regions = countries.regions();
		Map<String, List<String>> countryNames = new HashMap<>();
		all.forEach(country -> countryNames.put(country.code().value(), SearchNames.ofCountry(country)));
		Map<String, String> regionNames = new HashMap<>();
		regions.forEach(region -> name(region, regionNames));
		return new Geography(all.stream().collect(Collectors.toMap(Country::code, Function.identity())), regions,
				new SearchNames(countryNames, regionNames));
	}

	/** The region's name and those of the regions within it, in English. */
	private void name(Region region, Map<String, String> names) {
		names.put(region.code().value(),
				messages.getMessage(region.nameKey(), null, region.code().value(), Locale.ENGLISH));
		region.subRegions().forEach(sub -> name(sub, names));
	}

	/** Files a published initiative, replacing what was filed of it before. */
	void put(InitiativeId id, RecordScope owner, InitiativeContent content, Instant publishedAt) {
		Map<OrganisationId, Organisation> named = organisations
			.findAll(content.participants().stream().map(Participant::organisation).collect(Collectors.toSet()));
		remove(id);
		write(List.of(rows(id, owner, content, publishedAt, geography(), named)));
		endorsementsChanged(id);
	}

	/** The endorsement value of an initiative some named country has not answered. */
	static final String NOT_ANSWERED = "NONE";

	/**
	 * Files a published initiative anew under what the countries it names say of it
	 * ({@link Facet#ENDORSEMENT}): each value some country said, and NONE when some
	 * country it names has not answered. Nothing for an initiative not in the registry.
	 */
	void endorsementsChanged(InitiativeId id) {
		Map<String, Object> params = Map.of("id", id.value());
		List<String> lists = jdbc.queryForList("SELECT tag_list FROM initiative_entry WHERE initiative_id = :id",
				params, String.class);
		if (lists.isEmpty()) {
			return;
		}
		Set<String> now = new java.util.TreeSet<>(jdbc.queryForList("""
				SELECT COALESCE(e.endorsement, 'NONE') FROM initiative_country_share s
				LEFT JOIN initiative_endorsement e
				  ON e.initiative_id = s.initiative_id AND e.country_code = s.country_code
				WHERE s.initiative_id = :id""", params, String.class));
		Set<String> before = new java.util.TreeSet<>(jdbc.queryForList(
				"SELECT tag_value FROM initiative_tag WHERE initiative_id = :id AND facet = 'ENDORSEMENT'", params,
				String.class));
		if (now.equals(before)) {
			return;
		}
		Map<List<String>, Long> changes = new HashMap<>();
		before.forEach(value -> changes.merge(List.of(Facet.ENDORSEMENT.name(), value), -1L, Long::sum));
		now.forEach(value -> changes.merge(List.of(Facet.ENDORSEMENT.name(), value), 1L, Long::sum));
		jdbc.update("DELETE FROM initiative_tag WHERE initiative_id = :id AND facet = 'ENDORSEMENT'", params);
		if (!now.isEmpty()) {
			jdbc.batchUpdate(
					"INSERT INTO initiative_tag (initiative_id, facet, tag_value) VALUES (:id, 'ENDORSEMENT', :value)",
					SqlParameterSourceUtils
						.createBatch(now.stream().map(value -> Map.of("id", id.value(), "value", value)).toList()));
		}
		List<String> tagList = new ArrayList<>();
		for (String tag : lists.get(0).split("\\|")) {
			if (!tag.isEmpty() && !tag.startsWith(Facet.ENDORSEMENT.name() + ":")) {
				tagList.add(tag);
			}
		}
		now.forEach(value -> tagList.add(Facet.ENDORSEMENT.name() + ":" + value));
		jdbc.update("UPDATE initiative_entry SET tag_list = :list WHERE initiative_id = :id",
				Map.of("id", id.value(), "list", String.join("|", tagList)));
		count(changes);
	}

	/** Takes an initiative out of the read model. */
	void remove(InitiativeId id) {
		Map<String, Object> params = Map.of("id", id.value());
		Map<List<String>, Long> filed = new HashMap<>();
		jdbc.query("SELECT facet, tag_value FROM initiative_tag WHERE initiative_id = :id", params, rs -> {
			filed.merge(List.of(rs.getString(1), rs.getString(2)), -1L, Long::sum);
		});
		count(filed);
		jdbc.update("DELETE FROM initiative_entry WHERE initiative_id = :id", params);
	}

	/**
	 * Takes many initiatives out of the read model at once, tags and shares first so that
	 * no cascade has to find them row by row.
	 */
	void removeAll(Collection<InitiativeId> ids) {
		if (ids.isEmpty()) {
			return;
		}
		Map<String, Object> params = Map.of("ids", ids.stream().map(InitiativeId::value).toList());
		Map<List<String>, Long> filed = new HashMap<>();
		jdbc.query("""
				SELECT facet, tag_value, COUNT(*) FROM initiative_tag WHERE initiative_id IN (:ids)
				GROUP BY facet, tag_value""", params, rs -> {
			filed.merge(List.of(rs.getString(1), rs.getString(2)), -rs.getLong(3), Long::sum);
		});
		count(filed);
		jdbc.update("DELETE FROM initiative_tag WHERE initiative_id IN (:ids)", params);
		jdbc.update("DELETE FROM initiative_country_share WHERE initiative_id IN (:ids)", params);
		jdbc.update("DELETE FROM initiative_entry WHERE initiative_id IN (:ids)", params);
	}

	/** Writes the rows of initiatives not filed yet, in batches. */
	void write(Collection<Rows> all) {
		if (all.isEmpty()) {
			return;
		}
		jdbc.batchUpdate("""
				INSERT INTO initiative_entry (initiative_id, title, sort_title, project_number, initiative_type,
				  implementation, start_date, end_date, geographic_scope, total_budget, currency, budget_year,
				  funding_source, funding_type, parent_id, country_shares_estimated, owner_country, owner_organisation,
				  published_at, search_text, tag_list)
				VALUES (:id, :title, :sortTitle, :projectNumber, :type, :implementation, :start, :end, :scope, :budget,
				  :currency, :budgetYear, :source, :fundingType, :parent, :estimated, :ownerCountry,
				  :ownerOrganisation, :publishedAt, :searchText, :tagList)""",
				all.stream()
					.map(rows -> new org.springframework.jdbc.core.namedparam.MapSqlParameterSource(rows.entry()))
					.toArray(SqlParameterSource[]::new));
		List<Map<String, Object>> tags = all.stream().flatMap(rows -> rows.tags().stream()).toList();
		if (!tags.isEmpty()) {
			jdbc.batchUpdate(
					"INSERT INTO initiative_tag (initiative_id, facet, tag_value) VALUES (:id, :facet, :value)",
					SqlParameterSourceUtils.createBatch(tags));
			Map<List<String>, Long> filed = new HashMap<>();
			tags.forEach(
					tag -> filed.merge(List.of((String) tag.get("facet"), (String) tag.get("value")), 1L, Long::sum));
			count(filed);
		}
		List<Map<String, Object>> shares = all.stream().flatMap(rows -> rows.shares().stream()).toList();
		if (!shares.isEmpty()) {
			jdbc.batchUpdate(
					"INSERT INTO initiative_country_share (initiative_id, country_code, share) VALUES (:id, :country, :share)",
					SqlParameterSourceUtils.createBatch(shares));
		}
	}

	/**
	 * Adds to the count of each facet value what it files more (or fewer, when negative),
	 * in one order for every writer, so that concurrent publications wait for each other
	 * rather than deadlock.
	 * @param changes by facet and value (a list of the two), how many more initiatives it
	 * files
	 */
	private void count(Map<List<String>, Long> changes) {
		List<Map<String, Object>> rows = changes.entrySet()
			.stream()
			.filter(change -> change.getValue() != 0)
			.sorted(Map.Entry.comparingByKey(
					Comparator.<List<String>, String>comparing(key -> key.get(0)).thenComparing(key -> key.get(1))))
			.map(change -> Map.<String, Object>of("facet", change.getKey().get(0), "value", change.getKey().get(1), "n",
					change.getValue()))
			.toList();
		if (rows.isEmpty()) {
			return;
		}
		// A value's first initiatives may be filed by several transactions at once: each
		// makes sure the row is there (the later ones wait for the first's insert and
		// then
		// find it), then adds to it.
		jdbc.batchUpdate(
				"INSERT INTO initiative_tag_count (facet, tag_value, n) VALUES (:facet, :value, 0) ON CONFLICT DO NOTHING",
				SqlParameterSourceUtils.createBatch(rows));
		jdbc.batchUpdate("UPDATE initiative_tag_count SET n = n + :n WHERE facet = :facet AND tag_value = :value",
				SqlParameterSourceUtils.createBatch(rows));
	}

	/** What is filed of a published initiative. */
	static Rows rows(InitiativeId id, RecordScope owner, InitiativeContent content, Instant publishedAt,
			Geography geography, Map<OrganisationId, Organisation> named) {
		Map<String, @Nullable Object> entry = new HashMap<>();
		entry.put("id", id.value());
		entry.put("title", content.title());
		entry.put("sortTitle", content.title().toLowerCase(Locale.ROOT));
		entry.put("projectNumber", content.projectNumber());
		entry.put("type", name(content.type()));
		entry.put("implementation", name(content.implementation()));
		entry.put("start", content.schedule().start());
		entry.put("end", content.schedule().end());
		entry.put("scope", name(content.geography().scope()));
		entry.put("budget", content.funding().totalBudget());
		entry.put("currency", content.funding().currency());
		entry.put("budgetYear", (content.schedule().start() != null) ? content.schedule().start().getYear() : null);
		entry.put("source", (content.funding().source() != null) ? content.funding().source().value() : null);
		entry.put("fundingType", name(content.funding().type()));
		entry.put("parent", (content.parent() != null) ? content.parent().value() : null);
		entry.put("estimated", content.geography().sharesEstimated());
		entry.put("ownerCountry", (owner.country() != null) ? owner.country().value() : null);
		entry.put("ownerOrganisation", (owner.organisation() != null) ? owner.organisation().value() : null);
		entry.put("publishedAt", Initiatives.at(publishedAt));
		entry.put("searchText",
				searchText(content, named) + geography.names()
					.text(content.geography().countries().stream().map(share -> share.country().value()).toList(),
							content.geography().regions().stream().map(RegionCode::value).toList()));

		Map<Facet, Set<String>> tags = new java.util.EnumMap<>(Facet.class);
		for (var share : content.geography().countries()) {
			tag(tags, Facet.COUNTRY, share.country().value());
			Country country = geography.countries().get(share.country());
			if (country == null) {
				continue;
			}
			for (RegionCode region : java.util.Arrays.asList(country.region(), country.subRegion(),
					country.intermediateRegion())) {
				if (region != null) {
					tag(tags, Facet.REGION, region.value());
				}
			}
			for (Classification group : List.of(Classification.LDC, Classification.LLDC, Classification.SIDS,
					Classification.EIT, Classification.DEVELOPING)) {
				if (Boolean.TRUE.equals(group.of(country))) {
					tag(tags, Facet.GROUP, group.name());
				}
			}
		}
		for (RegionCode region : content.geography().regions()) {
			geography.withAncestors(region).forEach(code -> tag(tags, Facet.REGION, code.value()));
		}
		for (Participant participant : content.participants()) {
			String organisation = participant.organisation().toString();
			tag(tags, Facet.ORGANISATION, organisation);
			if (participant.role() == ParticipantRole.DONOR) {
				tag(tags, Facet.DONOR, organisation);
			}
			if (participant.role() == ParticipantRole.IMPLEMENTING_AGENCY
					|| participant.role() == ParticipantRole.EXECUTING_AGENCY) {
				tag(tags, Facet.IMPLEMENTER, organisation);
			}
		}
		for (ElementShare share : content.focus().keyElements()) {
			ItemCode element = share.element();
			tag(tags, Facet.ELEMENT, element.value());
			element.parent()
				.filter(parent -> element.depth() == 2)
				.ifPresent(parent -> tag(tags, Facet.ELEMENT, parent.value()));
		}
		content.focus().activities().forEach(activity -> tag(tags, Facet.ACTIVITY, activity.value()));
		content.focus().categories().forEach(category -> tag(tags, Facet.CATEGORY, category.name()));
		content.focus().targetGroups().forEach(group -> tag(tags, Facet.TARGET, group.name()));
		if (content.implementation() != null) {
			tag(tags, Facet.STATUS, content.implementation().name());
		}
		if (content.type() != null) {
			tag(tags, Facet.TYPE, content.type().name());
		}
		if (content.funding().source() != null) {
			tag(tags, Facet.SOURCE, content.funding().source().value());
		}
		if (content.geography().scope() != null) {
			tag(tags, Facet.SCOPE, content.geography().scope().name());
		}
		if (!content.geography().countries().isEmpty()) {
			// Nobody has answered yet; endorsementsChanged files what the countries said.
			tag(tags, Facet.ENDORSEMENT, NOT_ANSWERED);
		}
		List<Map<String, Object>> tagRows = new ArrayList<>();
		List<String> tagList = new ArrayList<>();
		tags.forEach((facet, values) -> values.forEach(value -> {
			tagRows.add(Map.of("id", id.value(), "facet", facet.name(), "value", value));
			tagList.add(facet.name() + ":" + value);
		}));
		entry.put("tagList", String.join("|", tagList));

		List<Map<String, Object>> shareRows = new ArrayList<>();
		content.geography()
			.shares()
			.forEach((country, share) -> shareRows.add(Map.of("id", id.value(), "country", country.value(), "share",
					share.setScale(4, java.math.RoundingMode.HALF_EVEN))));
		return new Rows(id, entry, tagRows, shareRows);
	}

	/**
	 * What a text search looks in, before the names of the countries and regions: title,
	 * number, description, objectives, results and the participants' names and acronyms,
	 * in lower case.
	 */
	static String searchText(InitiativeContent content, Map<OrganisationId, Organisation> named) {
		StringBuilder text = new StringBuilder();
		for (String part : java.util.Arrays.asList(content.title(), content.projectNumber(), content.description(),
				content.objectives(), content.results().outputs(), content.results().outcomes(),
				content.results().achievements())) {
			if (part != null) {
				text.append(part).append('\n');
			}
		}
		Set<OrganisationId> seen = new LinkedHashSet<>();
		for (Participant participant : content.participants()) {
			Organisation organisation = named.get(participant.organisation());
			if (organisation != null && seen.add(organisation.id())) {
				text.append(organisation.name()).append('\n');
				if (organisation.acronym() != null) {
					text.append(organisation.acronym()).append('\n');
				}
			}
		}
		return text.toString().toLowerCase(Locale.ROOT);
	}

	private static void tag(Map<Facet, Set<String>> tags, Facet facet, String value) {
		tags.computeIfAbsent(facet, key -> new LinkedHashSet<>()).add(value);
	}

	private static @Nullable String name(@Nullable Enum<?> value) {
		return (value != null) ? value.name() : null;
	}

}
