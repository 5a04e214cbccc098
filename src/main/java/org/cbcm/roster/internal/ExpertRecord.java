package org.cbcm.roster.internal;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.cbcm.records.Record;
import org.cbcm.records.RecordKind;
import org.cbcm.records.RecordKind.Audience;
import org.cbcm.records.RecordRef;
import org.cbcm.records.RecordScope;
import org.cbcm.records.Transition;
import org.cbcm.roster.ExpertContent;
import org.cbcm.roster.ExpertId;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.Role;
import org.cbcm.shared.UserId;

/**
 * An expert's roster record: the expert's own, co-owned by the nominating Party. The
 * expert and the Party's focal point write it; the focal point submits it (the
 * nomination) and may withdraw it; the Secretariat lists it (publishes) or returns it
 * with reasons. The expert or the focal point confirms that a listed record is still
 * right.
 */
public final class ExpertRecord extends Record<ExpertContent> {

	/** The kind: written by the expert and the focal point, listed by the Secretariat. */
	public static final RecordKind KIND = expertKind();

	private final ExpertId id;

	private final UserId person;

	private final CountryCode country;

	ExpertRecord(ExpertId id, UserId person, CountryCode country, State<ExpertContent> state) {
		super(KIND, RecordScope.of(person, country), state);
		this.id = id;
		this.person = person;
		this.country = country;
	}

	private static RecordKind expertKind() {
		Set<Role> both = Set.of(Role.EXPERT, Role.NATIONAL_FOCAL_POINT);
		Set<Role> focalPoint = Set.of(Role.NATIONAL_FOCAL_POINT);
		return new RecordKind("expert", both,
				Map.of(Transition.SUBMIT, focalPoint, Transition.ARCHIVE, focalPoint, Transition.REOPEN, focalPoint,
						Transition.CONFIRM, both),
				Map.of(Transition.SUBMIT, Set.of(Audience.PUBLISHERS), Transition.RETURN,
						Set.of(Audience.AUTHOR, Audience.OWNERS), Transition.PUBLISH, Set.of(Audience.OWNERS),
						Transition.ARCHIVE, Set.of(Audience.OWNERS)));
	}

	static ExpertRecord unsaved(ExpertId id, UserId person, CountryCode country, ExpertContent content, Instant now) {
		return new ExpertRecord(id, person, country, State.unsaved(content, now));
	}

	@Override
	public String key() {
		return id.toString();
	}

	@Override
	public String title() {
		String name = content().name();
		return "Expert: " + (name.isEmpty() ? country.value() : name);
	}

	@Override
	public String path() {
		return "/roster/experts/" + id;
	}

	public static RecordRef ref(ExpertId id) {
		return new RecordRef(KIND.name(), id.toString());
	}

	public ExpertId id() {
		return id;
	}

	public UserId person() {
		return person;
	}

	public CountryCode country() {
		return country;
	}

}
