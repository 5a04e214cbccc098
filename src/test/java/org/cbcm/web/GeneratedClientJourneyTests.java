package org.cbcm.web;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.cbcm.client.ApiClient;
import org.cbcm.client.ApiException;
import org.cbcm.client.api.CountryProfilesApi;
import org.cbcm.client.api.InitiativesApi;
import org.cbcm.client.api.MeApi;
import org.cbcm.client.api.UsersApi;
import org.cbcm.client.model.CountryShareDocument;
import org.cbcm.client.model.ElementShareDocument;
import org.cbcm.client.model.FocusDocument;
import org.cbcm.client.model.GeographyDocument;
import org.cbcm.client.model.Initiative;
import org.cbcm.client.model.InitiativeCreateRequest;
import org.cbcm.client.model.InitiativeRecordResource;
import org.cbcm.client.model.ProfileDraftResource;
import org.cbcm.client.model.ProfilePublishedResource;
import org.cbcm.client.model.ProfileRequest;
import org.cbcm.client.model.CursorPageSummaryResource;
import org.cbcm.client.model.ResultPageSummaryResource;
import org.cbcm.client.model.RoleRequest;
import org.cbcm.client.model.ScheduleDocument;
import org.cbcm.client.model.SummaryResource;
import org.cbcm.client.model.TokenRequest;
import org.cbcm.client.model.TokenResource;
import org.cbcm.client.model.TransitionRequest;
import org.cbcm.client.model.UserRequest;
import org.cbcm.client.model.UserResource;
import org.cbcm.directory.ProfileFixtures;
import org.cbcm.identity.internal.TestAccounts;
import org.cbcm.initiatives.InitiativeId;
import org.cbcm.initiatives.InitiativeLoads;
import org.cbcm.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The onboarding script of docs/api.md, run through a Java client that the build
 * generates from the committed OpenAPI description (docs/api/openapi.json, the one cbcm
 * serves: ApiDescriptionSnapshotTests), over HTTP to the running server: the Secretariat
 * creates a national focal point, who takes a token, writes and publishes the country
 * profile, registers and publishes initiatives, and anybody pages through the registry.
 * Where the description is wrong (an operation, a parameter, a property or a value that
 * is not as cbcm answers), the client does not compile or this journey fails: it reads
 * every answer strictly, refusing properties the description does not name.
 * <p>
 * Mongolia, which no other test writes on, and its records are removed before and after.
 */
@IntegrationTest
class GeneratedClientJourneyTests {

	static final String COUNTRY = "MNG";

	static final String FOCAL_POINT = "nfp@mongolia.example";

	static final String FOCAL_POINT_PASSWORD = "Mongolia-Focal-Point-2027!";

	@LocalServerPort
	int port;

	@Value("${cbcm.admin.email}")
	String adminEmail;

	@Value("${cbcm.admin.password}")
	String adminPassword;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	InitiativeLoads loads;

	@Autowired
	ApplicationContext context;

	/** When the test began: the events published since are its own. */
	OffsetDateTime began;

	@BeforeEach
	void nothingLeftFromAnEarlierRun() {
		began = OffsetDateTime.now();
		removeMongolianRecordsAndFocalPoint();
	}

	@AfterEach
	void nothingLeftBehind() {
		settled();
		removeMongolianRecordsAndFocalPoint();
		settled();
	}

	private void removeMongolianRecordsAndFocalPoint() {
		List<InitiativeId> initiatives = jdbc.sql("SELECT id FROM initiative WHERE owner_country = :country")
			.param("country", COUNTRY)
			.query((rs, row) -> new InitiativeId(rs.getObject(1, UUID.class)))
			.list();
		// Removed as a load is, which takes them out of every read model: loads are
		// what no person created.
		jdbc.sql("UPDATE initiative SET created_by = NULL WHERE owner_country = :country")
			.param("country", COUNTRY)
			.update();
		loads.remove(initiatives, TestAccounts.viewerOf(TestAccounts.in(context).admin()));
		ProfileFixtures.clear(jdbc, COUNTRY);
		jdbc.sql("DELETE FROM record_head WHERE record_kind = 'country-profile' AND record_id = :country")
			.param("country", COUNTRY)
			.update();
		jdbc.sql("DELETE FROM app_user WHERE email_key = :email").param("email", FOCAL_POINT).update();
	}

	@Test
	void the_secretariat_onboards_a_focal_point_who_publishes_the_profile_and_initiatives() throws Exception {
		// 1. The Secretariat takes a token with its password, and creates the focal
		// point.
		String secretariat = token(basic(adminEmail, adminPassword), "onboarding");
		UserResource created = new UsersApi(client(bearer(secretariat))).userCreate(
				new UserRequest().email(FOCAL_POINT)
					.name("Bat-Erdene Dorj")
					.language("en")
					.password(FOCAL_POINT_PASSWORD)
					.addRolesItem(new RoleRequest().role(RoleRequest.RoleEnum.NATIONAL_FOCAL_POINT).country(COUNTRY)),
				null);
		assertThat(created.getEmail()).isEqualTo(FOCAL_POINT);
		// With a password, the account is ready and no invitation is mailed.
		assertThat(created.getActive()).isTrue();
		assertThat(created.getInvitationSent()).isNull();
		assertThat(created.getRoles()).singleElement().satisfies(role -> {
			assertThat(role.getRole()).hasToString("NATIONAL_FOCAL_POINT");
			assertThat(role.getCountry()).isEqualTo(COUNTRY);
		});

		// 2. The focal point takes a token of their own.
		ApiClient focalPoint = client(bearer(token(basic(FOCAL_POINT, FOCAL_POINT_PASSWORD), "profile script")));
		assertThat(new MeApi(focalPoint).meMe().getEmail()).isEqualTo(FOCAL_POINT);

		// 3. They read the profile's working copy, write it, and publish it.
		CountryProfilesApi profiles = new CountryProfilesApi(focalPoint);
		// The working copy's version comes as its ETag, which a change gives back as
		// If-Match.
		var working = profiles.profileDraftWithHttpInfo(COUNTRY);
		ProfileDraftResource draft = working.getData();
		assertThat(draft.getCountry()).isEqualTo(COUNTRY);
		String etag = working.getHeaders().get("etag").get(0);
		assertThat(etag).isEqualTo("\"" + draft.getVersion() + "\"");
		ProfileDraftResource saved = profiles.profileSave(COUNTRY,
				new ProfileRequest().comment("From the national biosafety report")
					.framework(ProfileRequest.FrameworkEnum.IN_PLACE)
					.mechanism(ProfileRequest.MechanismEnum.EXISTS)
					.website("https://biosafety.example.mn")
					.centreOfOrigin(false),
				etag);
		assertThat(saved.getVersion()).isGreaterThan(draft.getVersion());
		// A change based on the version read before is refused: 412, nothing saved.
		assertThatThrownBy(
				() -> profiles.profileSave(COUNTRY, new ProfileRequest().website("https://stale.example"), etag))
			.isInstanceOfSatisfying(org.cbcm.client.ApiException.class, ex -> assertThat(ex.getCode()).isEqualTo(412));
		profiles.profileMove(COUNTRY, "publish", new TransitionRequest(), "\"" + saved.getVersion() + "\"", null);

		// 4. They register national initiatives and publish them.
		InitiativesApi registry = new InitiativesApi(focalPoint);
		List<String> registered = new ArrayList<>();
		for (String title : List.of("National training in LMO detection", "Risk assessment guidelines",
				"Public awareness of biosafety")) {
			// Sent twice with one Idempotency-Key, as a script retrying after a timeout
			// would: registered once.
			String key = java.util.UUID.randomUUID().toString();
			InitiativeRecordResource record = registry.initiativeCreate(new InitiativeCreateRequest().owner(COUNTRY)
				.comment("Registered by the focal point")
				.initiative(initiative(title)), key);
			assertThat(registry
				.initiativeCreate(new InitiativeCreateRequest().owner(COUNTRY)
					.comment("Registered by the focal point")
					.initiative(initiative(title)), key)
				.getId()).isEqualTo(record.getId());
			assertThat(record.getStatus()).hasToString("DRAFT");
			assertThat(record.getOwner()).isEqualTo(COUNTRY);
			registry.initiativeMove(record.getId(), "publish", new TransitionRequest(),
					"\"" + record.getVersion() + "\"", null);
			assertThat(registry.initiativeGet(record.getId()).getStatus()).hasToString("PUBLISHED");
			registered.add(record.getId());
		}

		// 5. Anybody, without a token, reads the profile and pages through the registry.
		ApiClient anybody = client(null);
		ProfilePublishedResource published = new CountryProfilesApi(anybody).profilePublished(COUNTRY);
		assertThat(published.getProfile().getFramework()).hasToString("IN_PLACE");
		assertThat(published.getProfile().getMechanism()).hasToString("EXISTS");
		assertThat(published.getProfile().getWebsite()).isEqualTo("https://biosafety.example.mn");
		InitiativesApi reader = new InitiativesApi(anybody);
		List<String> read = new ArrayList<>();
		int pages = 0;
		ResultPageSummaryResource page;
		do {
			page = page(reader, pages++, 2);
			page.getContent().stream().map(SummaryResource::getId).forEach(read::add);
			assertThat(page.getContent()).allSatisfy(summary -> assertThat(summary.getCountries()).contains(COUNTRY));
		}
		while (page.getPage() + 1 < page.getTotalPages());
		assertThat(page.getTotalElements()).isEqualTo(3);
		assertThat(pages).isEqualTo(2);
		assertThat(read).containsExactlyInAnyOrderElementsOf(registered);

		// The same selection walked by cursor, a chunk at a time, until no next.
		List<String> walked = new ArrayList<>();
		String cursor = null;
		do {
			CursorPageSummaryResource chunk = reader.initiativeAll("TITLE", cursor, 2, List.of(COUNTRY), null, null,
					null, null, null, null, null, null, null, null, null, null, null, null, null, null);
			chunk.getContent().stream().map(SummaryResource::getId).forEach(walked::add);
			cursor = chunk.getNext();
		}
		while (cursor != null);
		assertThat(walked).containsExactlyInAnyOrderElementsOf(registered);
	}

	/** A page of the initiatives that work in the country. */
	private static ResultPageSummaryResource page(InitiativesApi reader, int page, int size) throws ApiException {
		return reader.initiativeSearch(null, page, size, null, List.of(COUNTRY), null, null, null, null, null, null,
				null, null, null, null, null, null, null, null, null, null);
	}

	private static Initiative initiative(String title) {
		return new Initiative().title(title)
			.type(Initiative.TypeEnum.PROJECT)
			.implementation(Initiative.ImplementationEnum.ONGOING)
			.description("Trains the staff of the national reference laboratory.")
			.schedule(new ScheduleDocument().plannedStart(LocalDate.of(2026, 1, 15))
				.plannedEnd(LocalDate.of(2027, 6, 30)))
			.geography(new GeographyDocument().scope(GeographyDocument.ScopeEnum.NATIONAL)
				.addCountriesItem(new CountryShareDocument().country(COUNTRY)))
			.focus(new FocusDocument().addKeyElementsItem(new ElementShareDocument().element("12(c)"))
				.addCategoriesItem(FocusDocument.CategoriesEnum.TRAINING));
	}

	/** A token taken with a password, valid for a day. */
	private String token(String basic, String name) throws ApiException {
		TokenResource token = new MeApi(client(basic)).meCreateToken(new TokenRequest().name(name).days(1));
		assertThat(token.getName()).isEqualTo(name);
		return token.getToken();
	}

	/**
	 * A client of the running server, sending the Authorization header given (none when
	 * null), that refuses answers with properties the description does not name.
	 */
	private ApiClient client(String authorization) {
		ApiClient client = new ApiClient();
		client.updateBaseUri("http://127.0.0.1:" + port);
		client.setObjectMapper(ApiClient.createDefaultObjectMapper()
			.rebuild()
			.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.build());
		client.setReadTimeout(Duration.ofSeconds(30));
		if (authorization != null) {
			client
				.setRequestInterceptor((HttpRequest.Builder request) -> request.header("Authorization", authorization));
		}
		return client;
	}

	private static String basic(String email, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	private static String bearer(String token) {
		return "Bearer " + token;
	}

	/**
	 * Waits, ten seconds at most, until the events published since the test began are
	 * handled, so that no listener writes after the records are removed.
	 */
	private void settled() {
		long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (System.nanoTime() < until && jdbc
			.sql("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL AND publication_date >= :began")
			.param("began", began)
			.query(Long.class)
			.single() > 0) {
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

}
