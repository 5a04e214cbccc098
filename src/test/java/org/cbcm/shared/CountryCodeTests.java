package org.cbcm.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CountryCodeTests {

	@Test
	void takes_alpha_3_codes_and_EU_in_any_case() {
		assertThat(CountryCode.of("ken").value()).isEqualTo("KEN");
		assertThat(CountryCode.of(" eu ")).isEqualTo(CountryCode.EUROPEAN_UNION);
	}

	@Test
	void refuses_other_codes_naming_the_value() {
		for (String text : new String[] { "KE", "KENY", "K3N", "", "E U" }) {
			assertThat(CountryCode.isValid(text)).as(text).isFalse();
			assertThatIllegalArgumentException().isThrownBy(() -> CountryCode.of(text)).withMessageContaining("KEN");
		}
	}

	@Test
	void pages_count_rows_and_positions() {
		ResultPage<String> page = ResultPage.of(java.util.List.of("a", "b"), new Paging(1, 2), 5);
		assertThat(page.totalPages()).isEqualTo(3);
		assertThat(page.firstRow()).isEqualTo(3);
		assertThat(page.lastRow()).isEqualTo(4);
		assertThat(page.hasPrevious()).isTrue();
		assertThat(page.hasNext()).isTrue();
		assertThat(ResultPage.of(java.util.List.of(), new Paging(0, 10), 0).totalPages()).isZero();
	}

	@Test
	void refuses_a_page_outside_its_bounds_naming_the_parameter() {
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Paging(-1, 10))
			.isInstanceOfSatisfying(InvalidRequestException.class, ex -> assertThat(ex.parameter()).isEqualTo("page"));
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Paging(0, Paging.MAX_SIZE + 1))
			.isInstanceOfSatisfying(InvalidRequestException.class, ex -> assertThat(ex.parameter()).isEqualTo("size"));
	}

}
