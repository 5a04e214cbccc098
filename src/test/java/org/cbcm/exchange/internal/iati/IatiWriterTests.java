package org.cbcm.exchange.internal.iati;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.cbcm.directory.OrganisationType;
import org.cbcm.initiatives.GeographicScope;
import org.cbcm.initiatives.ImplementationStatus;
import org.cbcm.initiatives.InitiativeContent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The writer's mappings from cbcm's values to IATI's codes, and what it does to what XML
 * or IATI cannot take.
 */
class IatiWriterTests {

	@Test
	void shares_split_evenly_total_exactly_one_hundred() {
		Map<String, BigDecimal> split = new LinkedHashMap<>();
		split.put("12(a)", new BigDecimal("33.3333"));
		split.put("12(b)", new BigDecimal("33.3333"));
		split.put("12(c)", new BigDecimal("33.3333"));

		Map<String, BigDecimal> whole = IatiWriter.whole(split);

		assertThat(whole.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("100");
		assertThat(whole).containsEntry("12(a)", new BigDecimal("33.3333"))
			.containsEntry("12(c)", new BigDecimal("33.3334"));
	}

	@Test
	void shares_that_total_one_hundred_are_left_as_they_are() {
		Map<String, BigDecimal> given = Map.of("KEN", new BigDecimal("100"));

		assertThat(IatiWriter.whole(given)).isEqualTo(given);
	}

	@Test
	void text_loses_what_xml_cannot_hold_and_keeps_the_rest() {
		assertThat(IatiWriter.clean("Bio\u0000safety\u0007 in 🇰🇪\t<Kenya> & more"))
			.isEqualTo("Biosafety in 🇰🇪\t<Kenya> & more");
		assertThat(IatiWriter.clean("lone \uD83C surrogate \uDDF0")).isEqualTo("lone  surrogate ");
		String plain = "Nothing to clean";
		assertThat(IatiWriter.clean(plain)).isSameAs(plain);
	}

	@Test
	void statuses_scopes_and_organisation_types_map_to_iati_codes_where_they_can() {
		InitiativeContent content = InitiativeContent.titled("Any");
		assertThat(IatiWriter.status(content)).as("none given, none started").isEqualTo("1");
		assertThat(IatiWriter.scope(GeographicScope.NATIONAL)).isEqualTo("4");
		assertThat(IatiWriter.scope(GeographicScope.SUB_REGIONAL)).isEqualTo("2");
		assertThat(IatiWriter.scope(GeographicScope.SUB_NATIONAL)).as("which level is unknown").isNull();
		assertThat(IatiWriter.organisationType(OrganisationType.GOVERNMENT)).isEqualTo("10");
		assertThat(IatiWriter.organisationType(OrganisationType.UN_BODY)).isEqualTo("40");
		assertThat(IatiWriter.organisationType(OrganisationType.NGO)).as("international or national is unknown")
			.isNull();
		for (ImplementationStatus status : ImplementationStatus.values()) {
			assertThat(IatiWriter.status(new InitiativeContent("Any", null, null, null, null, null, status, null, null,
					null, null, null, null, null, null)))
				.isIn("1", "2", "4", "5", "6");
		}
	}

	@Test
	void a_document_format_is_guessed_from_its_address() {
		assertThat(IatiWriter.format("https://example.org/Report.PDF?download=1")).isEqualTo("application/pdf");
		assertThat(IatiWriter.format("https://example.org/data.csv")).isEqualTo("text/csv");
		assertThat(IatiWriter.format("https://example.org/project")).isEqualTo("text/html");
	}

}
