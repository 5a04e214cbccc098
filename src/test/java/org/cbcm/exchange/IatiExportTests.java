package org.cbcm.exchange;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.xml.parsers.DocumentBuilderFactory;

import org.cbcm.directory.ProfileContact;
import org.cbcm.directory.RegionCode;
import org.cbcm.exchange.internal.iati.IatiActivity;
import org.cbcm.exchange.internal.iati.IatiActivity.Code;
import org.cbcm.exchange.internal.iati.IatiActivity.Transaction;
import org.cbcm.exchange.internal.iati.IatiReader;
import org.cbcm.exchange.internal.iati.IatiSchema;
import org.cbcm.framework.ActionPlanCatalogue;
import org.cbcm.framework.ItemCode;
import org.cbcm.framework.ItemFilter;
import org.cbcm.framework.ItemType;
import org.cbcm.identity.internal.TestAccounts;
import org.cbcm.initiatives.CapacityCategory;
import org.cbcm.initiatives.DacCriterion;
import org.cbcm.initiatives.FundingType;
import org.cbcm.initiatives.GeographicScope;
import org.cbcm.initiatives.ImplementationStatus;
import org.cbcm.initiatives.InitiativeApiTests;
import org.cbcm.initiatives.InitiativeContent;
import org.cbcm.initiatives.InitiativeContent.CountryShare;
import org.cbcm.initiatives.InitiativeContent.DocumentLink;
import org.cbcm.initiatives.InitiativeContent.ElementShare;
import org.cbcm.initiatives.InitiativeContent.Evaluation;
import org.cbcm.initiatives.InitiativeContent.Focus;
import org.cbcm.initiatives.InitiativeContent.Funding;
import org.cbcm.initiatives.InitiativeContent.Geography;
import org.cbcm.initiatives.InitiativeContent.Indicator;
import org.cbcm.initiatives.InitiativeContent.Participant;
import org.cbcm.initiatives.InitiativeContent.Results;
import org.cbcm.initiatives.InitiativeContent.Schedule;
import org.cbcm.initiatives.InitiativeContent.YearFunding;
import org.cbcm.initiatives.InitiativeId;
import org.cbcm.initiatives.InitiativeImports;
import org.cbcm.initiatives.InitiativeImports.ExternalId;
import org.cbcm.initiatives.InitiativeLoads;
import org.cbcm.initiatives.InitiativeLoads.Loaded;
import org.cbcm.initiatives.InitiativeType;
import org.cbcm.initiatives.ParticipantRole;
import org.cbcm.initiatives.TargetGroup;
import org.cbcm.records.RecordScope;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.OrganisationId;
import org.cbcm.shared.Viewer;
import org.cbcm.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public registry as IATI 2.03 activity files, as a reader of IATI data takes them:
 * every file valid against the standard's schema, whether one initiative with every field
 * filled, a filtered selection or the whole registry; read back by cbcm's own reader, a
 * file says all that the initiative does that IATI has a place for; key elements go out
 * as sectors of cbcm's own vocabulary, whose codelist cbcm serves; drafts never go out.
 */
@IntegrationTest
class IatiExportTests {

	static final OrganisationId GEF = organisation("gef");

	static final OrganisationId UNEP = InitiativeApiTests.UNEP;

	static final OrganisationId FAO = organisation("fao");

	static final String UNEP_IATI = "XM-DAC-41116";

	static final String CODELIST = "http://localhost:8080/codelists/ActionPlanKeyElement.xml";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@Autowired
	InitiativeLoads loads;

	@Autowired
	InitiativeImports imports;

	@Autowired
	ActionPlanCatalogue plan;

	Viewer secretariat;

	@BeforeEach
	void setUp() {
		secretariat = TestAccounts.viewerOf(TestAccounts.in(context).admin());
		InitiativeApiTests.clear(jdbc);
		jdbc.sql("UPDATE organisation SET iati_identifier = :iati WHERE id = :id")
			.param("iati", UNEP_IATI)
			.param("id", UNEP.value())
			.update();
	}

	@AfterEach
	void tearDown() {
		jdbc.sql("UPDATE organisation SET iati_identifier = NULL WHERE id = :id").param("id", UNEP.value()).update();
	}

	static OrganisationId organisation(String key) {
		return new OrganisationId(UUID.nameUUIDFromBytes(("cbcm:organisation:" + key).getBytes()));
	}

	/** An initiative with every field cbcm holds filled. */
	static InitiativeContent rich(String title) {
		return new InitiativeContent(title, "GEF-5432", "Builds the capacity of risk assessors & laboratories <LMOs>.",
				"Detect LMOs at the borders.", InitiativeType.PROJECT, null, ImplementationStatus.ONGOING,
				new Schedule(LocalDate.of(2024, 2, 1), LocalDate.of(2027, 1, 31), LocalDate.of(2024, 3, 1),
						LocalDate.of(2026, 6, 30)),
				new Geography(GeographicScope.SUB_REGIONAL, null,
						List.of(new CountryShare(CountryCode.of("KEN"), new BigDecimal("50")),
								new CountryShare(CountryCode.of("UGA"), null),
								new CountryShare(CountryCode.of("TZA"), null)),
						List.of(RegionCode.of("014"))),
				List.of(new Participant(GEF, ParticipantRole.DONOR, new BigDecimal("80")),
						new Participant(UNEP, ParticipantRole.IMPLEMENTING_AGENCY, null),
						new Participant(FAO, ParticipantRole.EXECUTING_AGENCY, null)),
				new Funding(new BigDecimal("1200000"), "EUR", ItemCode.of("13(d)(i)"), FundingType.GRANT,
						new BigDecimal("100000"),
						List.of(new YearFunding(2024, new BigDecimal("600000"), new BigDecimal("400000.50")),
								new YearFunding(2026, new BigDecimal("300000"), null))),
				new Focus(List.of(new ElementShare(ItemCode.of("12(c)"), new BigDecimal("60")),
						new ElementShare(ItemCode.of("12(i)"), null), new ElementShare(ItemCode.of("12(a)(i)"), null),
						new ElementShare(ItemCode.of("12(b)"), null)), List.of(ItemCode.of("14(l)")),
						List.of(CapacityCategory.TRAINING),
						List.of(TargetGroup.RISK_ASSESSORS, TargetGroup.LABORATORY_STAFF)),
				new Results("Forty risk assessors trained.", "Decisions in time.", "A network of laboratories.",
						"Train the trainers first.",
						List.of(new Indicator("Staff trained", "people", BigDecimal.ZERO, LocalDate.of(2024, 3, 1),
								new BigDecimal("120"), LocalDate.of(2026, 6, 30), new BigDecimal("95"),
								LocalDate.of(2025, 12, 31)),
								new Indicator("Decisions taken in time", "%", null, null, new BigDecimal("90"), null,
										null, null)),
						List.of(new DocumentLink("Project document", "https://example.org/gef-5432.pdf"),
								new DocumentLink("Project site", "https://example.org/gef-5432"))),
				List.of(new Evaluation("Independent Evaluation Office", LocalDate.of(2025, 6, 30),
						Map.of(DacCriterion.RELEVANCE, 4), "Relevant.", "https://example.org/evaluation.pdf")),
				List.of(new ProfileContact("Amina Odhiambo", "UNEP", "amina@example.org", "+254 20 762 1234")));
	}

	/** An initiative with a title, a planned start and Kenya only. */
	static InitiativeContent dated(String title, LocalDate start) {
		return new InitiativeContent(title, null, null, null, null, null, null, new Schedule(start, null, null, null),
				new Geography(null, null, List.of(new CountryShare(CountryCode.of("KEN"), null)), List.of()), List.of(),
				Funding.NONE, Focus.NONE, Results.NONE, List.of(), List.of());
	}

	InitiativeId load(RecordScope owner, InitiativeContent content, boolean publish) {
		InitiativeId id = InitiativeId.random();
		Instant now = Instant.parse("2025-03-01T10:00:00Z");
		loads.register(List.of(new Loaded(id, owner, content, publish, now, now)), "IATI export tests", null,
				InitiativeLoads.Duplicates.NONE_EXPECTED, secretariat);
		return id;
	}

	byte[] download(String path) throws Exception {
		MockHttpServletResponse response = mvc.perform(get(path))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, org.hamcrest.Matchers.startsWith("application/xml")))
			.andExpect(
					header().string(HttpHeaders.CONTENT_DISPOSITION, org.hamcrest.Matchers.containsString(".iati.xml")))
			.andReturn()
			.getResponse();
		byte[] file = response.getContentAsByteArray();
		assertThat(IatiSchema.problems(new ByteArrayInputStream(file))).as(new String(file, StandardCharsets.UTF_8))
			.isEmpty();
		return file;
	}

	static List<IatiActivity> read(byte[] file) {
		List<IatiActivity> activities = new ArrayList<>();
		IatiReader.Summary summary = new IatiReader("en").read(new ByteArrayInputStream(file), activities::add);
		assertThat(summary.skipped()).isEmpty();
		assertThat(summary.versions()).containsOnly("2.03");
		return activities;
	}

	@Test
	void an_imported_initiative_goes_out_with_its_publishers_sectors_and_markers() throws Exception {
		InitiativeApiTests.clear(jdbc);
		org.cbcm.exchange.internal.ImportFixture.clear(jdbc);
		org.cbcm.exchange.internal.IatiImports importer = context.getBean(org.cbcm.exchange.internal.IatiImports.class);
		UUID id;
		try (var in = getClass().getResourceAsStream("/iati/import-unep-2.03.xml")) {
			id = importer.upload("unep.xml", in, "en", null, secretariat);
		}
		importer.acceptProposals(id, secretariat);
		importer.start(id, true, secretariat);
		org.cbcm.exchange.internal.Imports.Stored done = new org.cbcm.exchange.internal.ImportFixture(secretariat,
				secretariat)
			.finished(importer, id);
		assertThat(done.report().created()).isEqualTo(3);
		InitiativeId kenya = context.getBean(InitiativeImports.class)
			.find(List.of(new ExternalId("XM-DAC-41116", "XM-DAC-41116-BIOSAFETY-KE-UG")))
			.values()
			.iterator()
			.next();

		String file = new String(download("/initiatives/" + kenya + ".iati.xml"), StandardCharsets.UTF_8);

		assertThat(file).contains("<sector vocabulary=\"1\" code=\"41030\" percentage=\"100\">")
			.contains("<policy-marker vocabulary=\"1\" code=\"5\" significance=\"2\">");
		IatiActivity back = read(file.getBytes(StandardCharsets.UTF_8)).get(0);
		assertThat(back.sectors()).extracting(IatiActivity.Code::code).contains("41030");
		assertThat(back.policyMarkers()).extracting(IatiActivity.PolicyMarker::code).containsExactly("5");
	}

	@Test
	void a_rich_initiative_goes_out_valid_and_reads_back_with_every_field() throws Exception {
		InitiativeId id = load(RecordScope.of(UNEP), rich("Detecting LMOs in East Africa"), true);

		byte[] file = download("/initiatives/" + id + ".iati.xml");
		assertThat(download("/api/v1/initiatives/" + id + ".iati.xml")).isNotEmpty();

		IatiActivity activity = read(file).get(0);
		assertThat(activity.identifier()).isEqualTo(UNEP_IATI + "-" + id);
		assertThat(activity.reportingOrg().ref()).isEqualTo(UNEP_IATI);
		assertThat(activity.reportingOrg().type()).isEqualTo("40");
		assertThat(activity.reportingOrg().name().value()).isEqualTo("United Nations Environment Programme");
		assertThat(activity.lastUpdated()).isEqualTo("2025-03-01T10:00:00Z");
		assertThat(activity.title().value()).isEqualTo("Detecting LMOs in East Africa");
		assertThat(activity.title().language()).isEqualTo("en");
		assertThat(activity.descriptions().get("1").value())
			.isEqualTo("Builds the capacity of risk assessors & laboratories <LMOs>.");
		assertThat(activity.descriptions().get("2").value()).isEqualTo("Detect LMOs at the borders.");
		assertThat(activity.descriptions().get("3").value()).isEqualTo("Risk assessors, Laboratory staff");
		assertThat(activity.descriptions().get("4").value()).contains("Outputs: Forty risk assessors trained.",
				"Outcomes: Decisions in time.", "Achievements: A network of laboratories.",
				"Lessons learned: Train the trainers first.");
		assertThat(activity.status()).isEqualTo("2");
		assertThat(activity.dates()).containsEntry("1", LocalDate.of(2024, 2, 1))
			.containsEntry("2", LocalDate.of(2024, 3, 1))
			.containsEntry("3", LocalDate.of(2027, 1, 31))
			.containsEntry("4", LocalDate.of(2026, 6, 30));
		assertThat(activity.participants())
			.extracting(p -> p.role(), p -> p.organisation().ref(), p -> p.organisation().type(),
					p -> p.organisation().name().value())
			.containsExactly(tuple("1", null, "40", "Global Environment Facility"),
					tuple("3", UNEP_IATI, "40", "United Nations Environment Programme"),
					tuple("4", null, "40", "Food and Agriculture Organization of the United Nations"));
		assertThat(activity.countries()).extracting(IatiActivity.Share::code, IatiActivity.Share::percentage)
			.containsExactly(tuple("KE", new BigDecimal("50")), tuple("UG", new BigDecimal("25")),
					tuple("TZ", new BigDecimal("25")));
		assertThat(activity.regions()).extracting(IatiActivity.Share::code, IatiActivity.Share::vocabulary)
			.containsExactly(tuple("014", "2"));
		assertThat(activity.defaultCurrency()).isEqualTo("EUR");
		assertThat(activity.budgets()).singleElement().satisfies(budget -> {
			assertThat(budget.periodStart()).isEqualTo(LocalDate.of(2024, 3, 1));
			assertThat(budget.periodEnd()).isEqualTo(LocalDate.of(2026, 6, 30));
			assertThat(budget.value()).isEqualByComparingTo("1200000");
			assertThat(budget.currency()).isEqualTo("EUR");
		});
		assertThat(activity.transactions())
			.extracting(Transaction::type, Transaction::date, t -> t.value().toPlainString(), Transaction::currency,
					Transaction::valueDate)
			.containsExactly(tuple("2", LocalDate.of(2024, 12, 31), "600000", "EUR", LocalDate.of(2024, 12, 31)),
					tuple("3", LocalDate.of(2024, 12, 31), "400000.5", "EUR", LocalDate.of(2024, 12, 31)),
					tuple("2", LocalDate.of(2026, 6, 30), "300000", "EUR", LocalDate.of(2026, 6, 30)));
		assertThat(activity.sectors()).allSatisfy(sector -> {
			assertThat(sector.vocabulary()).isEqualTo("99");
			assertThat(sector.vocabularyUri()).isEqualTo(CODELIST);
		});
		assertThat(activity.sectors()).extracting(Code::code, code -> code.percentage().toPlainString())
			.containsExactly(tuple("12(c)", "60"), tuple("12(i)", "13.3333"), tuple("12(a)(i)", "13.3333"),
					tuple("12(b)", "13.3334"));
		assertThat(activity.sectors().stream().map(Code::percentage).reduce(BigDecimal.ZERO, BigDecimal::add))
			.isEqualByComparingTo("100");
		assertThat(activity.sectors().get(0).text()).isNotNull();
		assertThat(activity.results()).singleElement().satisfies(result -> {
			assertThat(result.indicators()).hasSize(2);
			var trained = result.indicators().get(0);
			assertThat(trained.title().value()).isEqualTo("Staff trained");
			assertThat(trained.measure()).isEqualTo("1");
			assertThat(trained.baselineYear()).isEqualTo("2024");
			assertThat(trained.baseline()).isEqualTo("0");
			assertThat(trained.targets()).containsExactly("120");
			assertThat(trained.actuals()).containsExactly("95");
			var timely = result.indicators().get(1);
			assertThat(timely.measure()).isEqualTo("2");
			assertThat(timely.targets()).as("a target's period runs over the schedule when it has no date")
				.containsExactly("90");
		});
		assertThat(activity.documents())
			.extracting(d -> d.url(), d -> d.format(), d -> d.title().value(), d -> d.categories())
			.containsExactly(
					tuple("https://example.org/gef-5432.pdf", "application/pdf", "Project document", List.of("A08")),
					tuple("https://example.org/gef-5432", "text/html", "Project site", List.of("A08")),
					tuple("https://example.org/evaluation.pdf", "application/pdf",
							"Evaluation: Independent Evaluation Office", List.of("A07")),
					tuple("http://localhost:8080/initiatives/" + id, "text/html",
							"The initiative in the Coordination Mechanism's registry", List.of("A12")));
		assertThat(activity.contacts()).singleElement().satisfies(contact -> {
			assertThat(contact.person().value()).isEqualTo("Amina Odhiambo");
			assertThat(contact.organisation().value()).isEqualTo("UNEP");
			assertThat(contact.email()).isEqualTo("amina@example.org");
			assertThat(contact.telephone()).isEqualTo("+254 20 762 1234");
		});
		assertThat(activity.warnings()).isEmpty();
	}

	@Test
	void an_imported_initiative_goes_out_under_its_publisher_and_identifier() throws Exception {
		ExternalId external = new ExternalId("XM-DAC-41114", "XM-DAC-41114-00012345");
		InitiativeId id = imports
			.write(List.of(new InitiativeImports.Imported(external, RecordScope.of(CountryCode.of("KEN")),
					rich("Detection laboratories in Kenya"), true)), "IATI import 1", "Imported", secretariat)
			.get(0)
			.id();
		InitiativeId own = load(RecordScope.of(CountryCode.of("KEN")),
				dated("Biosafety awareness in Kenya", LocalDate.of(2023, 1, 1)), true);

		List<IatiActivity> activities = read(download("/initiatives/download.iati.xml?sort=TITLE"));

		assertThat(activities).extracting(IatiActivity::identifier, a -> a.reportingOrg().ref())
			.containsExactly(tuple("XI-IATI-CBCM-" + own, "XI-IATI-CBCM"),
					tuple("XM-DAC-41114-00012345", "XM-DAC-41114"));
		IatiActivity bare = activities.get(0);
		assertThat(bare.participants()).as("IATI needs one: the reporter, accountable")
			.extracting(p -> p.role(), p -> p.organisation().ref())
			.containsExactly(tuple("2", "XI-IATI-CBCM"));
		assertThat(bare.descriptions().get("1").value()).as("IATI needs one: the title")
			.isEqualTo("Biosafety awareness in Kenya");
		assertThat(bare.status()).as("none given, not started").isEqualTo("1");
		assertThat(id).isNotNull();
	}

	@Test
	void a_filtered_selection_holds_the_list_selection_only() throws Exception {
		load(RecordScope.of(UNEP), rich("Detecting LMOs in East Africa"), true);
		InitiativeContent brazil = new InitiativeContent("Biosafety framework of Brazil", null, null, null, null, null,
				ImplementationStatus.COMPLETED,
				new Schedule(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 12, 31), null, null),
				new Geography(GeographicScope.NATIONAL, null, List.of(new CountryShare(CountryCode.of("BRA"), null)),
						List.of()),
				List.of(new Participant(FAO, ParticipantRole.DONOR, null)),
				new Funding(new BigDecimal("80000"), "USD", null, null, null, List.of()), Focus.NONE, Results.NONE,
				List.of(), List.of());
		load(RecordScope.of(FAO), brazil, true);

		List<IatiActivity> kenya = read(download("/initiatives/download.iati.xml?country=KEN"));
		List<IatiActivity> api = read(download("/api/v1/initiatives.iati.xml?country=BRA"));

		assertThat(kenya).extracting(a -> a.title().value()).containsExactly("Detecting LMOs in East Africa");
		assertThat(api).extracting(a -> a.title().value()).containsExactly("Biosafety framework of Brazil");
		assertThat(api.get(0).budgets()).as("no budget without both dates... here both are known").hasSize(1);
		assertThat(api.get(0).countries()).extracting(IatiActivity.Share::code, IatiActivity.Share::percentage)
			.containsExactly(tuple("BR", new BigDecimal("100")));
	}

	@Test
	void drafts_and_unknown_or_malformed_initiatives_never_go_out() throws Exception {
		InitiativeId draft = load(RecordScope.of(UNEP), rich("A draft in Kenya"), false);
		InitiativeId published = load(RecordScope.of(UNEP), rich("Published in Kenya"), true);

		mvc.perform(get("/initiatives/" + draft + ".iati.xml")).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/initiatives/" + draft + ".iati.xml")).andExpect(status().isNotFound());
		mvc.perform(get("/initiatives/" + UUID.randomUUID() + ".iati.xml")).andExpect(status().isNotFound());
		mvc.perform(get("/initiatives/not-an-id.iati.xml")).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/initiatives/not-an-id.iati.xml")).andExpect(status().isNotFound());
		mvc.perform(get("/initiatives/download.iati.xml?country=XXX")).andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/initiatives.iati.xml?sort=SIDEWAYS")).andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/initiatives.iati.xml?country=BRA")).andExpect(status().isNotFound());

		List<IatiActivity> all = read(download("/initiatives/download.iati.xml"));
		assertThat(all).extracting(a -> a.title().value()).containsExactly("Published in Kenya");
		assertThat(all.get(0).identifier()).endsWith(published.toString());
	}

	@Test
	void an_initiative_without_a_date_is_left_out_and_said_to_be() throws Exception {
		InitiativeId undated = load(RecordScope.of(UNEP), InitiativeContent.titled("No dates at all"), true);
		load(RecordScope.of(UNEP), rich("Detecting LMOs in East Africa"), true);

		byte[] file = download("/initiatives/download.iati.xml");

		assertThat(read(file)).extracting(a -> a.title().value()).containsExactly("Detecting LMOs in East Africa");
		assertThat(new String(file, StandardCharsets.UTF_8)).contains("1 published initiative(s) left out");
		mvc.perform(get("/initiatives/" + undated + ".iati.xml")).andExpect(status().isNotFound());
	}

	@Test
	void the_list_and_an_initiative_page_link_to_their_iati_files() throws Exception {
		InitiativeId id = load(RecordScope.of(UNEP), rich("Detecting LMOs in East Africa"), true);

		mvc.perform(get("/initiatives?country=KEN"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("/initiatives/download.iati.xml?")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("IATI XML")));
		mvc.perform(get("/initiatives/" + id))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("/initiatives/" + id + ".iati.xml")));
	}

	@Test
	void the_key_elements_codelist_is_served_and_lists_every_key_element() throws Exception {
		MockHttpServletResponse response = mvc.perform(get("/codelists/ActionPlanKeyElement.xml"))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, org.hamcrest.Matchers.startsWith("application/xml")))
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, org.hamcrest.Matchers.containsString("max-age=3600")))
			.andReturn()
			.getResponse();
		String etag = response.getHeader(HttpHeaders.ETAG);
		assertThat(etag).isNotBlank();
		mvc.perform(get("/codelists/ActionPlanKeyElement.xml").header(HttpHeaders.IF_NONE_MATCH, etag))
			.andExpect(status().isNotModified());

		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		Document codelist = factory.newDocumentBuilder()
			.parse(new ByteArrayInputStream(response.getContentAsByteArray()));
		Element root = codelist.getDocumentElement();
		assertThat(root.getTagName()).isEqualTo("codelist");
		assertThat(root.getAttribute("name")).isEqualTo("ActionPlanKeyElement");
		assertThat(root.getAttribute("complete")).isEqualTo("1");
		NodeList codes = codelist.getElementsByTagName("code");
		List<String> listed = new ArrayList<>();
		for (int index = 0; index < codes.getLength(); index++) {
			listed.add(codes.item(index).getTextContent());
		}
		List<String> elements = plan.items(plan.current().code(), ItemFilter.all())
			.stream()
			.filter(item -> item.type() == ItemType.KEY_ELEMENT || item.type() == ItemType.SUB_ELEMENT)
			.map(item -> item.code().value())
			.toList();
		assertThat(elements).contains("12(a)", "12(a)(i)", "12(o)");
		assertThat(listed).containsExactlyInAnyOrderElementsOf(elements);
		assertThat(codelist.getElementsByTagName("codelist-item").getLength()).isEqualTo(elements.size());
		Element first = (Element) codelist.getElementsByTagName("codelist-item").item(0);
		assertThat(first.getElementsByTagName("name").item(0).getTextContent()).isNotBlank();
		assertThat(first.getElementsByTagName("description").item(0).getTextContent()).isNotBlank();
	}

	/**
	 * Round trip: a registry exported, then imported into an empty one (as a fresh
	 * instance's), gives the same initiatives, field by field for every field IATI
	 * carries: the export's identity and the import's matching of publishers, countries,
	 * regions, organisations and key elements (cbcm's own codelist) meet. The documents
	 * come back with two more: the evaluation's report and the record in the registry it
	 * came from, which the export writes as document links.
	 */
	@Test
	void a_registry_exported_and_imported_into_an_empty_one_gives_the_same_initiatives() throws Exception {
		InitiativeContent original = rich("Detecting LMOs in East Africa");
		load(RecordScope.of(UNEP), original, true);
		byte[] file = download("/initiatives/download.iati.xml");
		InitiativeApiTests.clear(jdbc);
		jdbc.sql("DELETE FROM exchange_import").update();
		jdbc.sql("DELETE FROM exchange_classification").update();

		org.cbcm.exchange.internal.IatiImports importer = context.getBean(org.cbcm.exchange.internal.IatiImports.class);
		UUID id = importer.upload("registry.iati.xml", new ByteArrayInputStream(file), "en", null, secretariat);
		importer.select(id, "ALL", null, secretariat);
		importer.start(id, true, secretariat);
		long until = System.nanoTime() + 60_000_000_000L;
		while (importer.get(id, secretariat).status().active() && System.nanoTime() < until) {
			Thread.sleep(50);
		}
		assertThat(importer.get(id, secretariat).report().created())
			.as(() -> importer.activities(id, org.cbcm.exchange.internal.Imports.Shown.ALL,
					new org.cbcm.shared.Paging(0, 10), secretariat)
				.content()
				.toString() + importer.get(id, secretariat))
			.isEqualTo(1);
		UUID back = jdbc.sql("SELECT id FROM initiative").query(UUID.class).single();
		InitiativeContent imported = context.getBean(org.cbcm.initiatives.internal.InitiativeManagement.class)
			.view(new InitiativeId(back), secretariat)
			.published();

		java.util.function.Predicate<String> carried = field -> field.equals("title") || field.equals("description")
				|| field.equals("objectives") || field.equals("implementation") || field.startsWith("schedule.")
				|| field.matches("geography\\.countries\\[\\d+]\\.country") || field.startsWith("geography.regions")
				|| field.matches("participants\\[\\d+]\\.(organisation|role)") || field.equals("funding.totalBudget")
				|| field.equals("funding.currency") || field.startsWith("funding.years")
				|| field.startsWith("focus.keyElements") && field.endsWith(".element")
				|| field.matches("results\\.indicators\\[\\d+]\\.(name|baseline)")
				|| field.matches("results\\.documents\\[[01]]\\..*") || field.startsWith("contacts");
		java.util.Map<String, String> expected = new java.util.TreeMap<>();
		original.fields().forEach((field, value) -> {
			if (carried.test(field)) {
				expected.put(field, value);
			}
		});
		java.util.Map<String, String> actual = new java.util.TreeMap<>();
		imported.fields().forEach((field, value) -> {
			if (carried.test(field)) {
				actual.put(field, value);
			}
		});
		assertThat(actual).isEqualTo(expected);
		assertThat(imported.results().documents()).as("the evaluation's report, and the record in its registry")
			.extracting(InitiativeContent.DocumentLink::url)
			.contains("https://example.org/evaluation.pdf");
		assertThat(imported.geography().shares()).hasSameSizeAs(original.geography().shares());
		original.geography()
			.shares()
			.forEach((country, share) -> assertThat(imported.geography().shares().get(country)).as(country.value())
				.isEqualByComparingTo(share));
		original.focus()
			.shares()
			.forEach((element, share) -> assertThat(imported.focus().shares().get(element)).as(element.value())
				.isCloseTo(share, org.assertj.core.data.Offset.offset(new BigDecimal("0.01"))));
	}

}
