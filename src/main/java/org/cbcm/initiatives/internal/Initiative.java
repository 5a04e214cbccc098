package org.cbcm.initiatives.internal;

import java.time.Instant;

import org.cbcm.initiatives.InitiativeContent;
import org.cbcm.initiatives.InitiativeId;
import org.cbcm.records.RecordKind;
import org.cbcm.records.RecordRef;
import org.cbcm.records.RecordScope;
import org.cbcm.records.RecordStatus;
import org.cbcm.records.Transition;
import org.cbcm.records.Workflow;
import org.cbcm.records.Workflow.Decision;
import org.cbcm.shared.ConflictException;
import org.cbcm.shared.ForbiddenException;
import org.cbcm.shared.UserId;
import org.cbcm.shared.Viewer;
import org.jspecify.annotations.Nullable;

/**
 * An initiative's record: its working copy, which its owners write, and its published
 * copy, which everybody reads. An organisation's initiative is a reference record its
 * reporters submit and the Secretariat publishes; a country's is a national record its
 * focal point publishes. Editing a published initiative starts a new draft; the published
 * copy stays public until it is published again.
 */
public final class Initiative {

	/** The kind's name in revisions and confirmations. */
	public static final String KIND_NAME = "initiative";

	/** An organisation's initiative: its reporters submit, the Secretariat publishes. */
	static final RecordKind ORGANISATIONAL = RecordKind.organisational(KIND_NAME);

	/** A country's national initiative: its focal point publishes. */
	static final RecordKind NATIONAL = RecordKind.national(KIND_NAME);

	private final InitiativeId id;

	private final RecordScope owner;

	private RecordStatus status;

	private int version;

	private InitiativeContent content;

	private @Nullable InitiativeContent published;

	private @Nullable Instant publishedAt;

	private @Nullable String statusNote;

	private final Instant createdAt;

	private @Nullable UserId createdBy;

	private String createdByName;

	private Instant updatedAt;

	private @Nullable UserId updatedBy;

	private String updatedByName;

	Initiative(InitiativeId id, RecordScope owner, RecordStatus status, int version, InitiativeContent content,
			@Nullable InitiativeContent published, @Nullable Instant publishedAt, @Nullable String statusNote,
			Instant createdAt, @Nullable UserId createdBy, String createdByName, Instant updatedAt,
			@Nullable UserId updatedBy, String updatedByName) {
		this.id = id;
		this.owner = owner;
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

	/** A new draft, written by someone who may write the owner's records. */
	static Initiative draft(InitiativeId id, RecordScope owner, InitiativeContent content, Viewer by, Instant now) {
		require(Workflow.mayEdit(kindOf(owner), owner, RecordStatus.DRAFT, by));
		return new Initiative(id, owner, RecordStatus.DRAFT, 1, content, null, null, null, now, by.user(), by.name(),
				now, by.user(), by.name());
	}

	static RecordKind kindOf(RecordScope owner) {
		return (owner.country() != null) ? NATIONAL : ORGANISATIONAL;
	}

	RecordKind kind() {
		return kindOf(owner);
	}

	/**
	 * Writes new content. A published or submitted record becomes a draft again; the
	 * published copy stays as it was.
	 */
	void edit(InitiativeContent newContent, Viewer by, Instant now) {
		require(Workflow.mayEdit(kind(), owner, status, by));
		content = newContent;
		status = RecordStatus.DRAFT;
		statusNote = null;
		touched(by, now);
	}

	/** Moves the record; publishing makes the working copy the public one. */
	void move(Transition transition, @Nullable String reason, Viewer by, Instant now) {
		require(Workflow.mayMove(kind(), owner, status, transition, by));
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
		version++;
		updatedAt = now;
		updatedBy = by.user();
		updatedByName = by.name();
	}

	/** A refusal for who is asking is 403; one for the state the record is in is 409. */
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

	public RecordRef ref() {
		return ref(id);
	}

	public static RecordRef ref(InitiativeId id) {
		return new RecordRef(KIND_NAME, id.toString());
	}

	public InitiativeId id() {
		return id;
	}

	public RecordScope owner() {
		return owner;
	}

	public RecordStatus status() {
		return status;
	}

	public int version() {
		return version;
	}

	public InitiativeContent content() {
		return content;
	}

	public @Nullable InitiativeContent published() {
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

	public String createdByName() {
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
