package org.cbcm.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class EmailAddressTests {

	@Test
	void takes_ordinary_addresses_as_they_are_written() {
		for (String text : new String[] { "wanjiku.mwangi@kilimo.go.ke", "o'brien+cbcm@example.org",
				"Nour.Haddad@MoEnv.gov.JO", "a@b.co", "x_y-z@sub-domain.example.org", "1234@example.org" }) {
			assertThat(EmailAddress.isValid(text)).as(text).isTrue();
			assertThat(EmailAddress.of(" " + text + " ").value()).isEqualTo(text);
		}
	}

	@Test
	void keeps_a_domain_in_another_script_in_its_ascii_form() {
		assertThat(EmailAddress.of("info@bücher.de").value()).isEqualTo("info@xn--bcher-kva.de");
	}

	@Test
	void refuses_what_is_not_an_address_or_could_break_a_page_or_a_mail_header() {
		for (String text : new String[] { "<script>@x.org", "a@b", "a@@b.org", "\"a b\"@x.org", "a@-x.org", "a@x-.org",
				"a b@x.org", "a@x.org>", "<a@x.org>", "a.@x.org", ".a@x.org", "a..b@x.org", "a@x..org", "a@.x.org",
				"a@x.org.", "a@1.2.3.4", "a@[127.0.0.1]", "a\n@x.org", "a@x.org\r\nBcc: b@y.org", "a@x_y.org", "",
				"@x.org", "a@", "nobody", "ä@x.org", "x".repeat(65) + "@x.org", "a@" + "x".repeat(64) + ".org",
				"a@" + "abcdefghi.".repeat(26) + "org" }) {
			assertThat(EmailAddress.isValid(text)).as(text).isFalse();
			assertThatIllegalArgumentException().isThrownBy(() -> EmailAddress.of(text))
				.withMessageContaining("is not an email address");
		}
	}

}
