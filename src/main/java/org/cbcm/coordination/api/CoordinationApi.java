package org.cbcm.coordination.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.Parameters;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.cbcm.coordination.AnalysisFilter;
import org.cbcm.coordination.AnalysisFilters;
import org.cbcm.coordination.CoordinationAnalysis;
import org.cbcm.coordination.CountedInitiative;
import org.cbcm.coordination.CountryGroup;
import org.cbcm.coordination.CoverageCell;
import org.cbcm.coordination.CoverageMatrix;
import org.cbcm.coordination.FundingAdequacy;
import org.cbcm.coordination.OverlappingSupport;
import org.cbcm.coordination.Partnership;
import org.cbcm.coordination.Verdict;
import org.cbcm.directory.ProfileContact;
import org.cbcm.initiatives.Endorsement;
import org.cbcm.needs.Capacity;
import org.cbcm.needs.Priority;
import org.cbcm.shared.CurrentViewer;
import org.cbcm.shared.InvalidRequestException;
import org.cbcm.shared.OrganisationId;
import org.cbcm.shared.PagedAnswer;
import org.cbcm.shared.Paging;
import org.cbcm.shared.ResultPage;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The coordination analysis through the REST API: the coverage matrix, the gaps,
 * overlapping support, funding adequacy and partnership opportunities, each with the same
 * filters, and the Secretariat's rebuild of the read model.
 */
@RestController
@RequestMapping(path = "/api/v1/coordination", produces = "application/json")
@Tag(name = "Coordination analysis",
		description = "Where stated needs meet registered support: coverage, gaps, duplications, funding adequacy, partnership opportunities")
class CoordinationApi {

	private final CoordinationAnalysis analysis;

	private final AnalysisFilters filters;

	private final CurrentViewer viewers;

	private final MessageSource messages;

	CoordinationApi(CoordinationAnalysis analysis, AnalysisFilters filters, CurrentViewer viewers,
			MessageSource messages) {
		this.analysis = analysis;
		this.filters = filters;
		this.viewers = viewers;
		this.messages = messages;
	}

	/** An initiative a cell counts. */
	record InitiativeResource(String id, String title, List<String> donors, @Nullable LocalDate start,
			@Nullable LocalDate end,
			@Schema(description = "US dollars to this country and element; null when the initiative states no budget or its currency has no rate for its start year") @Nullable BigDecimal allocatedUsd,
			@Schema(description = "An even split of the budget, for want of explicit shares") boolean estimated,
			@Schema(description = "What the country's focal point said of it") @Nullable Endorsement endorsement,
			String href) {

		static InitiativeResource of(CountedInitiative counted) {
			return new InitiativeResource(counted.id().toString(), counted.title(),
					counted.donors().stream().map(OrganisationId::toString).toList(), counted.start(), counted.end(),
					counted.allocatedUsd(), counted.estimated(), counted.endorsement(),
					"/api/v1/initiatives/" + counted.id());
		}

	}

	/** A cell of the matrix with everything its verdict rests on. */
	record CellResource(String country, String element, @Nullable Priority priority, @Nullable Capacity capacity,
			@Schema(description = "The stated requirement (short and long term) in US dollars at the assessment year's rate") @Nullable BigDecimal requirementUsd,
			@Schema(description = "How many active initiatives the cell counts") int initiativeCount,
			@Schema(description = "How many different organisations fund them") int donorCount, BigDecimal allocatedUsd,
			boolean estimated, Verdict verdict,
			@Schema(description = "Why the verdict: the need, the initiatives counted, the amounts, the rule") String reason,
			@Schema(description = "Currencies and years without a rate: those amounts are not converted") List<String> missingRates,
			@Schema(description = "The initiatives counted, largest allocation first, when the request names a country; for many countries the cells count them without listing them") List<InitiativeResource> initiatives) {

	}

	CellResource cell(CoverageCell cell, Locale locale) {
		String priority = (cell.priority() != null) ? cell.priority().name().toLowerCase(Locale.ROOT) : "";
		String reason = messages.getMessage("coordination.api.reason." + cell.verdict().name(),
				new Object[] { priority, cell.initiatives(),
						(cell.requirementUsd() != null) ? cell.requirementUsd().toPlainString() : "?",
						cell.allocatedUsd().toPlainString() },
				locale);
		return new CellResource(cell.country().value(), cell.element().value(), cell.priority(), cell.capacity(),
				cell.requirementUsd(), cell.initiatives(), cell.donors(), cell.allocatedUsd(), cell.estimated(),
				cell.verdict(), reason, cell.missingRates(),
				cell.counted().stream().map(InitiativeResource::of).toList());
	}

	/** A row of the matrix: a country and its cells, element by element. */
	record RowResource(String country, List<CellResource> cells) {
	}

	/** An initiative that names no country, shown apart. */
	record ApartResource(String element, List<String> regions, InitiativeResource initiative) {
	}

	record CoverageResource(Map<String, String> filter, List<String> elements, ResultPage<RowResource> rows, @Schema(
			description = "Active regional and global initiatives that name no country: shown apart, counted in no cell; a page of them (apartPage, apartSize)") ResultPage<ApartResource> apart)
			implements
				PagedAnswer {

		/** The rows: the countries, a page of them. */
		@Override
		public ResultPage<?> listed() {
			return rows;
		}

	}

	record OverlapResource(String country, String element, List<OverlappingResource> initiatives) {
	}

	/** Whom to ask about an initiative, as its record names them. */
	@Schema(name = "CoordinationContactResource")
	record ContactResource(String name, @Nullable String institution, @Nullable String email, @Nullable String phone) {

		static ContactResource of(ProfileContact contact) {
			return new ContactResource(contact.name(), contact.institution(), contact.email(), contact.phone());
		}

	}

	/** An initiative of an overlap, with its donors and whom to ask about it. */
	record OverlappingResource(String id, String title, List<String> donors, @Nullable LocalDate start,
			@Nullable LocalDate end,
			@Schema(description = "US dollars to this country and element; null when the initiative states no budget or its currency has no rate for its start year") @Nullable BigDecimal allocatedUsd,
			@Schema(description = "An even split of the budget, for want of explicit shares") boolean estimated,
			@Schema(description = "What the country's focal point said of it") @Nullable Endorsement endorsement,
			String href,
			@Schema(description = "The contacts the initiative's published record names; empty when none") List<ContactResource> contacts) {

		static OverlappingResource of(CountedInitiative counted, List<ProfileContact> contacts) {
			InitiativeResource initiative = InitiativeResource.of(counted);
			return new OverlappingResource(initiative.id(), initiative.title(), initiative.donors(), initiative.start(),
					initiative.end(), initiative.allocatedUsd(), initiative.estimated(), initiative.endorsement(),
					initiative.href(), contacts.stream().map(ContactResource::of).toList());
		}

	}

	record FundingRowResource(@Nullable String source, CountryGroup group, int year, BigDecimal usd) {
	}

	record FundingResource(Map<String, String> filter, List<FundingRowResource> rows,
			Map<CountryGroup, BigDecimal> requirements, BigDecimal total, BigDecimal toLdc, BigDecimal toSids,
			@Schema(description = "The share of the total reaching least developed countries, in percent") @Nullable BigDecimal ldcPercent,
			@Schema(description = "The share of the total reaching small island developing States, in percent") @Nullable BigDecimal sidsPercent) {
	}

	record PartnershipResource(Partnership.Kind kind, String element, @Nullable String region, List<String> countries,
			@Nullable String provider, List<String> donors, String reason) {
	}

	@GetMapping("/coverage")
	@Operation(summary = "The coverage matrix: a page of countries, each with a cell per key element",
			description = "Rows: the Parties and any other country with a need or an active initiative, by code. "
					+ "Verdicts, first that holds: NO_STATED_NEED (no high or medium need), GAP (no active initiative), "
					+ "POSSIBLE_DUPLICATION (two or more active initiatives of different donors with overlapping dates), "
					+ "UNDER_FUNDED (US dollars allocated below the stated requirement), COVERED.")
	@FilterParameters
	CoverageResource coverage(HttpServletRequest request, HttpServletResponse response,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
			@Parameter(description = "The page of the initiatives that name no country, 0 for the first") @RequestParam(
					defaultValue = "0") int apartPage,
			@Parameter(description = "How many initiatives that name no country a page holds") @RequestParam(
					defaultValue = "50") int apartSize,
			Locale locale) {
		if (apartPage < 0) {
			throw new InvalidRequestException("apartPage", "error.page.negative", apartPage);
		}
		if (apartSize < 1 || apartSize > Paging.MAX_SIZE) {
			throw new InvalidRequestException("apartSize", "error.page.size", apartSize, Paging.MAX_SIZE);
		}
		Paging apartPaging = new Paging(apartPage, apartSize);
		AnalysisFilter filter = filters.read(request.getParameterMap());
		long started = System.nanoTime();
		CoverageMatrix matrix = analysis.coverage(filter, new Paging(page, size));
		// How long the analysis took, apart from writing the answer (shown by browsers'
		// developer tools; bench/coordination reads it).
		response.setHeader("Server-Timing",
				"analysis;dur=" + String.format(Locale.ROOT, "%.1f", (System.nanoTime() - started) / 1e6));
		int columns = matrix.elements().size();
		List<CoverageCell> cells = matrix.cells();
		List<RowResource> rows = new ArrayList<>();
		for (int row = 0; row < matrix.countries().content().size(); row++) {
			rows.add(new RowResource(matrix.countries().content().get(row).value(),
					cells.subList(row * columns, (row + 1) * columns)
						.stream()
						.map(cell -> cell(cell, locale))
						.toList()));
		}
		ResultPage<RowResource> rowPage = new ResultPage<>(rows, matrix.countries().page(), matrix.countries().size(),
				matrix.countries().totalElements(), matrix.countries().totalPages());
		return new CoverageResource(AnalysisFilters.parameters(filter),
				matrix.elements().stream().map(code -> code.value()).toList(), rowPage,
				page(matrix.apart(), apartPaging).map(apart -> new ApartResource(apart.element().value(),
						apart.regions().stream().map(region -> region.value()).toList(),
						InitiativeResource.of(apart.initiative()))));
	}

	@GetMapping("/gaps")
	@Operation(summary = "The cells with a verdict: GAP and UNDER_FUNDED unless verdict names others",
			description = "Cells in the matrix's order (country, then element).")
	@FilterParameters
	ResultPage<CellResource> gaps(HttpServletRequest request,
			@Parameter(description = "Verdicts to list; repeat for several",
					schema = @Schema(allowableValues = { "GAP", "UNDER_FUNDED", "COVERED", "POSSIBLE_DUPLICATION",
							"NO_STATED_NEED" })) @RequestParam(required = false) @Nullable List<String> verdict,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size, Locale locale) {
		Paging paging = new Paging(page, size);
		AnalysisFilter filter = filters.read(request.getParameterMap());
		Set<Verdict> wanted = verdicts(verdict);
		List<CoverageCell> cells = analysis.cells(filter)
			.stream()
			.filter(cell -> wanted.contains(cell.verdict()))
			.toList();
		return page(cells, paging).map(cell -> cell(cell, locale));
	}

	@GetMapping("/duplications")
	@Operation(summary = "Overlapping support: coordination candidates, most initiatives first",
			description = "Two or more active initiatives of different donors (each names donors, they share none) "
					+ "on the same country and key element, with overlapping dates; each initiative with its donors "
					+ "and the contacts its record names.")
	@FilterParameters
	ResultPage<OverlapResource> duplications(HttpServletRequest request, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		Paging paging = new Paging(page, size);
		AnalysisFilter filter = filters.read(request.getParameterMap());
		return page(analysis.overlaps(filter), paging)
			.map(overlap -> new OverlapResource(overlap.country().value(), overlap.element().value(),
					overlap.initiatives()
						.stream()
						.map(initiative -> OverlappingResource.of(initiative, overlap.contactsOf(initiative.id())))
						.toList()));
	}

	@GetMapping("/funding")
	@Operation(summary = "Funding adequacy: US dollars by funding source, country group and year, against requirements",
			description = "An initiative's allocation is spread evenly over the years it runs (to the as-of year when it "
					+ "states no end); a country counts in the first group that holds: LDC, SIDS, economy in transition, "
					+ "centre of origin, other developing, developed.")
	@FilterParameters
	FundingResource funding(HttpServletRequest request) {
		AnalysisFilter filter = filters.read(request.getParameterMap());
		FundingAdequacy funding = analysis.funding(filter);
		return new FundingResource(AnalysisFilters.parameters(filter),
				funding.rows()
					.stream()
					.map(row -> new FundingRowResource((row.source() != null) ? row.source().value() : null,
							row.group(), row.year(), row.usd()))
					.toList(),
				funding.requirements(), funding.total(), funding.toLdc(), funding.toSids(),
				percent(funding.toLdc(), funding.total()), percent(funding.toSids(), funding.total()));
	}

	@GetMapping("/partnerships")
	@Operation(summary = "Partnership opportunities, each with why",
			description = "REGIONAL: three or more countries of one M49 sub-region with the same high need and no active "
					+ "initiative naming two or more of them on it; SOUTH_SOUTH: a developing country with adequate "
					+ "capacity in an element and developing countries of its region with a high need in it; "
					+ "CO_FUNDING: two or more donors active on an element in a region where a country has a high need in it.")
	@FilterParameters
	ResultPage<PartnershipResource> partnerships(HttpServletRequest request, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size, Locale locale) {
		Paging paging = new Paging(page, size);
		AnalysisFilter filter = filters.read(request.getParameterMap());
		return page(analysis.partnerships(filter), paging)
			.map(partnership -> new PartnershipResource(partnership.kind(), partnership.element().value(),
					(partnership.region() != null) ? partnership.region().value() : null,
					partnership.countries().stream().map(code -> code.value()).toList(),
					(partnership.provider() != null) ? partnership.provider().value() : null,
					partnership.donors().stream().map(OrganisationId::toString).toList(),
					messages.getMessage("coordination.api.partnership." + partnership.kind().name(),
							new Object[] { partnership.countries().size(), partnership.donors().size() }, locale)));
	}

	@PostMapping("/rebuild")
	@Operation(summary = "Rebuilds the read model from the registry and the published needs (the Secretariat)")
	ResponseEntity<Void> rebuild() {
		analysis.rebuild(viewers.get());
		return ResponseEntity.noContent().build();
	}

	private static Set<Verdict> verdicts(@Nullable List<String> names) {
		if (names == null || names.isEmpty()) {
			return EnumSet.of(Verdict.GAP, Verdict.UNDER_FUNDED);
		}
		Set<Verdict> verdicts = EnumSet.noneOf(Verdict.class);
		for (String name : names) {
			for (String one : name.split(",")) {
				try {
					verdicts.add(Verdict.valueOf(one.strip().toUpperCase(Locale.ROOT)));
				}
				catch (IllegalArgumentException ex) {
					throw new InvalidRequestException("verdict", "coordination.filter.verdict", one);
				}
			}
		}
		return verdicts;
	}

	private static <T> ResultPage<T> page(List<T> all, Paging paging) {
		int from = (int) Math.min(paging.offset(), all.size());
		return ResultPage.of(all.subList(from, Math.min(all.size(), from + paging.size())), paging, all.size());
	}

	private static @Nullable BigDecimal percent(BigDecimal part, BigDecimal total) {
		return (total.signum() == 0) ? null
				: part.multiply(BigDecimal.valueOf(100)).divide(total, 1, java.math.RoundingMode.HALF_EVEN);
	}

	/** The filters every endpoint takes, for the API's documentation. */
	@java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
	@java.lang.annotation.Target(java.lang.annotation.ElementType.METHOD)
	@Parameters({ @Parameter(name = "asOf", in = ParameterIn.QUERY, schema = @Schema(type = "string", format = "date"),
			description = "The date: initiatives active then, the latest needs assessed on or before it (default today)",
			example = "2026-06-01"),
			@Parameter(name = "region", in = ParameterIn.QUERY, schema = @Schema(type = "string"),
					description = "An M49 region, sub-region or intermediate region", example = "005"),
			@Parameter(name = "group", in = ParameterIn.QUERY, description = "A country group",
					schema = @Schema(implementation = CountryGroup.class)),
			@Parameter(name = "country", in = ParameterIn.QUERY, schema = @Schema(type = "string"),
					description = "An ISO alpha-3 country code", example = "KEN"),
			@Parameter(name = "element", in = ParameterIn.QUERY, schema = @Schema(type = "string"),
					description = "A key element 12(a)–(o) or sub-element of 12(a)", example = "12(c)"),
			@Parameter(name = "donor", in = ParameterIn.QUERY, schema = @Schema(type = "string"),
					description = "An organisation's identifier"),
			@Parameter(name = "source", in = ParameterIn.QUERY, schema = @Schema(type = "string"),
					description = "A funding source category 13(d)(i)–(vi)", example = "13(d)(i)") })
	@interface FilterParameters {

	}

}
