package org.cbcm.support;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What GreenMail, the tests' real SMTP server, received: mails to an address, and the
 * links in them.
 */
public final class Mailbox {

	private final GreenMail server;

	public Mailbox(GreenMail server) {
		this.server = server;
	}

	/**
	 * The mails to the address, oldest first, waiting a little (2 s at most) for one to
	 * that address to arrive: mails to others, which listeners send after commits too, do
	 * not end the wait.
	 */
	public List<MimeMessage> to(String address) {
		long deadline = System.currentTimeMillis() + 2000;
		List<MimeMessage> mails = received(address);
		while (mails.isEmpty() && System.currentTimeMillis() < deadline) {
			server.waitForIncomingEmail(100, server.getReceivedMessages().length + 1);
			mails = received(address);
		}
		return mails;
	}

	private List<MimeMessage> received(String address) {
		return Arrays.stream(server.getReceivedMessages()).filter(message -> {
			try {
				return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
					.anyMatch(recipient -> recipient.toString().equalsIgnoreCase(address));
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	/**
	 * The last mail to the address whose subject starts so, waiting a little (5 s at
	 * most) for it: mails about other things (a step of a record's workflow another test
	 * took is mailed after its commit) do not count.
	 */
	public MimeMessage about(String address, String subjectStart) {
		long deadline = System.currentTimeMillis() + 5000;
		List<MimeMessage> mails = about(received(address), subjectStart);
		while (mails.isEmpty() && System.currentTimeMillis() < deadline) {
			server.waitForIncomingEmail(100, server.getReceivedMessages().length + 1);
			mails = about(received(address), subjectStart);
		}
		assertThat(mails).as("mails to " + address + " about " + subjectStart).isNotEmpty();
		return mails.get(mails.size() - 1);
	}

	/** The mails among these whose subject starts so. */
	public static List<MimeMessage> about(List<MimeMessage> mails, String subjectStart) {
		return mails.stream().filter(mail -> subject(mail).startsWith(subjectStart)).toList();
	}

	/** The last mail to the address. */
	public MimeMessage last(String address) {
		List<MimeMessage> mails = to(address);
		assertThat(mails).as("mails to " + address).isNotEmpty();
		return mails.get(mails.size() - 1);
	}

	/**
	 * The text of the mail, decoded (quoted-printable, UTF-8) as a mail reader shows it.
	 */
	public static String body(MimeMessage message) {
		try {
			if (message.getContent() instanceof String text) {
				return text;
			}
		}
		catch (MessagingException | java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
		return GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "=");
	}

	public static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The path of the first link in the mail that goes to a page of cbcm with this start,
	 * such as /invitations/.
	 */
	public static String linkPath(MimeMessage message, String start) {
		Matcher link = Pattern.compile("https?://[^/\\s]+(" + Pattern.quote(start) + "[A-Za-z0-9_-]+)")
			.matcher(body(message));
		assertThat(link.find()).as("a link to " + start + " in: " + body(message)).isTrue();
		return link.group(1);
	}

}
