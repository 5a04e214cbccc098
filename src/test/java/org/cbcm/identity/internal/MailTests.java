package org.cbcm.identity.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import org.cbcm.web.PublicAddress;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What becomes of a mail, told apart, and dates as the recipient's language writes them.
 */
class MailTests {

	static final IdentitySettings SETTINGS = SignInThrottleTests.settings(Map.of());

	@Test
	void a_mail_without_a_mail_server_goes_to_the_log_and_says_so() {
		assertThat(mail(null).send("someone@example.org", Locale.ENGLISH, "mail.reset", "Someone", "link", "then"))
			.isEqualTo(MailDelivery.LOGGED);
	}

	@Test
	void a_mail_the_server_does_not_take_has_failed() {
		JavaMailSenderImpl unreachable = new JavaMailSenderImpl();
		unreachable.setHost("127.0.0.1");
		unreachable.setPort(1);
		assertThat(
				mail(unreachable).send("someone@example.org", Locale.ENGLISH, "mail.reset", "Someone", "link", "then"))
			.isEqualTo(MailDelivery.FAILED);
	}

	@Test
	void dates_are_written_in_the_recipients_language_and_links_lead_to_the_configured_address() {
		Mail mail = mail(null);
		Instant moment = Instant.parse("2026-12-10T15:38:53.161317052Z");
		assertThat(mail.moment(moment, Locale.ENGLISH)).isEqualTo("10 December 2026, 15:38 UTC");
		assertThat(mail.moment(moment, Locale.FRENCH)).isEqualTo("10 décembre 2026, 15:38 UTC");
		assertThat(mail.day(LocalDate.of(2026, 11, 30), Locale.forLanguageTag("es")))
			.isEqualTo("30 de noviembre de 2026");
		assertThat(mail.link("/login")).isEqualTo("https://cbcm.example.org/login");
	}

	private static Mail mail(JavaMailSender sender) {
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		if (sender != null) {
			beans.addBean("mailSender", sender);
		}
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/web", "i18n/identity");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return new Mail(beans.getBeanProvider(JavaMailSender.class), messages, SETTINGS,
				new PublicAddress("https://cbcm.example.org/"));
	}

}
