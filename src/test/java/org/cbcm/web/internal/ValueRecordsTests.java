package org.cbcm.web.internal;

import java.util.List;

import org.cbcm.directory.RegionCode;
import org.cbcm.framework.ItemCode;
import org.cbcm.shared.CountryCode;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The API writes codes as the texts they are and reads them so, or as the objects scripts
 * sent before; a text its code refuses is refused naming the field.
 */
class ValueRecordsTests {

	/** A body with codes, as the requests for experts have them. */
	record Body(List<ItemCode> keyElements, @Nullable RegionCode preferredRegion, @Nullable CountryCode country) {
	}

	private final JsonMapper api = JsonInput.strict(JsonMapper.builder().build());

	@Test
	void codes_are_written_as_their_text() {
		String json = api.writeValueAsString(
				new Body(List.of(ItemCode.of("12(c)"), ItemCode.of("9")), RegionCode.of("002"), CountryCode.of("KEN")));
		assertThat(json)
			.isEqualTo("{\"keyElements\":[\"12(c)\",\"9\"],\"preferredRegion\":\"002\",\"country\":\"KEN\"}");
	}

	@Test
	void codes_are_read_from_their_text_or_from_the_object_around_it() {
		Body text = api.readValue("{\"keyElements\": [\"12(c)\"], \"preferredRegion\": \"002\", \"country\": \"KEN\"}",
				Body.class);
		Body object = api.readValue(
				"{\"keyElements\": [{\"value\": \"12(c)\"}], \"preferredRegion\": {\"value\": \"002\"}, \"country\": {\"value\": \"KEN\"}}",
				Body.class);
		assertThat(text).isEqualTo(object)
			.isEqualTo(new Body(List.of(ItemCode.of("12(c)")), RegionCode.of("002"), CountryCode.of("KEN")));
	}

	@Test
	void a_text_its_code_refuses_is_refused_naming_the_field() {
		assertThatThrownBy(() -> api.readValue("{\"keyElements\": [\"12(c)\", \"twelve\"]}", Body.class))
			.isInstanceOfSatisfying(DatabindException.class,
					ex -> assertThat(Problems.path(ex.getPath())).isEqualTo("keyElements[1]"));
		assertThatThrownBy(() -> api.readValue("{\"preferredRegion\": 2}", Body.class)).isInstanceOfSatisfying(
				DatabindException.class, ex -> assertThat(Problems.path(ex.getPath())).isEqualTo("preferredRegion"));
		assertThatThrownBy(() -> api.readValue("{\"preferredRegion\": {\"code\": \"002\"}}", Body.class))
			.isInstanceOf(DatabindException.class);
	}

}
