package org.cbcm.identity.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.cbcm.web.PublicAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends cbcm's mails, written from the message bundles in the recipient's language, dates
 * included. Without a mail server configured ({@code spring.mail.host}), as on a
 * developer's first start, a mail is written to the log instead, links included, so that
 * nobody is locked out; the caller learns which ({@link MailDelivery}) and says so.
 */
@Component
class Mail {

	private static final Logger log = LoggerFactory.getLogger(Mail.class);

	private final ObjectProvider<JavaMailSender> sender;

	private final MessageSource messages;

	private final IdentitySettings settings;

	private final PublicAddress address;

	Mail(ObjectProvider<JavaMailSender> sender, MessageSource messages, IdentitySettings settings,
			PublicAddress address) {
		this.sender = sender;
		this.messages = messages;
		this.settings = settings;
		this.address = address;
	}

	/**
	 * Sends a mail whose subject and body are the messages {@code <key>.subject} and
	 * {@code <key>.body}.
	 * @return whether the mail went out, went to the log, or failed (the failure is
	 * logged)
	 */
	MailDelivery send(String to, Locale language, String key, Object... arguments) {
		String subject = messages.getMessage(key + ".subject", arguments, language);
		String body = messages.getMessage(key + ".body", arguments, language);
		JavaMailSender mailSender = sender.getIfAvailable();
		if (mailSender == null) {
			log.info(
					"No mail server is configured (spring.mail.host); this mail is not sent:\nTo: {}\nSubject: {}\n\n{}",
					to, subject, body);
			return MailDelivery.LOGGED;
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(settings.mailFrom());
		message.setTo(to);
		message.setSubject(subject);
		message.setText(body);
		try {
			mailSender.send(message);
			return MailDelivery.SENT;
		}
		catch (MailException ex) {
			log.error("The mail '{}' to {} could not be sent", subject, to, ex);
			return MailDelivery.FAILED;
		}
	}

	/** A text of a mail, such as one line of a list, from the bundles in the language. */
	String text(String key, Locale language, Object... arguments) {
		return messages.getMessage(key, arguments, language);
	}

	/**
	 * A moment as a mail in the language says it, such as 10 December 2026 at 15:38 in
	 * UTC: people have no time zone in cbcm.
	 */
	String moment(Instant instant, Locale language) {
		return DateTimeFormatter.ofPattern(messages.getMessage("mail.format.moment", null, language), language)
			.format(instant.atZone(ZoneOffset.UTC));
	}

	/** A day as a mail in the language says it: "30 November 2026". */
	String day(LocalDate day, Locale language) {
		return DateTimeFormatter.ofPattern(messages.getMessage("format.date", null, language), language).format(day);
	}

	/**
	 * The address of a page of cbcm, as the person the mail goes to reaches it: always
	 * from the configured address ({@link PublicAddress}), never from the request, whose
	 * Host header a caller chooses (a reset link pointing elsewhere would hand its secret
	 * to a stranger).
	 */
	String link(String path) {
		return address.link(path);
	}

}
