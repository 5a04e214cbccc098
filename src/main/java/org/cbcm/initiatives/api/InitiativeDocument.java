package org.cbcm.initiatives.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import org.cbcm.directory.ProfileContact;
import org.cbcm.directory.RegionCode;
import org.cbcm.framework.ItemCode;
import org.cbcm.initiatives.CapacityCategory;
import org.cbcm.initiatives.DacCriterion;
import org.cbcm.initiatives.FundingType;
import org.cbcm.initiatives.GeographicScope;
import org.cbcm.initiatives.ImplementationStatus;
import org.cbcm.initiatives.InitiativeContent;
import org.cbcm.initiatives.InitiativeType;
import org.cbcm.initiatives.ParticipantRole;
import org.cbcm.initiatives.TargetGroup;
import org.cbcm.initiatives.internal.Codes;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.OrganisationId;
import org.cbcm.shared.Validation;
import org.jspecify.annotations.Nullable;

/**
 * An initiative's content as the API reads and writes it: codes as strings, amounts as
 * numbers, dates as ISO dates. Field names are those of the problems that refuse them.
 */
@Schema(name = "Initiative", description = "What an initiative's record says")
record InitiativeDocument(@Schema(example = "Strengthening biosafety risk assessment in East Africa") String title,
		@Schema(example = "GEF-ID 5432") @Nullable String projectNumber, @Nullable String description,
		@Nullable String objectives, @Nullable InitiativeType type,
		@Schema(description = "Identifier of the programme it belongs to") @Nullable String parent,
		@Nullable ImplementationStatus implementation, @Nullable ScheduleDocument schedule,
		@Nullable GeographyDocument geography, @Nullable List<ParticipantDocument> participants,
		@Nullable FundingDocument funding, @Nullable FocusDocument focus, @Nullable ResultsDocument results,
		@Nullable List<EvaluationDocument> evaluations, @Nullable List<ContactDocument> contacts) {

	record ScheduleDocument(@Nullable LocalDate plannedStart, @Nullable LocalDate plannedEnd,
			@Nullable LocalDate actualStart, @Nullable LocalDate actualEnd) {
	}

	record GeographyDocument(@Nullable GeographicScope scope,
			@Schema(description = "The place, for a sub-national initiative") @Nullable String area,
			@Nullable List<CountryShareDocument> countries,
			@Schema(description = "UN M49 region codes", example = "[\"014\"]") @Nullable List<String> regions) {
	}

	record CountryShareDocument(@Schema(example = "KEN") @Nullable String country,
			@Schema(description = "Percent of the initiative; the rest is split evenly among countries given none",
					example = "40") @Nullable BigDecimal percentage) {
	}

	record ParticipantDocument(
			@Schema(description = "Identifier of an organisation of the directory") @Nullable String organisation,
			@Nullable ParticipantRole role,
			@Schema(description = "Percent, such as a donor's share of the funding") @Nullable BigDecimal share) {
	}

	record FundingDocument(@Nullable BigDecimal totalBudget, @Schema(example = "EUR") @Nullable String currency,
			@Schema(description = "Funding source category of the Action Plan",
					example = "13(d)(i)") @Nullable String source,
			@Nullable FundingType type, @Nullable BigDecimal coFinancing, @Nullable List<YearDocument> years) {
	}

	record YearDocument(@Nullable Integer year, @Nullable BigDecimal committed, @Nullable BigDecimal disbursed) {
	}

	record FocusDocument(@Nullable List<ElementShareDocument> keyElements,
			@Schema(example = "[\"14(a)\", \"14(r)\"]") @Nullable List<String> activities,
			@Nullable List<CapacityCategory> categories, @Nullable List<TargetGroup> targetGroups) {
	}

	record ElementShareDocument(@Schema(example = "12(c)") @Nullable String element, @Nullable BigDecimal percentage) {
	}

	record ResultsDocument(@Nullable String outputs, @Nullable String outcomes, @Nullable String achievements,
			@Nullable String lessons, @Nullable List<IndicatorDocument> indicators,
			@Nullable List<LinkDocument> documents) {
	}

	record IndicatorDocument(@Nullable String name, @Nullable String unit, @Nullable BigDecimal baseline,
			@Nullable LocalDate baselineDate, @Nullable BigDecimal target, @Nullable LocalDate targetDate,
			@Nullable BigDecimal actual, @Nullable LocalDate actualDate) {
	}

	record LinkDocument(@Nullable String title, @Nullable String url) {
	}

	record EvaluationDocument(@Nullable String evaluator, @Nullable LocalDate date, @Schema(
			description = "1 (poor) to 4 (excellent) per OECD DAC criterion") @Nullable Map<DacCriterion, Integer> ratings,
			@Nullable String summary, @Nullable String url) {
	}

	record ContactDocument(@Nullable String name, @Nullable String institution, @Nullable String email,
			@Nullable String phone) {
	}

	/** The content, or every field at fault refused at once. */
	InitiativeContent content(Validation validation) {
		ScheduleDocument s = (schedule != null) ? schedule : new ScheduleDocument(null, null, null, null);
		GeographyDocument g = (geography != null) ? geography : new GeographyDocument(null, null, null, null);
		List<InitiativeContent.CountryShare> countries = new ArrayList<>();
		List<CountryShareDocument> givenCountries = list(g.countries());
		for (int index = 0; index < givenCountries.size(); index++) {
			CountryShareDocument share = givenCountries.get(index);
			CountryCode code = Codes.country(validation, "geography.countries[" + index + "].country",
					(share == null) ? null : share.country());
			if (code != null) {
				countries.add(new InitiativeContent.CountryShare(code, share.percentage()));
			}
		}
		List<RegionCode> regions = new ArrayList<>();
		List<String> givenRegions = list(g.regions());
		for (int index = 0; index < givenRegions.size(); index++) {
			RegionCode code = Codes.region(validation, "geography.regions[" + index + "]", givenRegions.get(index));
			if (code != null) {
				regions.add(code);
			}
		}
		List<InitiativeContent.Participant> people = new ArrayList<>();
		List<ParticipantDocument> givenParticipants = list(participants);
		for (int index = 0; index < givenParticipants.size(); index++) {
			ParticipantDocument participant = givenParticipants.get(index);
			String prefix = "participants[" + index + "].";
			OrganisationId organisation = Codes.organisation(validation, prefix + "organisation",
					(participant == null) ? null : participant.organisation());
			if (participant != null && participant.role() == null) {
				validation.reject(prefix + "role", "initiative.field.required");
			}
			if (organisation != null && participant.role() != null) {
				people.add(new InitiativeContent.Participant(organisation, participant.role(), participant.share()));
			}
		}
		FundingDocument f = (funding != null) ? funding : new FundingDocument(null, null, null, null, null, null);
		ItemCode source = (f.source() == null || f.source().isBlank()) ? null
				: Codes.item(validation, "funding.source", f.source(), "initiative.source.unknown");
		List<InitiativeContent.YearFunding> years = new ArrayList<>();
		List<YearDocument> givenYears = list(f.years());
		for (int index = 0; index < givenYears.size(); index++) {
			YearDocument year = givenYears.get(index);
			if (year == null || year.year() == null) {
				validation.reject("funding.years[" + index + "].year", "initiative.field.required");
			}
			else {
				years.add(new InitiativeContent.YearFunding(year.year(), year.committed(), year.disbursed()));
			}
		}
		FocusDocument o = (focus != null) ? focus : new FocusDocument(null, null, null, null);
		List<InitiativeContent.ElementShare> elements = new ArrayList<>();
		List<ElementShareDocument> givenElements = list(o.keyElements());
		for (int index = 0; index < givenElements.size(); index++) {
			ElementShareDocument element = givenElements.get(index);
			ItemCode code = Codes.item(validation, "focus.keyElements[" + index + "].element",
					(element == null) ? null : element.element(), "initiative.element.unknown");
			if (code != null) {
				elements.add(new InitiativeContent.ElementShare(code, element.percentage()));
			}
		}
		List<ItemCode> activities = new ArrayList<>();
		List<String> givenActivities = list(o.activities());
		for (int index = 0; index < givenActivities.size(); index++) {
			ItemCode code = Codes.item(validation, "focus.activities[" + index + "]", givenActivities.get(index),
					"initiative.activity.unknown");
			if (code != null) {
				activities.add(code);
			}
		}
		ResultsDocument r = (results != null) ? results : new ResultsDocument(null, null, null, null, null, null);
		List<InitiativeContent.Indicator> indicators = list(r.indicators()).stream()
			.map(i -> (i == null) ? new InitiativeContent.Indicator("", null, null, null, null, null, null, null)
					: new InitiativeContent.Indicator(i.name(), i.unit(), i.baseline(), i.baselineDate(), i.target(),
							i.targetDate(), i.actual(), i.actualDate()))
			.toList();
		List<InitiativeContent.DocumentLink> documents = list(r.documents()).stream()
			.map(d -> (d == null) ? new InitiativeContent.DocumentLink("", "")
					: new InitiativeContent.DocumentLink(d.title(), d.url()))
			.toList();
		List<InitiativeContent.Evaluation> evaluationList = list(evaluations).stream()
			.map(e -> (e == null) ? new InitiativeContent.Evaluation("", null, Map.of(), null, null)
					: new InitiativeContent.Evaluation(e.evaluator(), e.date(), e.ratings(), e.summary(), e.url()))
			.toList();
		List<ProfileContact> contactList = list(contacts).stream()
			.map(c -> (c == null) ? new ProfileContact("", null, null, null)
					: new ProfileContact(c.name(), c.institution(), c.email(), c.phone()))
			.toList();
		return new InitiativeContent(title, projectNumber, description, objectives, type,
				Codes.initiative(validation, "parent", parent), implementation,
				new InitiativeContent.Schedule(s.plannedStart(), s.plannedEnd(), s.actualStart(), s.actualEnd()),
				new InitiativeContent.Geography(g.scope(), g.area(), countries, regions), people,
				new InitiativeContent.Funding(f.totalBudget(), f.currency(), source, f.type(), f.coFinancing(), years),
				new InitiativeContent.Focus(elements, activities, list(o.categories()), list(o.targetGroups())),
				new InitiativeContent.Results(r.outputs(), r.outcomes(), r.achievements(), r.lessons(), indicators,
						documents),
				evaluationList, contactList);
	}

	static InitiativeDocument of(InitiativeContent content) {
		var s = content.schedule();
		var g = content.geography();
		var f = content.funding();
		var o = content.focus();
		var r = content.results();
		return new InitiativeDocument(content.title(), content.projectNumber(), content.description(),
				content.objectives(), content.type(), (content.parent() != null) ? content.parent().toString() : null,
				content.implementation(),
				new ScheduleDocument(s.plannedStart(), s.plannedEnd(), s.actualStart(), s.actualEnd()),
				new GeographyDocument(g.scope(), g.area(),
						g.countries()
							.stream()
							.map(c -> new CountryShareDocument(c.country().value(), c.percentage()))
							.toList(),
						g.regions().stream().map(RegionCode::value).toList()),
				content.participants()
					.stream()
					.map(p -> new ParticipantDocument(p.organisation().toString(), p.role(), p.share()))
					.toList(),
				new FundingDocument(f.totalBudget(), f.currency(), (f.source() != null) ? f.source().value() : null,
						f.type(), f.coFinancing(),
						f.years().stream().map(y -> new YearDocument(y.year(), y.committed(), y.disbursed())).toList()),
				new FocusDocument(
						o.keyElements()
							.stream()
							.map(e -> new ElementShareDocument(e.element().value(), e.percentage()))
							.toList(),
						o.activities().stream().map(ItemCode::value).toList(), o.categories(), o.targetGroups()),
				new ResultsDocument(r.outputs(), r.outcomes(), r.achievements(), r.lessons(),
						r.indicators()
							.stream()
							.map(i -> new IndicatorDocument(i.name(), i.unit(), i.baseline(), i.baselineDate(),
									i.target(), i.targetDate(), i.actual(), i.actualDate()))
							.toList(),
						r.documents().stream().map(d -> new LinkDocument(d.title(), d.url())).toList()),
				content.evaluations()
					.stream()
					.map(e -> new EvaluationDocument(e.evaluator(), e.date(), e.ratings(), e.summary(), e.url()))
					.toList(),
				content.contacts()
					.stream()
					.map(c -> new ContactDocument(c.name(), c.institution(), c.email(), c.phone()))
					.toList());
	}

	private static <T> List<T> list(@Nullable List<T> values) {
		return (values == null) ? List.of() : values;
	}

}
