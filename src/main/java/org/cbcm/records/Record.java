package org.cbcm.records;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.cbcm.shared.UserId;
import org.cbcm.shared.Viewer;
import org.jspecify.annotations.Nullable;

/**
 * A record people keep, of any kind: its working copy, which its owners write, and its
 * published copy, which everybody reads, with where it stands, its optimistic version and
 * who changed it when. Editing a published record starts a new draft; the published copy
 * stays public until it is published again. Every change is checked against the
 * {@link Workflow}; a refusal is a 403 or a 409 as its {@link Refusal} says.
 * <p>
 * A module's kind of record is a thin subclass: its identifier, its title and page, and
 * the events it tells beyond {@link RecordMoved} (registered here, published when the
 * record is stored, so that no use case can forget one).
 *
 * @param <C> what the record holds
 */
public abstract class Record<C extends RecordContent> {

	private final RecordKind kind;

	private final RecordScope owner;

	private RecordStatus status;

	private int version;

	private C content;

	private @Nullable C published;

	private @Nullable Instant publishedAt;

	private @Nullable String statusNote;

	private final Instant createdAt;

	private @Nullable UserId createdBy;

	private @Nullable String createdByName;

	private Instant updatedAt;

	private @Nullable UserId updatedBy;

	private String updatedByName;

	private final transient List<Object> events = new ArrayList<>();

	/**
	 * A record as stored; version 0 is a record nobody has saved yet.
	 */
	protected Record(RecordKind kind, RecordScope owner, State<C> state) {
		this.kind = kind;
		this.owner = owner;
		this.status = state.status();
		this.version = state.version();
		this.content = state.content();
		this.published = state.published();
		this.publishedAt = state.publishedAt();
		this.statusNote = state.statusNote();
		this.createdAt = state.createdAt();
		this.createdBy = state.createdBy();
		this.createdByName = state.createdByName();
		this.updatedAt = state.updatedAt();
		this.updatedBy = state.updatedBy();
		this.updatedByName = state.updatedByName();
	}

	/**
	 * What a record holds besides its kind and owner, as a store reads and writes it.
	 *
	 * @param <C> the content
	 */
	public record State<C>(RecordStatus status, int version, C content, @Nullable C published,
			@Nullable Instant publishedAt, @Nullable String statusNote, Instant createdAt, @Nullable UserId createdBy,
			@Nullable String createdByName, Instant updatedAt, @Nullable UserId updatedBy, String updatedByName) {

		/** A record nobody has saved yet: an empty draft, version 0. */
		public static <C> State<C> unsaved(C content, Instant now) {
			return new State<>(RecordStatus.DRAFT, 0, content, null, null, null, now, null, null, now, null, "");
		}

	}

	/**
	 * The record's identifier within its kind, as revisions and confirmations name it.
	 */
	public abstract String key();

	/** The title its owners and reminders know it by. */
	public abstract String title();

	/** Its page, from the site's root. */
	public abstract String path();

	/**
	 * The countries the record names, whose people its kind may tell of its steps
	 * ({@link RecordKind.Audience#NAMED_COUNTRIES}); none by default.
	 */
	public java.util.Set<org.cbcm.shared.CountryCode> namedCountries() {
		return java.util.Set.of();
	}

	/**
	 * Registers what the record tells other modules when it is published: for the first
	 * time, or again after a change.
	 */
	protected void published(boolean first) {
	}

	/** Registers what the record tells when it is archived, and whether it was public. */
	protected void archived(boolean wasPublic) {
	}

	/** Adds an event, published when the record is stored. */
	protected final void register(Object event) {
		events.add(event);
	}

	/** The events registered since the record was read, in their order. */
	public final List<Object> events() {
		return Collections.unmodifiableList(events);
	}

	/** Forgets the events, once published. */
	public final void clearEvents() {
		events.clear();
	}

	public final RecordRef ref() {
		return new RecordRef(kind.name(), key());
	}

	/** Whether the viewer may write the record now. */
	public final Workflow.Decision mayEdit(Viewer by) {
		return Workflow.mayEdit(kind, owner, status, by);
	}

	/** Whether the viewer may make the transition now. */
	public final Workflow.Decision mayMove(Transition transition, Viewer by) {
		return Workflow.mayMove(kind, owner, status, transition, by);
	}

	/**
	 * Writes new content. A published or submitted record becomes a draft again; the
	 * published copy stays as it was.
	 */
	public final void edit(C newContent, Viewer by, Instant now) {
		mayEdit(by).require();
		content = newContent;
		status = RecordStatus.DRAFT;
		statusNote = null;
		touched(by, now);
	}

	/**
	 * A new record proposed by someone who is not among its owners (an organisation a
	 * reporter proposes to the Secretariat): it is stored submitted, its proposer as its
	 * author, and tells as a submission does. Whether the person may propose is for the
	 * kind's use case to say.
	 */
	public final void proposed(C newContent, Viewer by, Instant now) {
		if (version != 0) {
			throw new IllegalStateException("Only a new record is proposed");
		}
		content = newContent;
		status = RecordStatus.SUBMITTED;
		statusNote = null;
		touched(by, now);
		register(new RecordMoved(ref(), title(), path(), owner, Transition.SUBMIT, status, null, by.user(), by.name(),
				now, kind.noticesOf(Transition.SUBMIT), kind.allowedFor(Transition.PUBLISH), kind.editors(),
				namedCountries()));
	}

	/**
	 * Moves the record; publishing makes the working copy the public one, archiving takes
	 * it out of public view. Confirming is not a move: it changes nothing of the record.
	 */
	public final void move(Transition transition, @Nullable String reason, Viewer by, Instant now) {
		if (transition == Transition.CONFIRM) {
			throw new IllegalArgumentException("Confirming a record does not move it");
		}
		mayMove(transition, by).require();
		boolean wasPublic = published != null;
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
		register(new RecordMoved(ref(), title(), path(), owner, transition, status, statusNote, by.user(), by.name(),
				now, kind.noticesOf(transition), kind.allowedFor(Transition.PUBLISH), kind.editors(),
				namedCountries()));
		if (transition == Transition.PUBLISH) {
			published(!wasPublic);
		}
		if (transition == Transition.ARCHIVE) {
			archived(wasPublic);
		}
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

	/** The record's state, as a store writes it. */
	public final State<C> state() {
		return new State<>(status, version, content, published, publishedAt, statusNote, createdAt, createdBy,
				createdByName, updatedAt, updatedBy, updatedByName);
	}

	public final RecordKind kind() {
		return kind;
	}

	public final RecordScope owner() {
		return owner;
	}

	public final RecordStatus status() {
		return status;
	}

	public final int version() {
		return version;
	}

	public final C content() {
		return content;
	}

	public final @Nullable C published() {
		return published;
	}

	public final @Nullable Instant publishedAt() {
		return publishedAt;
	}

	public final @Nullable String statusNote() {
		return statusNote;
	}

	public final Instant createdAt() {
		return createdAt;
	}

	public final @Nullable UserId createdBy() {
		return createdBy;
	}

	public final @Nullable String createdByName() {
		return createdByName;
	}

	public final Instant updatedAt() {
		return updatedAt;
	}

	public final @Nullable UserId updatedBy() {
		return updatedBy;
	}

	public final String updatedByName() {
		return updatedByName;
	}

}
