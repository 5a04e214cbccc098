package org.cbcm.exchange.internal.iati;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.cbcm.exchange.internal.iati.IatiActivity.Text.Choice;
import org.cbcm.exchange.internal.iati.IatiReader.Summary;
import org.cbcm.exchange.internal.iati.IatiReader.UnreadableFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The IATI reader on the official examples of versions 2.01 to 2.03, on a file written as
 * real 1.0x publishers write them, and on hostile files.
 */
class IatiReaderTests {

	List<IatiActivity> activities = new ArrayList<>();

	Summary read(String language, InputStream in) {
		return new IatiReader(language).read(in, activities::add);
	}

	Summary read(String language, String resource) {
		return read(language, getClass().getResourceAsStream("/iati/" + resource));
	}

	Summary read(String xml) {
		return read("en", new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
	}

	@ParameterizedTest
	@ValueSource(strings = { "2.01", "2.02", "2.03" })
	void reads_the_official_example_of_each_version(String version) {
		Summary summary = read("fr", "examples/activity-standard-example-annotated-" + version + ".xml");

		assertThat(summary.read()).isOne();
		assertThat(summary.versions()).containsExactly(version);
		assertThat(summary.publishers()).containsExactly("AA-AAA-123456789");
		assertThat(summary.skipped()).isEmpty();
		assertThat(summary.broken()).isNull();
		assertThat(summary.ignored()).containsKeys("location", "conditions");
		IatiActivity activity = activities.get(0);
		assertThat(activity.identifier()).isEqualTo("AA-AAA-123456789-ABC123");
		assertThat(activity.title().value()).isEqualTo("Titre de l'activité");
		assertThat(activity.title().choice()).isEqualTo(Choice.ASKED);
		assertThat(activity.descriptions().get("2").value()).startsWith("Objectifs de l'activité");
		assertThat(activity.reportingOrg().ref()).isEqualTo("AA-AAA-123456789");
		assertThat(activity.reportingOrg().name().value()).isEqualTo("Nom de l'organisme");
		assertThat(activity.status()).isEqualTo("2");
		assertThat(activity.dates()).containsEntry("1", LocalDate.of(2012, 4, 15))
			.containsEntry("2", LocalDate.of(2012, 4, 28))
			.containsEntry("3", LocalDate.of(2015, 12, 31));
		assertThat(activity.participants()).extracting(IatiActivity.Participant::role).containsExactly("1", "2", "3");
		assertThat(activity.participants().get(0).organisation().ref()).isEqualTo("BB-BBB-123456789");
		assertThat(activity.countries()).extracting(IatiActivity.Share::code).containsExactly("AF", "AG");
		assertThat(activity.countries().get(0).percentage()).isEqualByComparingTo("25");
		assertThat(activity.regions()).extracting(IatiActivity.Share::code, IatiActivity.Share::vocabulary)
			.contains(org.assertj.core.groups.Tuple.tuple("489", "1"));
		assertThat(activity.budgets()).first().satisfies(budget -> {
			assertThat(budget.value()).isEqualByComparingTo("3000");
			assertThat(budget.currency()).isEqualTo("EUR");
			assertThat(budget.periodStart()).isEqualTo(LocalDate.of(2014, 1, 1));
			assertThat(budget.valueDate()).isEqualTo(LocalDate.of(2014, 1, 1));
		});
		assertThat(activity.plannedDisbursements()).hasSize(2);
		assertThat(activity.transactions()).first().satisfies(transaction -> {
			assertThat(transaction.type()).isEqualTo("1");
			assertThat(transaction.value()).isEqualByComparingTo("1000");
			assertThat(transaction.provider().ref()).isEqualTo("BB-BBB-123456789");
		});
		assertThat(activity.sectors()).extracting(IatiActivity.Code::vocabulary, IatiActivity.Code::code)
			.contains(org.assertj.core.groups.Tuple.tuple("2", "111"));
		assertThat(activity.policyMarkers()).extracting(IatiActivity.PolicyMarker::code).contains("2", "9");
		assertThat(activity.results()).first()
			.satisfies(result -> assertThat(result.indicators()).first()
				.satisfies(indicator -> assertThat(indicator.baseline()).isEqualTo("10")));
		assertThat(activity.documents()).first()
			.satisfies(document -> assertThat(document.categories()).containsExactly("A01"));
		assertThat(activity.contacts()).first()
			.satisfies(contact -> assertThat(contact.email()).isEqualTo("transparency@example.org"));
		assertThat(activity.warnings()).isEmpty();
	}

	@Test
	void tags_of_version_2_02_and_later_are_kept_with_their_vocabulary() {
		read("en", "examples/activity-standard-example-annotated-2.03.xml");

		assertThat(activities.get(0).tags())
			.extracting(IatiActivity.Code::vocabulary, IatiActivity.Code::code, IatiActivity.Code::vocabularyUri)
			.contains(org.assertj.core.groups.Tuple.tuple("99", "T1", "http://example.com/vocab.html"));
	}

	@Test
	void reads_a_messy_file_of_two_versions_and_publishers_skipping_what_it_cannot_read() {
		Summary summary = read("fr", "wild-mixed-1.03-2.01.xml");

		assertThat(summary.read()).isEqualTo(2);
		assertThat(summary.versions()).containsExactly("1.03", "2.01");
		assertThat(summary.publishers()).containsExactly("XM-DAC-41301", "XM-DAC-47066");
		assertThat(summary.skipped()).singleElement().satisfies(skipped -> {
			assertThat(skipped.identifier()).isNull();
			assertThat(skipped.reason()).isEqualTo("The activity has no iati-identifier");
			assertThat(skipped.line()).isEqualTo(68);
		});
		assertThat(summary.foreign())
			.containsExactlyInAnyOrderEntriesOf(Map.of("{http://www.usaid.gov/iati-extension}treasury-account", 1,
					"{http://example.org/another}note", 1, "{http://example.org/another}extra", 1));
		assertThat(summary.ignored()).containsExactlyEntriesOf(Map.of("location", 1));

		IatiActivity fao = activities.get(0);
		assertThat(fao.version()).isEqualTo("1.03");
		assertThat(fao.title().value()).isEqualTo("Renforcement des cadres de biosécurité en Afrique de l'Ouest");
		assertThat(fao.title().language()).isEqualTo("fr");
		assertThat(fao.descriptions().get("1").value()).startsWith("Support to national biosafety frameworks");
		assertThat(fao.descriptions().get("1").choice()).isEqualTo(Choice.ENGLISH);
		assertThat(fao.reportingOrg().name().value()).isEqualTo("Food and Agriculture Organization");
		assertThat(fao.dates()).containsEntry("1", LocalDate.of(2012, 1, 1))
			.containsEntry("2", LocalDate.of(2012, 3, 15))
			.containsEntry("3", LocalDate.of(2015, 12, 31));
		assertThat(fao.participants()).extracting(IatiActivity.Participant::role).containsExactly("1", "3", "4");
		assertThat(fao.participants().get(2).organisation().name().value()).isEqualTo("Ministry of Environment, Ghana");
		assertThat(fao.countries()).extracting(IatiActivity.Share::code).containsExactly("GH", "BF");
		assertThat(fao.regions()).singleElement().satisfies(region -> assertThat(region.vocabulary()).isEqualTo("1"));
		assertThat(fao.sectors()).extracting(IatiActivity.Code::vocabulary, IatiActivity.Code::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("1", "41030"),
					org.assertj.core.groups.Tuple.tuple("99", "BIOSAFETY"));
		assertThat(fao.policyMarkers()).singleElement()
			.satisfies(marker -> assertThat(marker).isEqualTo(new IatiActivity.PolicyMarker("1", "5", "2")));
		assertThat(fao.budgets()).extracting(IatiActivity.Money::value, IatiActivity.Money::currency)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(new BigDecimal("250000"), "EUR"),
					org.assertj.core.groups.Tuple.tuple(new BigDecimal("1500000.50"), "USD"));
		assertThat(fao.transactions()).extracting(IatiActivity.Transaction::type, IatiActivity.Transaction::currency)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("2", "USD"),
					org.assertj.core.groups.Tuple.tuple("3", "GBP"));
		assertThat(fao.transactions().get(1).valueDate()).as("a date in 1066 is a date; the import judges it")
			.isEqualTo(LocalDate.of(1066, 10, 14));
		assertThat(fao.results()).singleElement()
			.satisfies(result -> assertThat(result.indicators()).singleElement().satisfies(indicator -> {
				assertThat(indicator.baseline()).isNull();
				assertThat(indicator.targets()).isEmpty();
			}));
		assertThat(fao.contacts()).singleElement()
			.satisfies(contact -> assertThat(contact.person().value()).isEqualTo("A. Contact"));
		assertThat(fao.warnings()).containsExactly(
				"line 18: a participating organisation's role 'Sponsoring' is none of 1–4",
				"line 37: a budget value 'a lot' is not a number");

		IatiActivity iom = activities.get(1);
		assertThat(iom.version()).isEqualTo("2.01");
		assertThat(iom.title().value()).isEqualTo("Detección de organismos vivos modificados");
		assertThat(iom.title().language()).isEqualTo("es");
		assertThat(iom.title().choice()).isEqualTo(Choice.FIRST);
	}

	@Test
	void a_file_with_a_dtd_is_refused_and_no_entity_is_expanded() {
		String xxe = """
				<?xml version="1.0"?>
				<!DOCTYPE iati-activities [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
				<iati-activities version="2.03"><iati-activity><iati-identifier>&secret;</iati-identifier>
				</iati-activity></iati-activities>""";
		assertThatThrownBy(() -> read(xxe)).isInstanceOf(UnreadableFile.class).hasMessageContaining("DTD");
		assertThat(activities).isEmpty();
	}

	@Test
	@Timeout(10)
	void a_billion_laughs_is_refused_at_once() {
		StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\">");
		for (int i = 1; i < 10; i++) {
			laughs.append("<!ENTITY lol").append(i).append(" \"");
			laughs.append(String.join("", Collections.nCopies(10, "&lol" + ((i == 1) ? "" : i - 1) + ";")));
			laughs.append("\">");
		}
		laughs.append("]><iati-activities><iati-activity><iati-identifier>&lol9;</iati-identifier>")
			.append("</iati-activity></iati-activities>");
		assertThatThrownBy(() -> read(laughs.toString())).isInstanceOf(UnreadableFile.class);
		assertThat(activities).isEmpty();
	}

	@Test
	void what_is_not_xml_is_refused_with_a_message() {
		assertThatThrownBy(() -> read("PK\u0003\u0004 this is a zip file, not XML")).isInstanceOf(UnreadableFile.class)
			.hasMessageStartingWith("The file is not");
		assertThatThrownBy(() -> read("")).isInstanceOf(UnreadableFile.class);
	}

	@Test
	void a_file_cut_short_keeps_the_activities_before_and_says_where_it_broke() {
		Summary summary = read(
				"""
						<iati-activities version="2.03">
						 <iati-activity><iati-identifier>XM-1</iati-identifier><title><narrative>One</narrative></title></iati-activity>
						 <iati-activity><iati-identifier>XM-2</iati-identifier><title><narrative>Tw""");

		assertThat(activities).extracting(IatiActivity::identifier).containsExactly("XM-1");
		assertThat(summary.broken()).isNotNull();
		assertThat(summary.broken().identifier()).isEqualTo("XM-2");
		assertThat(summary.broken().line()).isEqualTo(3);
		assertThat(summary.broken().reason()).startsWith("The file breaks off here");
	}

	@Test
	@Timeout(10)
	void elements_nested_absurdly_deep_stop_the_reading_quickly() {
		InputStream deep = new SequenceInputStream(
				new ByteArrayInputStream(
						"<iati-activities><iati-activity><iati-identifier>XM-1</iati-identifier><result>"
							.getBytes(StandardCharsets.UTF_8)),
				new ByteArrayInputStream("<x>".repeat(200_000).getBytes(StandardCharsets.UTF_8)));
		Summary summary = read("en", deep);

		assertThat(activities).isEmpty();
		assertThat(summary.broken().reason()).contains("nested deeper than 64 levels");
	}

	@Test
	void a_huge_or_strange_amount_is_left_out_with_a_warning() throws IOException {
		read("""
				<iati-activities version="2.03"><iati-activity default-currency="USD">
				 <iati-identifier>XM-1</iati-identifier>
				 <budget><value>1e999999999</value></budget>
				 <budget><value>%s</value></budget>
				 <recipient-country code="KE" percentage="300"/>
				</iati-activity></iati-activities>""".formatted("9".repeat(5000)));

		IatiActivity activity = activities.get(0);
		assertThat(activity.budgets()).isEmpty();
		assertThat(activity.warnings()).hasSize(2).allMatch(warning -> warning.contains("is not a number"));
		assertThat(activity.countries().get(0).percentage()).as("read as written; the import judges the total")
			.isEqualByComparingTo("300");
	}

	@Test
	void control_characters_that_xml_forbids_break_the_file_where_they_are() {
		Summary summary = read("""
				<iati-activities version="2.03">
				 <iati-activity><iati-identifier>XM-1</iati-identifier></iati-activity>
				 <iati-activity><iati-identifier>XM-\u0000</iati-identifier></iati-activity>
				</iati-activities>""");

		assertThat(activities).extracting(IatiActivity::identifier).containsExactly("XM-1");
		assertThat(summary.broken()).isNotNull();
	}

}
