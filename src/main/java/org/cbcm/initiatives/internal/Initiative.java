package org.cbcm.initiatives.internal;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.cbcm.initiatives.InitiativeArchived;
import org.cbcm.initiatives.InitiativeChanged;
import org.cbcm.initiatives.InitiativeContent;
import org.cbcm.initiatives.InitiativeFacts;
import org.cbcm.initiatives.InitiativeId;
import org.cbcm.initiatives.InitiativePublished;
import org.cbcm.records.Record;
import org.cbcm.records.RecordKind;
import org.cbcm.records.RecordKind.Audience;
import org.cbcm.records.RecordRef;
import org.cbcm.records.RecordScope;
import org.cbcm.records.Transition;
import org.cbcm.shared.CountryCode;

/**
 * An initiative's record, a thin kind of the shared {@link Record}. An organisation's
 * initiative is a reference record its reporters submit and the Secretariat publishes; a
 * country's is a national record its focal point publishes. Publishing tells other
 * modules {@link InitiativePublished} (first time) or {@link InitiativeChanged};
 * archiving a public one {@link InitiativeArchived}.
 */
public final class Initiative extends Record<InitiativeContent> {

	/** The kind's name in revisions and confirmations. */
	public static final String KIND_NAME = "initiative";

	/**
	 * Whom its steps tell: as usual, and the people of the countries it names of its
	 * submission and publication (principle 11(a)).
	 */
	static final Map<Transition, Set<Audience>> NOTICES = Map.of(Transition.SUBMIT,
			Set.of(Audience.PUBLISHERS, Audience.NAMED_COUNTRIES), Transition.RETURN, Set.of(Audience.AUTHOR),
			Transition.PUBLISH, Set.of(Audience.OWNERS, Audience.NAMED_COUNTRIES), Transition.ARCHIVE,
			Set.of(Audience.OWNERS));

	/** An organisation's initiative: its reporters submit, the Secretariat publishes. */
	public static final RecordKind ORGANISATIONAL = RecordKind.organisational(KIND_NAME).withNotices(NOTICES);

	/** A country's national initiative: its focal point publishes. */
	public static final RecordKind NATIONAL = RecordKind.national(KIND_NAME).withNotices(NOTICES);

	private final InitiativeId id;

	Initiative(InitiativeId id, RecordScope owner, State<InitiativeContent> state) {
		super(kindOf(owner), owner, state);
		this.id = id;
	}

	/** A new record nobody has saved yet, to be written by its first author. */
	static Initiative unsaved(InitiativeId id, RecordScope owner, InitiativeContent content, Instant now) {
		return new Initiative(id, owner, State.unsaved(content, now));
	}

	static RecordKind kindOf(RecordScope owner) {
		return (owner.country() != null) ? NATIONAL : ORGANISATIONAL;
	}

	@Override
	public String key() {
		return id.toString();
	}

	@Override
	public String title() {
		return content().title();
	}

	@Override
	public String path() {
		return "/initiatives/" + id;
	}

	/** The countries its working or its published copy names. */
	@Override
	public Set<CountryCode> namedCountries() {
		Set<CountryCode> named = new java.util.LinkedHashSet<>();
		Initiatives.namedCountries(this).forEach(country -> named.add(CountryCode.of(country)));
		return named;
	}

	@Override
	protected void published(boolean first) {
		InitiativeFacts facts = InitiativeFacts.of(id, java.util.Objects.requireNonNull(published()));
		register(first ? new InitiativePublished(facts) : new InitiativeChanged(facts));
	}

	@Override
	protected void archived(boolean wasPublic) {
		if (wasPublic) {
			register(new InitiativeArchived(id));
		}
	}

	public static RecordRef ref(InitiativeId id) {
		return new RecordRef(KIND_NAME, id.toString());
	}

	public InitiativeId id() {
		return id;
	}

}
