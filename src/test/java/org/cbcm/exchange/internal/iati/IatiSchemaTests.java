package org.cbcm.exchange.internal.iati;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schema the IATI export will be validated against, itself checked: it takes the
 * official 2.03 example and refuses a file that breaks it.
 */
class IatiSchemaTests {

	@Test
	void the_official_example_of_version_2_03_is_valid() throws IOException {
		assertThat(IatiSchema
			.problems(getClass().getResourceAsStream("/iati/examples/activity-standard-example-annotated-2.03.xml")))
			.isEmpty();
	}

	@Test
	void an_activity_without_its_identifier_or_with_an_unknown_element_is_not() throws IOException {
		String broken = """
				<iati-activities version="2.03">
				 <iati-activity default-currency="USD">
				  <reporting-org ref="XM-1" type="40"><narrative>Publisher</narrative></reporting-org>
				  <title><narrative>No identifier</narrative></title>
				  <biosafety-level>high</biosafety-level>
				 </iati-activity>
				</iati-activities>""";
		assertThat(IatiSchema.problems(new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)))).isNotEmpty()
			.anySatisfy(problem -> assertThat(problem).startsWith("line 3:"));
	}

}
