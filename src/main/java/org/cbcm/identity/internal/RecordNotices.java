package org.cbcm.identity.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cbcm.directory.CountryDirectory;
import org.cbcm.records.RecordKind.Audience;
import org.cbcm.records.RecordMoved;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.UserId;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells those who must act on or know of a record's workflow step, as its kind declares:
 * one mail each, in their language, or a line in their daily mail ({@link NoticeDigests})
 * for those who chose it. Runs after the step is committed, through the persisted event
 * publication registry. Each person is told of a step once, even when the step is
 * delivered again: a notice is sent only by whoever records it first
 * ({@code record_notice}). A mail that fails is forgotten and the step left incomplete,
 * so that a later delivery tells those it did not reach, and only them.
 */
@Component
class RecordNotices {

	private static final Logger log = LoggerFactory.getLogger(RecordNotices.class);

	private final RecordAudiences audiences;

	private final Accounts accounts;

	private final Mail mail;

	private final JdbcClient jdbc;

	private final TransactionTemplate ownTransaction;

	private final Clock clock;

	private final CountryDirectory countries;

	private final org.cbcm.records.RecordTitles titles;

	RecordNotices(RecordAudiences audiences, Accounts accounts, Mail mail, JdbcClient jdbc,
			PlatformTransactionManager transactions, Clock clock, CountryDirectory countries,
			org.cbcm.records.RecordTitles titles) {
		this.titles = titles;
		this.audiences = audiences;
		this.countries = countries;
		this.accounts = accounts;
		this.mail = mail;
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	@ApplicationModuleListener
	void moved(RecordMoved event) {
		if (event.tell().isEmpty()) {
			return;
		}
		Map<Account, Audience> reached = audiences.reached(event);
		List<Account> people = List.copyOf(reached.keySet());
		Set<UserId> daily = accounts.daily(people.stream().map(Account::id).toList());
		List<String> failed = new ArrayList<>();
		for (Account person : people) {
			CountryCode named = (reached.get(person) == Audience.NAMED_COUNTRIES) ? namedFor(event, person) : null;
			if (!recorded(event, person, named)) {
				continue;
			}
			if (daily.contains(person.id())) {
				continue;
			}
			MailDelivery delivery = send(event, person, named);
			if (delivery == MailDelivery.FAILED) {
				forget(event, person);
				failed.add(person.email());
			}
			else {
				ownTransaction
					.executeWithoutResult(status -> jdbc.sql("UPDATE record_notice SET sent_at = :now WHERE " + KEY)
						.params(key(event, person))
						.param("now", OffsetDateTime.now(clock))
						.update());
			}
		}
		if (!failed.isEmpty()) {
			// The step stays incomplete in the registry; delivering it again tells only
			// these.
			throw new IllegalStateException("The " + event.transition() + " of " + event.ref()
					+ " could not be mailed to " + failed.size() + " people");
		}
	}

	/**
	 * The country, of those the record names, for which the person is told: the first, by
	 * code, in which they hold a national role.
	 */
	static @Nullable CountryCode namedFor(RecordMoved event, Account person) {
		return event.named()
			.stream()
			.filter(country -> person.grants().stream().anyMatch(grant -> country.equals(grant.country())))
			.min(Comparator.comparing(CountryCode::value))
			.orElse(null);
	}

	private MailDelivery send(RecordMoved event, Account person, @Nullable CountryCode named) {
		// The people of a named country are told what concerns them, not what owners
		// are: that the record names their country.
		String key = ((named != null) ? "mail.named." : "mail.step.") + event.transition().name();
		try {
			Object[] arguments = arguments(event, person.name(), mail, person.language());
			arguments[1] = titles.title(event.ref(), event.title(), person.language());
			return mail.send(person.email(), person.language(), key,
					(named != null) ? withCountry(arguments, countryName(named, person.language())) : arguments);
		}
		catch (RuntimeException ex) {
			log.error("The notice of {} to {} could not be written", event.ref(), person.email(), ex);
			return MailDelivery.FAILED;
		}
	}

	/**
	 * What the texts of a step say: the person's name, the record's title, who made the
	 * step, when, the link to the record, and the reason.
	 */
	static Object[] arguments(RecordMoved event, String name, Mail mail, java.util.Locale language) {
		return new Object[] { name, event.title(), event.byName(), mail.moment(event.at(), language),
				mail.link(event.path()), (event.reason() != null) ? event.reason() : "" };
	}

	/**
	 * The arguments with the name of the country the record names as the seventh ({6}).
	 */
	static Object[] withCountry(Object[] arguments, String country) {
		Object[] with = Arrays.copyOf(arguments, 7);
		with[6] = country;
		return with;
	}

	/**
	 * The country's name in the person's language; its code for a country cbcm does not
	 * know.
	 */
	String countryName(CountryCode country, java.util.Locale language) {
		return countries.find(country).map(found -> found.name(language)).orElse(country.value());
	}

	private static final String KEY = "record_kind = :kind AND record_id = :id AND moved_at = :at AND user_id = :user";

	/**
	 * Records the notice, with the named country the person is told for; false when it
	 * was recorded before (the step came again).
	 */
	private boolean recorded(RecordMoved event, Account person, @Nullable CountryCode named) {
		Integer inserted = ownTransaction.execute(status -> jdbc.sql("""
				INSERT INTO record_notice (record_kind, record_id, moved_at, user_id, transition, title, path, by_name,
				  reason, named_country)
				VALUES (:kind, :id, :at, :user, :transition, :title, :path, :byName, :reason, :named)
				ON CONFLICT DO NOTHING""")
			.param("named", (named != null) ? named.value() : null)
			.params(key(event, person))
			.param("transition", event.transition().name())
			.param("title", event.title())
			.param("path", event.path())
			.param("byName", event.byName())
			.param("reason", event.reason())
			.update());
		return inserted != null && inserted == 1;
	}

	private void forget(RecordMoved event, Account person) {
		ownTransaction.executeWithoutResult(
				status -> jdbc.sql("DELETE FROM record_notice WHERE " + KEY).params(key(event, person)).update());
	}

	private static java.util.Map<String, Object> key(RecordMoved event, Account person) {
		return java.util.Map.of("kind", event.ref().kind(), "id", event.ref().id(), "at",
				event.at().truncatedTo(java.time.temporal.ChronoUnit.MICROS).atOffset(ZoneOffset.UTC), "user",
				person.id().value());
	}

}
