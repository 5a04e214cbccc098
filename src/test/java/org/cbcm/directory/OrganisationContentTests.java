package org.cbcm.directory;

import java.util.List;

import org.cbcm.shared.InvalidRequestException;
import org.cbcm.shared.Validation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of an organisation's content, without Spring. */
class OrganisationContentTests {

	static OrganisationContent with(String iati, String website) {
		return new OrganisationContent("Fondation Biosécurité Sahel", " FBS ", OrganisationType.NGO, null, iati,
				website, "  ");
	}

	static List<String> faults(OrganisationContent content) {
		Validation validation = new Validation();
		content.check(validation);
		return validation.failed()
				? validation.problems().problems().stream().map(InvalidRequestException::parameter).toList()
				: List.of();
	}

	@Test
	void an_iati_identifier_is_a_registration_agency_prefix_and_a_number() {
		for (String good : List.of("XM-DAC-41114", "GB-COH-123456", "XI-IATI-EC_DEVCO", "SN-RC-2019-B-12345",
				"US-EIN-13-1837418")) {
			assertThat(faults(with(good, null))).as(good).isEmpty();
		}
		for (String bad : List.of("41114", "XM DAC 41114", "xm-dac-41114", "XM-DAC-", "XM-DAC-411/14", "DAC-41114",
				"XM-DAC-41 114")) {
			assertThat(faults(with(bad, null))).as(bad).containsExactly("iatiIdentifier");
		}
		assertThat(with("XM-DAC-41114", null).iatiAgency()).isEqualTo("XM-DAC");
	}

	@Test
	void every_fault_is_reported_at_once_and_blanks_are_nothing() {
		OrganisationContent empty = new OrganisationContent(" ", null, null, null, "no", "fbs.example.org",
				"x".repeat(2001));
		assertThat(faults(empty)).containsExactly("name", "type", "iatiIdentifier", "website", "description");
		OrganisationContent content = with(null, "https://fbs.example.org");
		assertThat(content.acronym()).isEqualTo("FBS");
		assertThat(content.description()).isNull();
		assertThat(content.fields()).containsOnlyKeys("name", "acronym", "type", "website");
	}

}
