package org.cbcm.identity.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cbcm.records.RecordKind.Audience;
import org.cbcm.records.RecordMoved;
import org.cbcm.records.RecordRef;
import org.cbcm.records.RecordScope;
import org.cbcm.records.RecordStatus;
import org.cbcm.records.Revisions;
import org.cbcm.shared.Role;
import org.cbcm.shared.UserId;

import org.springframework.stereotype.Component;

/**
 * The accounts a record's step or reminder goes to: those holding given roles within the
 * record's scope (a country's, an organisation's, the person's own, the Secretariat's),
 * the Secretariat where no role may publish, and the record's author.
 */
@Component
class RecordAudiences {

	private final Accounts accounts;

	private final Revisions revisions;

	RecordAudiences(Accounts accounts, Revisions revisions) {
		this.accounts = accounts;
		this.revisions = revisions;
	}

	/**
	 * Whom the step tells, each once, in the order the audiences name them, without the
	 * person who made it.
	 */
	List<Account> of(RecordMoved event) {
		return List.copyOf(reached(event).keySet());
	}

	/**
	 * Whom the step tells, each once with the first audience that names the person (an
	 * owner who is also of a named country is told as an owner), without the person who
	 * made it.
	 */
	Map<Account, Audience> reached(RecordMoved event) {
		Map<UserId, Account> people = new LinkedHashMap<>();
		Map<UserId, Audience> as = new java.util.HashMap<>();
		for (Audience audience : List.of(Audience.PUBLISHERS, Audience.AUTHOR, Audience.OWNERS,
				Audience.NAMED_COUNTRIES)) {
			if (!event.tell().contains(audience)) {
				continue;
			}
			List<Account> found = switch (audience) {
				case PUBLISHERS -> event.publishers().isEmpty() ? accounts.holding(Role.SECRETARIAT)
						: holding(event.scope(), event.publishers());
				case OWNERS -> holding(event.scope(), event.owners());
				case AUTHOR -> author(event.ref());
				case NAMED_COUNTRIES -> named(event);
			};
			found.forEach(account -> {
				people.putIfAbsent(account.id(), account);
				as.putIfAbsent(account.id(), audience);
			});
		}
		if (event.by() != null) {
			people.remove(event.by());
		}
		Map<Account, Audience> reached = new LinkedHashMap<>();
		people.forEach((id, account) -> reached.put(account, as.get(id)));
		return reached;
	}

	/** The focal points and national users of the countries the record names. */
	private List<Account> named(RecordMoved event) {
		List<Account> found = new java.util.ArrayList<>();
		event.named()
			.stream()
			.sorted(java.util.Comparator.comparing(org.cbcm.shared.CountryCode::value))
			.forEach(country -> found
				.addAll(accounts.holding(country, Set.of(Role.NATIONAL_FOCAL_POINT, Role.NATIONAL_USER))));
		return found;
	}

	/**
	 * The enabled accounts holding one of the roles within the scope: for a person's own
	 * record, the person (where the roles name the expert); for the Secretariat's, the
	 * Secretariat.
	 */
	List<Account> holding(RecordScope scope, Set<Role> roles) {
		if (scope.coOwned()) {
			List<Account> found = new java.util.ArrayList<>(holding(RecordScope.of(scope.person()), roles));
			found.addAll(holding(RecordScope.of(scope.country()), roles));
			return found;
		}
		if (scope.country() != null) {
			return accounts.holding(scope.country(), roles);
		}
		if (scope.organisation() != null) {
			return accounts.holding(scope.organisation(), roles);
		}
		if (scope.person() != null) {
			return roles.contains(Role.EXPERT)
					? accounts.find(scope.person()).filter(Account::enabled).stream().toList() : List.of();
		}
		return accounts.holding(Role.SECRETARIAT);
	}

	/**
	 * The author of the latest submission of the record, or, before any, the one who
	 * wrote it first.
	 */
	private List<Account> author(RecordRef record) {
		return revisions.lastAuthor(record, RecordStatus.SUBMITTED)
			.flatMap(accounts::find)
			.filter(Account::enabled)
			.stream()
			.toList();
	}

}
