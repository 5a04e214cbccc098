package org.cbcm.directory.internal;

import java.time.Instant;

import org.cbcm.directory.ProfileContent;
import org.cbcm.records.RecordKind;
import org.cbcm.records.RecordRef;
import org.cbcm.records.RecordScope;
import org.cbcm.records.RecordStatus;
import org.cbcm.records.Transition;
import org.cbcm.records.Workflow;
import org.cbcm.records.Workflow.Decision;
import org.cbcm.shared.ConflictException;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.ForbiddenException;
import org.cbcm.shared.UserId;
import org.cbcm.shared.Validation;
import org.cbcm.shared.Viewer;
import org.jspecify.annotations.Nullable;

/**
 * A country's profile, a national record: its working copy, which its national users and
 * focal points write, and its published copy, which everybody reads. Editing a published
 * profile starts a new draft; the published copy stays public until the focal point
 * publishes again.
 */
public final class CountryProfile {

	/**
	 * The kind of record a country profile is: national, authorised by the focal point.
	 */
	public static final RecordKind KIND = RecordKind.national("country-profile");

	private final CountryCode country;

	private RecordStatus status;

	private int version;

	private ProfileContent content;

	private @Nullable ProfileContent published;

	private @Nullable Instant publishedAt;

	private @Nullable String statusNote;

	private final Instant createdAt;

	private @Nullable UserId createdBy;

	private @Nullable String createdByName;

	private Instant updatedAt;

	private @Nullable UserId updatedBy;

	private String updatedByName;

	CountryProfile(CountryCode country, RecordStatus status, int version, ProfileContent content,
			@Nullable ProfileContent published, @Nullable Instant publishedAt, @Nullable String statusNote,
			Instant createdAt, @Nullable UserId createdBy, @Nullable String createdByName, Instant updatedAt,
			@Nullable UserId updatedBy, String updatedByName) {
		this.country = country;
		this.status = status;
		this.version = version;
		this.content = content;
		this.published = published;
		this.publishedAt = publishedAt;
		this.statusNote = statusNote;
		this.createdAt = createdAt;
		this.createdBy = createdBy;
		this.createdByName = createdByName;
		this.updatedAt = updatedAt;
		this.updatedBy = updatedBy;
		this.updatedByName = updatedByName;
	}

	/** A country's profile before anybody wrote it: an empty draft, version 0. */
	static CountryProfile blank(CountryCode country, Instant now) {
		return new CountryProfile(country, RecordStatus.DRAFT, 0, ProfileContent.empty(), null, null, null, now, null,
				null, now, null, "");
	}

	/**
	 * Writes new content. A published or submitted profile becomes a draft again; the
	 * published copy stays as it was.
	 */
	void edit(ProfileContent newContent, Viewer by, Instant now) {
		require(Workflow.mayEdit(KIND, scope(), status, by));
		Validation validation = new Validation();
		newContent.check(validation);
		validation.done();
		content = newContent;
		if (status != RecordStatus.DRAFT) {
			status = RecordStatus.DRAFT;
		}
		statusNote = null;
		touched(by, now);
	}

	/** Moves the profile; publishing makes the working copy the public one. */
	void move(Transition transition, @Nullable String reason, Viewer by, Instant now) {
		require(Workflow.mayMove(KIND, scope(), status, transition, by));
		status = transition.to();
		statusNote = (transition == Transition.RETURN) ? reason : null;
		if (transition == Transition.PUBLISH) {
			published = content;
			publishedAt = now;
		}
		if (transition == Transition.ARCHIVE) {
			published = null;
			publishedAt = null;
		}
		touched(by, now);
	}

	private void touched(Viewer by, Instant now) {
		if (version == 0) {
			createdBy = by.user();
			createdByName = by.name();
		}
		version++;
		updatedAt = now;
		updatedBy = by.user();
		updatedByName = by.name();
	}

	/** A refusal for who is asking is 403; one for the state the profile is in is 409. */
	static void require(Decision decision) {
		if (decision.allowed()) {
			return;
		}
		String reason = String.valueOf(decision.reasonKey());
		if (reason.equals("record.transition.wrong-status") || reason.equals("record.edit.archived")) {
			throw new ConflictException(reason, decision.arguments());
		}
		throw new ForbiddenException(reason, decision.arguments());
	}

	public RecordScope scope() {
		return RecordScope.of(country);
	}

	public RecordRef ref() {
		return ref(country);
	}

	public static RecordRef ref(CountryCode country) {
		return new RecordRef(KIND.name(), country.value());
	}

	public CountryCode country() {
		return country;
	}

	public RecordStatus status() {
		return status;
	}

	public int version() {
		return version;
	}

	public ProfileContent content() {
		return content;
	}

	public @Nullable ProfileContent published() {
		return published;
	}

	public @Nullable Instant publishedAt() {
		return publishedAt;
	}

	public @Nullable String statusNote() {
		return statusNote;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public @Nullable UserId createdBy() {
		return createdBy;
	}

	public @Nullable String createdByName() {
		return createdByName;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

	public @Nullable UserId updatedBy() {
		return updatedBy;
	}

	public String updatedByName() {
		return updatedByName;
	}

}
