package org.cbcm.roster;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import org.cbcm.identity.internal.TestAccounts;
import org.cbcm.roster.ExpertContent.Availability;
import org.cbcm.roster.ExpertContent.Gender;
import org.cbcm.roster.ExpertContent.LanguageLevel;
import org.cbcm.roster.RequestFixtures.Expert;
import org.cbcm.roster.RequestFixtures.Listed;
import org.cbcm.roster.internal.Assignment;
import org.cbcm.roster.internal.ExpertAssignments;
import org.cbcm.roster.internal.ExpertManagement;
import org.cbcm.roster.internal.ExpertRequest;
import org.cbcm.roster.internal.RequestManagement;
import org.cbcm.roster.internal.Shortlists;
import org.cbcm.shared.ConflictException;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.ForbiddenException;
import org.cbcm.shared.InvalidRequestException;
import org.cbcm.shared.Role;
import org.cbcm.shared.Viewer;
import org.cbcm.support.IntegrationTest;
import org.cbcm.support.Mailbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cbcm.roster.RequestFixtures.KENYA;
import static org.cbcm.roster.RequestFixtures.UGANDA;

/**
 * Requests for experts from filing to rating, through the use cases: who may file, what a
 * request must say, how the shortlist ranks and explains, and the assignment's steps with
 * their refusals, events and the expert's mail.
 */
@IntegrationTest
@RecordApplicationEvents
class RequestFlowTests {

	static final Expert AMADOU = new Expert("Amadou Okello", UGANDA, Gender.MAN,
			List.of(Expertise.RISK_ASSESSMENT, Expertise.LMO_DETECTION), Map.of("fr", LanguageLevel.EXCELLENT));

	static final Expert BERND = new Expert("Bernd Keller", CountryCode.of("DEU"), Gender.MAN,
			List.of(Expertise.RISK_ASSESSMENT, Expertise.LMO_DETECTION), Map.of("fr", LanguageLevel.EXCELLENT));

	static final Expert CHARLES = new Expert("Charles Mugisha", UGANDA, Gender.MAN, List.of(Expertise.RISK_ASSESSMENT),
			speaks("sw", LanguageLevel.EXCELLENT, "fr", LanguageLevel.GOOD));

	static final Expert DANIELA = new Expert("Daniela Souza", CountryCode.of("BRA"), Gender.WOMAN,
			List.of(Expertise.RISK_ASSESSMENT), Map.of("en", LanguageLevel.EXCELLENT));

	static final Expert ERIC = new Expert("Eric Kamau", KENYA, Gender.MAN,
			List.of(Expertise.RISK_ASSESSMENT, Expertise.LMO_DETECTION), Map.of("fr", LanguageLevel.EXCELLENT))
		.available(Availability.LIMITED);

	static final Expert FATUMA = new Expert("Fatuma Nakato", UGANDA, Gender.WOMAN,
			List.of(Expertise.RISK_ASSESSMENT, Expertise.LMO_DETECTION), Map.of("fr", LanguageLevel.EXCELLENT))
		.available(Availability.UNAVAILABLE);

	/** The languages in order, the mother tongue first. */
	static Map<String, LanguageLevel> speaks(String first, LanguageLevel level, String second, LanguageLevel other) {
		Map<String, LanguageLevel> languages = new java.util.LinkedHashMap<>();
		languages.put(first, level);
		languages.put(second, other);
		return languages;
	}

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ExpertManagement experts;

	@Autowired
	RequestManagement requests;

	@Autowired
	Shortlists shortlists;

	@Autowired
	ExpertAssignments expertAssignments;

	@Autowired
	GreenMail mailServer;

	@Autowired
	ApplicationEvents events;

	Viewer secretariat;

	Viewer kenya;

	Viewer uganda;

	@BeforeEach
	void clear() {
		RequestFixtures.clear(jdbc);
		TestAccounts people = TestAccounts.in(context);
		secretariat = TestAccounts.viewerOf(people.admin());
		kenya = TestAccounts.viewerOf(people.holding(Role.NATIONAL_FOCAL_POINT, KENYA));
		uganda = TestAccounts.viewerOf(people.holding(Role.NATIONAL_FOCAL_POINT, UGANDA));
	}

	Viewer expert(Listed listed) {
		return TestAccounts.viewerOf(TestAccounts.in(context).person(listed.email()));
	}

	long requestCount() {
		return jdbc.sql("SELECT COUNT(*) FROM roster_request").query(Long.class).single();
	}

	@Test
	void a_developed_country_party_may_not_request_experts() {
		Viewer norway = TestAccounts
			.viewerOf(TestAccounts.in(context).holding(Role.NATIONAL_FOCAL_POINT, CountryCode.of("NOR")));
		assertThatThrownBy(() -> requests.file(CountryCode.of("NOR"), RequestFixtures.request("Help"), norway))
			.isInstanceOfSatisfying(ForbiddenException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("roster.request.not-eligible"));
		assertThat(requestCount()).isZero();
	}

	@Test
	void another_countrys_focal_point_may_neither_file_nor_read() {
		assertThatThrownBy(() -> requests.file(KENYA, RequestFixtures.request("Help"), uganda))
			.isInstanceOf(ForbiddenException.class);
		RequestId id = requests.file(KENYA, RequestFixtures.request("Help"), kenya);
		assertThatThrownBy(() -> requests.request(id, uganda)).isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> shortlists.of(id, uganda)).isInstanceOf(ForbiddenException.class);
	}

	@Test
	void an_end_before_the_start_is_refused_and_nothing_filed() {
		RequestContent good = RequestFixtures.request("Help");
		RequestContent bad = new RequestContent(good.title(), good.termsOfReference(), good.expertise(),
				good.keyElements(), good.languages(), LocalDate.of(2027, 5, 1), LocalDate.of(2027, 4, 30),
				good.workMode(), null);
		assertThatThrownBy(() -> requests.file(KENYA, bad, kenya)).isInstanceOfSatisfying(InvalidRequestException.class,
				ex -> {
					assertThat(ex.parameter()).isEqualTo("end");
					assertThat(ex.messageKey()).isEqualTo("roster.request.end-before-start");
				});
		RequestContent none = new RequestContent(" ", null, List.of(), List.of(), List.of("xx-not"), null, null, null,
				null);
		assertThatThrownBy(() -> requests.file(KENYA, none, kenya)).isInstanceOfSatisfying(
				InvalidRequestException.class,
				ex -> assertThat(ex.problems()).extracting(InvalidRequestException::parameter)
					.contains("title", "termsOfReference", "expertise", "languages[0]", "start", "end", "workMode"));
		assertThat(requestCount()).isZero();
	}

	@Test
	void a_filed_request_prefers_the_requesters_region_and_is_told_to_other_modules() {
		RequestId id = requests.file(KENYA, RequestFixtures.request("Help"), kenya);
		ExpertRequest request = requests.request(id, kenya);
		assertThat(request.content().preferredRegion().value()).isEqualTo("002");
		assertThat(request.status()).isEqualTo(RequestStatus.OPEN);
		assertThat(events.stream(RequestFiled.class)).singleElement()
			.satisfies(filed -> assertThat(filed.country()).isEqualTo(KENYA));
	}

	@Test
	void the_shortlist_ranks_and_explains_and_seeks_gender_balance() {
		Listed amadou = RequestFixtures.listed(experts, secretariat, AMADOU);
		Listed bernd = RequestFixtures.listed(experts, secretariat, BERND);
		Listed charles = RequestFixtures.listed(experts, secretariat, CHARLES);
		Listed daniela = RequestFixtures.listed(experts, secretariat, DANIELA);
		Listed eric = RequestFixtures.listed(experts, secretariat, ERIC);
		Listed fatuma = RequestFixtures.listed(experts, secretariat, FATUMA);
		RequestId id = requests.file(KENYA, RequestFixtures.request("Help"), kenya);
		ExpertRequest request = requests.request(id, kenya);

		Shortlists.Shortlist all = shortlists.of(id, kenya);
		assertThat(all.entries()).extracting(Shortlists.Entry::expert)
			.containsExactly(amadou.id(), eric.id(), bernd.id(), charles.id(), daniela.id())
			.doesNotContain(fatuma.id());
		assertThat(all.entries()).extracting(Shortlists.Entry::score).containsExactly(95, 89, 80, 63, 35);
		assertThat(why(all, eric)).contains("National expert: nominated by the requesting Party",
				"Available with limits");
		assertThat(why(all, bernd)).contains("From Europe, not the preferred region (Africa)");
		assertThat(why(all, amadou)).contains("Covers 2 of the 2 areas of expertise asked for",
				"Serves 1 of the 1 key elements asked for", "Speaks French (excellent)",
				"From the preferred region (Africa)", "Not rated yet");
		assertThat(why(all, charles)).contains("Speaks French (good)",
				"Covers 1 of the 2 areas of expertise asked for");
		assertThat(why(all, daniela)).contains("Does not speak French");
		assertThat(all.entries()).noneMatch(Shortlists.Entry::balancing);

		Shortlists.Shortlist three = shortlists.of(request, 3);
		assertThat(three.entries()).extracting(Shortlists.Entry::expert)
			.containsExactly(amadou.id(), eric.id(), bernd.id(), daniela.id());
		Shortlists.Entry brought = three.entries().get(3);
		assertThat(brought.balancing()).isTrue();
		assertThat(brought.rank()).isEqualTo(5);
		assertThat(why(three, daniela))
			.contains("Brought into the shortlist for gender balance: the first 3 were all men");
		assertThat(why(three, daniela, Locale.FRENCH)).anyMatch(text -> text.contains("français"));
	}

	@Test
	void past_ratings_move_an_expert_up() {
		Listed bernd = RequestFixtures.listed(experts, secretariat, BERND);
		RequestId first = requests.file(KENYA, RequestFixtures.request("First"), kenya);
		AssignmentId assignment = requests.select(first, 1, bernd.id(), kenya);
		Viewer expert = expert(bernd);
		int version = requests.accept(assignment, 1, true, true, expert);
		version = requests.complete(assignment, version, kenya);
		requests.report(assignment, version, "Advice on the risk assessment guidelines", "Guidelines adopted", 5,
				"Thorough", kenya);

		RequestId second = requests.file(KENYA, RequestFixtures.request("Second"), kenya);
		Shortlists.Shortlist shortlist = shortlists.of(second, kenya);
		assertThat(shortlist.entries()).singleElement().satisfies(entry -> assertThat(entry.score()).isEqualTo(85));
		assertThat(why(shortlist, bernd)).contains("Average rating 5 from 1 completed assignments");
	}

	@Test
	void the_expert_is_told_by_mail_accepts_once_with_declarations_and_the_party_completes_reports_and_rates()
			throws Exception {
		Listed amadou = RequestFixtures.listed(experts, secretariat, AMADOU);
		Listed bernd = RequestFixtures.listed(experts, secretariat, BERND);
		RequestId id = requests.file(KENYA, RequestFixtures.request("Risk assessment guidelines"), kenya);
		AssignmentId assignmentId = requests.select(id, 1, amadou.id(), kenya);
		assertThat(requests.request(id, kenya).status()).isEqualTo(RequestStatus.SELECTED);
		assertThatThrownBy(() -> requests.select(id, 2, bernd.id(), kenya)).isInstanceOf(ConflictException.class);

		MimeMessage mail = new Mailbox(mailServer).about(amadou.email(), "Request for your expertise");
		assertThat(Mailbox.subject(mail)).contains("Risk assessment guidelines");
		assertThat(Mailbox.linkPath(mail, "/roster/assignments/")).isEqualTo("/roster/assignments/" + assignmentId);

		Viewer expert = expert(amadou);
		Viewer other = expert(bernd);
		assertThatThrownBy(() -> requests.accept(assignmentId, 1, true, true, other)).isInstanceOfSatisfying(
				ForbiddenException.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("roster.assignment.not-the-expert"));
		assertThatThrownBy(() -> requests.accept(assignmentId, 1, false, true, expert)).isInstanceOfSatisfying(
				InvalidRequestException.class, ex -> assertThat(ex.parameter()).isEqualTo("noConflict"));
		assertThatThrownBy(() -> requests.accept(assignmentId, 1, true, false, expert)).isInstanceOfSatisfying(
				InvalidRequestException.class, ex -> assertThat(ex.parameter()).isEqualTo("confidentiality"));
		assertThat(requests.assignment(assignmentId, expert).status()).isEqualTo(AssignmentStatus.OFFERED);
		assertThat(events.stream(AssignmentAccepted.class)).isEmpty();

		int version = requests.accept(assignmentId, 1, true, true, expert);
		Assignment accepted = requests.assignment(assignmentId, kenya);
		assertThat(accepted.status()).isEqualTo(AssignmentStatus.ACCEPTED);
		assertThat(accepted.conflictDeclaredAt()).isNotNull();
		assertThat(accepted.confidentialityAgreedAt()).isNotNull();
		assertThat(events.stream(AssignmentAccepted.class)).singleElement()
			.satisfies(event -> assertThat(event.expert()).isEqualTo(amadou.id()));
		assertThatThrownBy(() -> requests.accept(assignmentId, version, true, true, expert)).isInstanceOfSatisfying(
				ConflictException.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("roster.assignment.already-accepted"));
		assertThat(expertAssignments.requestedBy(amadou.id(), kenya)).isTrue();
		assertThat(expertAssignments.requestedBy(amadou.id(), uganda)).isFalse();
		assertThat(expertAssignments.requestedBy(bernd.id(), kenya)).isFalse();

		assertThatThrownBy(
				() -> requests.arrange(assignmentId, version,
						new RequestManagement.Terms(LocalDate.of(2027, 3, 10), LocalDate.of(2027, 3, 1), "Report", null,
								null),
						kenya))
			.isInstanceOfSatisfying(InvalidRequestException.class, ex -> assertThat(ex.parameter()).isEqualTo("end"));
		assertThatThrownBy(() -> requests.arrange(assignmentId, version,
				new RequestManagement.Terms(null, null, null, new BigDecimal("1000"), "XYZ"), kenya))
			.isInstanceOfSatisfying(InvalidRequestException.class,
					ex -> assertThat(ex.parameter()).isEqualTo("feeCurrency"));
		assertThatThrownBy(() -> requests.arrange(assignmentId, version,
				new RequestManagement.Terms(null, null, null, null, null), uganda))
			.isInstanceOf(ForbiddenException.class);
		int arranged = requests.arrange(assignmentId, version, new RequestManagement.Terms(LocalDate.of(2027, 3, 1),
				LocalDate.of(2027, 3, 31), "Reviewed guidelines; a training", new BigDecimal("4500"), "usd"), kenya);
		int released = requests.release(assignmentId, arranged, LocalDate.of(2027, 2, 20), "Letter of the ministry",
				kenya);
		assertThatThrownBy(() -> requests.report(assignmentId, released, "Advice", null, 4, null, kenya))
			.isInstanceOfSatisfying(ConflictException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("roster.assignment.not-completed"));
		int completed = requests.complete(assignmentId, released, kenya);
		assertThat(requests.request(id, kenya).status()).isEqualTo(RequestStatus.CLOSED);
		assertThat(events.stream(AssignmentCompleted.class)).singleElement()
			.satisfies(event -> assertThat(event.requestedBy()).isEqualTo(KENYA));
		for (int rating : new int[] { 0, 6 }) {
			assertThatThrownBy(() -> requests.report(assignmentId, completed, "Advice", null, rating, null, kenya))
				.isInstanceOfSatisfying(InvalidRequestException.class, ex -> {
					assertThat(ex.parameter()).isEqualTo("rating");
					assertThat(ex.messageKey()).isEqualTo("roster.assignment.rating.range");
				});
		}
		assertThatThrownBy(() -> requests.report(assignmentId, completed, " ", null, 4, null, kenya))
			.isInstanceOfSatisfying(InvalidRequestException.class,
					ex -> assertThat(ex.parameter()).isEqualTo("assistance"));
		int reported = requests.report(assignmentId, completed, "Advice on the guidelines", "Adopted in May", 4,
				"Clear and timely", kenya);
		assertThatThrownBy(() -> requests.expertReport(assignmentId, reported, "Done", kenya))
			.isInstanceOf(ForbiddenException.class);
		requests.expertReport(assignmentId, reported, "I reviewed the guidelines and trained twelve officers.", expert);

		Assignment done = requests.assignment(assignmentId, kenya);
		assertThat(done.rating()).isEqualTo(4);
		assertThat(done.feeAmount()).isEqualByComparingTo("4500");
		assertThat(done.feeCurrency()).isEqualTo("USD");
		assertThat(done.releasedOn()).isEqualTo(LocalDate.of(2027, 2, 20));
		assertThat(done.expertReport()).startsWith("I reviewed");
		assertThat(expertAssignments.publicOf(amadou.id())).singleElement().satisfies(shown -> {
			assertThat(shown.country()).isEqualTo(KENYA);
			assertThat(shown.status()).isEqualTo(AssignmentStatus.COMPLETED);
			assertThat(shown.assistance()).isEqualTo("Advice on the guidelines");
			assertThat(shown.start()).isEqualTo(LocalDate.of(2027, 3, 1));
			assertThat(shown.toString()).doesNotContain("4500", "Clear and timely", "I reviewed");
		});
	}

	@Test
	void a_declined_offer_opens_the_request_again() {
		Listed amadou = RequestFixtures.listed(experts, secretariat, AMADOU);
		Listed bernd = RequestFixtures.listed(experts, secretariat, BERND);
		RequestId id = requests.file(KENYA, RequestFixtures.request("Help"), kenya);
		AssignmentId offer = requests.select(id, 1, amadou.id(), kenya);
		assertThat(expertAssignments.requestedBy(amadou.id(), kenya)).as("offered: Kenya may reach him").isTrue();
		requests.decline(offer, 1, "Busy in March", expert(amadou));
		assertThat(expertAssignments.requestedBy(amadou.id(), kenya)).as("declined: no longer").isFalse();
		assertThatThrownBy(() -> requests.accept(offer, 2, true, true, expert(amadou))).isInstanceOfSatisfying(
				ConflictException.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("roster.assignment.already-declined"));
		ExpertRequest open = requests.request(id, kenya);
		assertThat(open.status()).isEqualTo(RequestStatus.OPEN);
		requests.select(id, open.version(), bernd.id(), kenya);
		assertThat(requests.assignments(id, kenya)).hasSize(2);
		assertThat(expertAssignments.publicOf(amadou.id())).isEmpty();
	}

	private List<String> why(Shortlists.Shortlist shortlist, Listed expert) {
		return why(shortlist, expert, Locale.ENGLISH);
	}

	private List<String> why(Shortlists.Shortlist shortlist, Listed expert, Locale locale) {
		return shortlist.entries()
			.stream()
			.filter(entry -> entry.expert().equals(expert.id()))
			.findFirst()
			.orElseThrow()
			.reasons()
			.stream()
			.map(reason -> shortlists.text(reason, locale))
			.toList();
	}

	@Autowired
	org.cbcm.roster.internal.RosterStatistics statistics;

	@Test
	void the_review_counts_requests_and_assignments_by_requesting_country_and_by_the_experts_region() {
		Listed amadou = RequestFixtures.listed(experts, secretariat, AMADOU);
		Listed bernd = RequestFixtures.listed(experts, secretariat, BERND);
		RequestId first = requests.file(KENYA, RequestFixtures.request("Guidelines"), kenya);
		AssignmentId done = requests.select(first, 1, amadou.id(), kenya);
		int version = requests.accept(done, 1, true, true, expert(amadou));
		version = requests.complete(done, version, kenya);
		requests.report(done, version, "Advice on the guidelines", null, 4, null, kenya);
		RequestId second = requests.file(KENYA, RequestFixtures.request("Detection"), kenya);
		AssignmentId declined = requests.select(second, 1, bernd.id(), kenya);
		requests.decline(declined, 1, "Busy", expert(bernd));

		RosterReview review = statistics.review(null);
		assertThat(rows(review, "requests-by-country")).containsEntry("KEN", List.of(2L, 2L, 1L, 1L));
		assertThat(rows(review, "requests-by-region")).containsEntry("002", List.of(2L, 2L, 1L, 1L))
			.containsEntry("150", List.of(0L, 0L, 0L, 0L));
		assertThat(rows(review, "assignments-by-expert-region")).as("offered, accepted, declined, completed")
			.containsEntry("002", List.of(1L, 1L, 0L, 1L))
			.containsEntry("150", List.of(1L, 0L, 1L, 0L));
		assertThat(rows(review, "ratings-by-expert-region")).as("one rating would tell Amadou's: held back")
			.containsEntry("002", List.of(0L, 0L, 0L, 0L, 0L))
			.containsEntry("150", List.of(0L, 0L, 0L, 0L, 0L));
		int year = java.time.LocalDate.now().getYear();
		assertThat(rows(review, "requests-per-year")).containsEntry(String.valueOf(year), List.of(2L, 2L, 1L, 1L));
		assertThat(rows(statistics.review(year - 1), "requests-by-country")).as("nothing filed the year before")
			.isEmpty();
		assertThat(rows(statistics.review(year - 1), "requests-per-year"))
			.containsExactly(Map.entry(String.valueOf(year - 1), List.of(0L, 0L, 0L, 0L)));

		// Two more rated assignments in Africa: three ratings are shown.
		for (int rating : new int[] { 5, 5 }) {
			RequestId more = requests.file(KENYA, RequestFixtures.request("More " + rating), kenya);
			AssignmentId assignment = requests.select(more, 1, amadou.id(), kenya);
			int step = requests.accept(assignment, 1, true, true, expert(amadou));
			step = requests.complete(assignment, step, kenya);
			requests.report(assignment, step, "More advice", null, rating, null, kenya);
		}
		assertThat(rows(statistics.review(null), "ratings-by-expert-region")).containsEntry("002",
				List.of(0L, 0L, 0L, 1L, 2L));
	}

	static Map<String, List<Long>> rows(RosterReview review, String figure) {
		Map<String, List<Long>> rows = new java.util.LinkedHashMap<>();
		review.figure(figure).orElseThrow().rows().forEach(row -> rows.put(row.code(), row.counts()));
		return rows;
	}

}
