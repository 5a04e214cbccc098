package org.cbcm.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.cbcm.directory.CountryDirectory;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.UserId;
import org.jspecify.annotations.Nullable;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.moments.DayHasPassed;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily mail of those who chose one: each day, every person with notices waiting gets
 * one mail listing the steps, in their language. Several nodes may see the day pass: a
 * person's waiting notices are claimed in one update, and only the node whose update
 * claimed them sends them. A mail that fails gives them back for the next day.
 */
@Component
public class NoticeDigests {

	private final Accounts accounts;

	private final Mail mail;

	private final JdbcClient jdbc;

	private final TransactionTemplate ownTransaction;

	private final Clock clock;

	private final CountryDirectory countries;

	private final org.cbcm.records.RecordTitles titles;

	NoticeDigests(Accounts accounts, Mail mail, JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock,
			CountryDirectory countries, org.cbcm.records.RecordTitles titles) {
		this.titles = titles;
		this.accounts = accounts;
		this.countries = countries;
		this.mail = mail;
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	@EventListener
	void dayHasPassed(DayHasPassed day) {
		sendWaiting();
	}

	/**
	 * Sends each person with notices waiting one mail listing them, and marks them sent.
	 * @return how many people were mailed
	 */
	public int sendWaiting() {
		List<UUID> people = jdbc
			.sql("SELECT DISTINCT user_id FROM record_notice WHERE sent_at IS NULL AND digest_id IS NULL")
			.query(UUID.class)
			.list();
		int mailed = 0;
		for (UUID person : people) {
			UUID digest = UUID.randomUUID();
			Integer claimed = ownTransaction.execute(status -> jdbc.sql("""
					UPDATE record_notice SET digest_id = :digest
					WHERE user_id = :user AND sent_at IS NULL AND digest_id IS NULL""")
				.param("digest", digest)
				.param("user", person)
				.update());
			if (claimed == null || claimed == 0) {
				continue;
			}
			if (send(person, digest)) {
				ownTransaction.executeWithoutResult(
						status -> jdbc.sql("UPDATE record_notice SET sent_at = :now WHERE digest_id = :digest")
							.param("now", OffsetDateTime.now(clock))
							.param("digest", digest)
							.update());
				mailed++;
			}
			else {
				ownTransaction.executeWithoutResult(
						status -> jdbc.sql("UPDATE record_notice SET digest_id = NULL WHERE digest_id = :digest")
							.param("digest", digest)
							.update());
			}
		}
		return mailed;
	}

	private boolean send(UUID person, UUID digest) {
		Account account = accounts.find(new UserId(person)).orElse(null);
		if (account == null || !account.enabled()) {
			return true;
		}
		Locale language = account.language();
		List<String> lines = jdbc.sql("""
				SELECT transition, title, path, by_name, reason, moved_at, named_country, record_kind, record_id
				FROM record_notice
				WHERE digest_id = :digest ORDER BY moved_at, record_kind, record_id""")
			.param("digest", digest)
			.query((rs, row) -> line(account, rs.getString(1),
					titles.title(rs.getString(8), rs.getString(9), rs.getString(2), language), rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getObject(6, OffsetDateTime.class).toInstant(),
					rs.getString(7)))
			.list();
		MailDelivery delivery = mail.send(account.email(), language, "mail.step.digest", account.name(),
				String.join("\n\n", lines), lines.size(), mail.link("/account#notices"));
		return delivery != MailDelivery.FAILED;
	}

	/**
	 * A step's line: for a person of a country the record names, that it names their
	 * country ({@code mail.named.line.}), else what owners and publishers read.
	 */
	private String line(Account account, String transition, String title, String path, String byName,
			@Nullable String reason, Instant at, @Nullable String named) {
		Object[] arguments = { account.name(), title, byName, mail.moment(at, account.language()), mail.link(path),
				(reason != null) ? reason : "" };
		if (named != null) {
			String country = countries.find(CountryCode.of(named))
				.map(found -> found.name(account.language()))
				.orElse(named);
			return mail.text("mail.named.line." + transition, account.language(),
					RecordNotices.withCountry(arguments, country));
		}
		return mail.text("mail.step.line." + transition, account.language(), arguments);
	}

}
