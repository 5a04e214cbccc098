package org.cbcm.needs.internal;

import java.time.Instant;
import java.util.Objects;

import org.cbcm.needs.NeedsArchived;
import org.cbcm.needs.NeedsAssessmentId;
import org.cbcm.needs.NeedsContent;
import org.cbcm.needs.NeedsFacts;
import org.cbcm.needs.NeedsPublished;
import org.cbcm.records.Record;
import org.cbcm.records.RecordKind;
import org.cbcm.records.RecordRef;
import org.cbcm.records.RecordScope;
import org.cbcm.shared.CountryCode;

/**
 * A country's needs assessment, a national record of the shared {@link Record}: its
 * national users draft it, its focal point publishes it. Publishing (the first time or
 * again) tells other modules {@link NeedsPublished}; archiving a public one
 * {@link NeedsArchived}.
 */
public final class NeedsAssessment extends Record<NeedsContent> {

	/** The kind: a national record. */
	public static final RecordKind KIND = RecordKind.national("needs");

	private final NeedsAssessmentId id;

	private final CountryCode country;

	NeedsAssessment(NeedsAssessmentId id, CountryCode country, State<NeedsContent> state) {
		super(KIND, RecordScope.of(country), state);
		this.id = id;
		this.country = country;
	}

	/** A new assessment nobody has saved yet. */
	static NeedsAssessment unsaved(NeedsAssessmentId id, CountryCode country, NeedsContent content, Instant now) {
		return new NeedsAssessment(id, country, State.unsaved(content, now));
	}

	@Override
	public String key() {
		return id.toString();
	}

	@Override
	public String title() {
		NeedsContent content = content();
		return "Needs assessment " + country.value()
				+ ((content.assessedOn() != null) ? " of " + content.assessedOn() : "");
	}

	@Override
	public String path() {
		return "/needs/" + id;
	}

	@Override
	protected void published(boolean first) {
		register(new NeedsPublished(facts()));
	}

	@Override
	protected void archived(boolean wasPublic) {
		if (wasPublic) {
			register(new NeedsArchived(id, country));
		}
	}

	/** What the published copy says, for other modules. */
	public NeedsFacts facts() {
		return Objects.requireNonNull(published()).facts(id, country);
	}

	public static RecordRef ref(NeedsAssessmentId id) {
		return new RecordRef(KIND.name(), id.toString());
	}

	public NeedsAssessmentId id() {
		return id;
	}

	public CountryCode country() {
		return country;
	}

}
