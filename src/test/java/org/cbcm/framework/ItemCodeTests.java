package org.cbcm.framework;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ItemCodeTests {

	@Test
	void reads_paragraphs_letters_and_roman_numerals() {
		assertThat(ItemCode.of("12(a)(iii)").paragraph()).isEqualTo(12);
		assertThat(ItemCode.of("12(a)(iii)").depth()).isEqualTo(2);
		assertThat(ItemCode.of(" 9 ").value()).isEqualTo("9");
	}

	@Test
	void knows_the_item_it_is_part_of() {
		assertThat(ItemCode.of("13(d)(vi)").parent()).contains(ItemCode.of("13(d)"));
		assertThat(ItemCode.of("13(d)").parent()).contains(ItemCode.of("13"));
		assertThat(ItemCode.of("13").parent()).isEmpty();
	}

	@Test
	void refuses_what_is_not_a_code() {
		Stream.of("", "abc", "12a", "12()", "12(A)", "(a)", "12(a)(b)(i)", "1234").forEach(text -> {
			assertThat(ItemCode.isValid(text)).as(text).isFalse();
			assertThatIllegalArgumentException().isThrownBy(() -> ItemCode.of(text)).withMessageContaining("12(a)(i)");
		});
	}

	@Test
	void orders_codes_as_the_plan_does() {
		List<ItemCode> codes = new ArrayList<>(
				Stream.of("14(x)", "12(a)(ix)", "12(b)", "12(a)(iv)", "12", "9", "12(a)(v)", "12(a)", "12(a)(i)", "10")
					.map(ItemCode::of)
					.toList());
		codes.sort(null);
		assertThat(codes).extracting(ItemCode::value)
			.containsExactly("9", "10", "12", "12(a)", "12(a)(i)", "12(a)(iv)", "12(a)(v)", "12(a)(ix)", "12(b)",
					"14(x)");
	}

}
