package org.cbcm.records;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.cbcm.records.Confirmations.Confirmation;
import org.cbcm.shared.ForbiddenException;
import org.cbcm.shared.InvalidRequestException;
import org.cbcm.shared.NotFoundException;
import org.cbcm.shared.StaleVersionException;
import org.cbcm.shared.Validation;
import org.cbcm.shared.Viewer;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;

/**
 * The use cases every kind of record shares, written once: read it as the reader may,
 * save a change based on a version, move it through its workflow, confirm it, read its
 * history, compare revisions, and tell a writer whose save came second what changed.
 * Every saved change keeps a revision and publishes the events the record registered; a
 * change based on a stale version is refused and nothing is saved. A module makes one
 * with {@link RecordLifecycles#of} for its store and rules, and calls it from its own
 * transactional service.
 *
 * @param <K> the record's identifier
 * @param <C> what it holds
 * @param <R> the record
 */
public final class RecordLifecycle<K, C extends RecordContent, R extends Record<C>> {

	/** The longest comment or reason a person may give with a change. */
	public static final int MAX_COMMENT = 2000;

	/** Who may read a kind's records and their history. */
	public enum Readers {

		/**
		 * Only the owners read a record until it is published (others are told it does
		 * not exist); once published, everybody reads it and its published revisions,
		 * without their authors.
		 */
		PUBLIC_ONCE_PUBLISHED,

		/**
		 * Everybody reads the published copy (or that there is none); only the owners
		 * read the history.
		 */
		OWNERS_READ_HISTORY

	}

	/**
	 * What a module adds to the content's own rules: those that need other records or the
	 * owner, every fault added to the validation.
	 *
	 * @param <K> the record's identifier
	 * @param <C> what it holds
	 */
	@FunctionalInterface
	public interface Rules<K, C> {

		Rules<Object, Object> NONE = (owner, id, content, validation) -> {
		};

		void check(RecordScope owner, @Nullable K id, C content, Validation validation);

		@SuppressWarnings("unchecked")
		static <K, C> Rules<K, C> none() {
			return (Rules<K, C>) NONE;
		}

	}

	private final String kindName;

	private final RecordStore<K, R> store;

	private final Readers readers;

	private final Rules<K, C> rules;

	private final Function<String, NotFoundException> notFound;

	private final Revisions revisions;

	private final Confirmations confirmations;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final PendingWork heads;

	RecordLifecycle(String kindName, RecordStore<K, R> store, Readers readers, Rules<K, C> rules,
			Function<String, NotFoundException> notFound, Revisions revisions, Confirmations confirmations,
			ApplicationEventPublisher events, Clock clock, PendingWork heads) {
		this.heads = heads;
		this.kindName = kindName;
		this.store = store;
		this.readers = readers;
		this.rules = rules;
		this.notFound = notFound;
		this.revisions = revisions;
		this.confirmations = confirmations;
		this.events = events;
		this.clock = clock;
	}

	/** The record as the viewer may read it. */
	public RecordView<K, C> view(K id, Viewer viewer) {
		return view(id, readable(id, viewer), viewer);
	}

	/**
	 * A record already read, as the viewer may read it: only a published one asks when it
	 * was confirmed. A list takes {@link #views}, which asks once for all.
	 */
	public RecordView<K, C> view(K id, R record, Viewer viewer) {
		Confirmation confirmation = (record.published() != null) ? confirmations.confirmation(record.ref()).orElse(null)
				: null;
		return view(id, record, confirmation, viewer);
	}

	/**
	 * Records already read, as the viewer may read them, in their order, for lists: the
	 * confirmations of the published ones are read in one query, so that a list sends as
	 * many statements however many records it shows.
	 * @param id each record's identifier
	 */
	public List<RecordView<K, C>> views(List<? extends R> records, Function<? super R, ? extends K> id, Viewer viewer) {
		Map<RecordRef, Confirmation> confirmed = confirmations
			.confirmations(records.stream().filter(record -> record.published() != null).map(R::ref).toList());
		return records.stream()
			.map(record -> view(id.apply(record), record,
					(record.published() != null) ? confirmed.get(record.ref()) : null, viewer))
			.toList();
	}

	private RecordView<K, C> view(K id, R record, @Nullable Confirmation confirmation, Viewer viewer) {
		boolean owner = record.owner().ownedBy(viewer);
		return new RecordView<>(id, record.kind(), record.owner(), record.status(), record.version(),
				owner ? record.content() : null, record.published(), record.publishedAt(),
				(confirmation != null) ? confirmation.confirmedOn() : null,
				(confirmation != null) ? confirmation.notConfirmedSince() : null, record.createdAt(),
				record.updatedAt(), owner ? record.updatedByName() : "", owner ? record.statusNote() : null);
	}

	/** The stored record (or the unsaved one), as the viewer may read it. */
	public R readable(K id, Viewer viewer) {
		R record = load(id);
		if (readers == Readers.PUBLIC_ONCE_PUBLISHED && record.published() == null && !record.owner().ownedBy(viewer)) {
			throw notFound.apply(store.key(id));
		}
		return record;
	}

	/** The workflow steps the viewer may take on the record now, in their order. */
	public static List<Transition> actions(RecordView<?, ?> view, Viewer viewer) {
		if (!view.started()) {
			return List.of();
		}
		return Arrays.stream(Transition.values())
			.filter(transition -> Workflow.mayMove(view.kind(), view.owner(), view.status(), transition, viewer)
				.allowed())
			.toList();
	}

	/** Whether the viewer may write the record now. */
	public static boolean mayEdit(RecordView<?, ?> view, Viewer viewer) {
		return Workflow.mayEdit(view.kind(), view.owner(), view.status(), viewer).allowed();
	}

	/**
	 * Stores a new record, written by someone who may write its owner's records.
	 * @param id the new record's identifier
	 * @param unsaved the record at version 0, as its module makes it
	 * @return its version
	 */
	public int create(K id, R unsaved, C content, @Nullable String comment, Viewer by) {
		if (unsaved.version() != 0) {
			throw new IllegalArgumentException("A new record starts at version 0, not " + unsaved.version());
		}
		return write(unsaved, id, true, 0, content, comment, by);
	}

	/**
	 * Stores a new record proposed to its owners by someone outside them (a reporter
	 * proposing an organisation to the Secretariat): submitted at once, the proposal its
	 * first revision and the proposer its author. The owners then edit, publish or return
	 * it as any record.
	 * @param proposers the roles that may propose (the Secretariat always may)
	 * @return its version
	 */
	public int propose(K id, R unsaved, C content, @Nullable String comment, Viewer by,
			java.util.Set<org.cbcm.shared.Role> proposers) {
		if (unsaved.version() != 0) {
			throw new IllegalArgumentException("A new record starts at version 0, not " + unsaved.version());
		}
		if (!by.isSecretariat() && proposers.stream().noneMatch(by::holds)) {
			throw new ForbiddenException(Refusal.NOT_ALLOWED.messageKey(), Transition.SUBMIT,
					String.join(", ", proposers.stream().map(Enum::name).sorted().toList()));
		}
		Validation validation = new Validation();
		content.check(validation);
		rules.check(unsaved.owner(), null, content, validation);
		if (comment != null && comment.length() > MAX_COMMENT) {
			validation.reject("comment", "record.field.too-long", MAX_COMMENT, comment.length());
		}
		validation.done();
		unsaved.proposed(content, by, clock.instant());
		return stored(unsaved, id, 0, comment, by);
	}

	/**
	 * Saves new content based on the version the writer read; returns the new version.
	 */
	public int save(K id, int basedOn, C content, @Nullable String comment, Viewer by) {
		return write(current(id, basedOn, by), id, false, basedOn, content, comment, by);
	}

	private int write(R record, K id, boolean isNew, int basedOn, C content, @Nullable String comment, Viewer by) {
		record.mayEdit(by).require();
		Validation validation = new Validation();
		content.check(validation);
		rules.check(record.owner(), isNew ? null : id, content, validation);
		if (comment != null && comment.length() > MAX_COMMENT) {
			validation.reject("comment", "record.field.too-long", MAX_COMMENT, comment.length());
		}
		validation.done();
		record.edit(content, by, clock.instant());
		return stored(record, id, basedOn, comment, by);
	}

	/**
	 * Moves the record through its workflow, based on the version the person read;
	 * publishing and archiving keep the confirmation register in step. Confirming records
	 * that the published copy is still right and changes no version.
	 * @return the record as moved, for what its module keeps beside it
	 */
	public R move(K id, int basedOn, Transition transition, @Nullable String reason, Viewer by) {
		if (transition == Transition.RETURN && (reason == null || reason.isBlank())) {
			throw new InvalidRequestException("reason", "record.return.reason-missing");
		}
		if (reason != null && reason.length() > MAX_COMMENT) {
			throw new InvalidRequestException("reason", "record.field.too-long", MAX_COMMENT, reason.length());
		}
		R record = current(id, basedOn, by);
		if (transition == Transition.CONFIRM) {
			record.mayMove(transition, by).require();
			confirmations.confirmed(record.ref());
			return record;
		}
		record.move(transition, reason, by, clock.instant());
		stored(record, id, basedOn, (transition == Transition.RETURN) ? reason : null, by);
		if (transition == Transition.PUBLISH) {
			confirmations.published(record.ref(), record.owner(), record.title(), record.path());
		}
		if (transition == Transition.ARCHIVE) {
			confirmations.withdrawn(record.ref());
		}
		return record;
	}

	/**
	 * The revisions of the record, newest first: all of them for its owners and the
	 * Secretariat; for others, as the kind's readers allow.
	 */
	public List<Revision> history(K id, Viewer viewer) {
		List<Revision> all = revisions.history(ref(id));
		return owns(id, viewer) ? all
				: all.stream()
					.filter(revision -> revision.status() == RecordStatus.PUBLISHED)
					.map(RecordLifecycle::anonymous)
					.toList();
	}

	public Revision revision(K id, int number, Viewer viewer) {
		boolean owner = owns(id, viewer);
		Revision revision = revisions.revision(ref(id), number);
		if (!owner && revision.status() != RecordStatus.PUBLISHED) {
			throw new NotFoundException("record.revision.not-found", String.valueOf(number), store.key(id));
		}
		return owner ? revision : anonymous(revision);
	}

	public List<FieldChange> compare(K id, int from, int to, Viewer viewer) {
		revision(id, from, viewer);
		revision(id, to, viewer);
		return revisions.compare(ref(id), from, to);
	}

	/**
	 * What others changed since the version a writer started from: the changes between
	 * the revision of that version and the latest one.
	 */
	public EditConflict conflict(K id, int basedOn, Viewer viewer) {
		R record = load(id);
		if (!record.owner().ownedBy(viewer)) {
			throw new ForbiddenException(Refusal.NOT_YOURS.messageKey(), record.owner().toString());
		}
		List<Revision> history = revisions.history(record.ref());
		Revision latest = history.isEmpty() ? null : history.get(0);
		Optional<Revision> start = revisions.ofVersion(record.ref(), basedOn);
		List<FieldChange> changes = (latest == null) ? List.of()
				: Revisions.changes(start.map(Revision::fields).orElse(Map.of()), latest.fields());
		return new EditConflict(store.currentVersion(id), latest, changes);
	}

	/**
	 * Whether the viewer owns the record. Others read the history of a public record
	 * where the kind allows; otherwise they are refused (403 where the record is public,
	 * 404 where they may not know it exists).
	 */
	private boolean owns(K id, Viewer viewer) {
		R record = readable(id, viewer);
		if (record.owner().ownedBy(viewer)) {
			return true;
		}
		if (readers == Readers.OWNERS_READ_HISTORY) {
			throw new ForbiddenException(Refusal.NOT_YOURS.messageKey(), record.owner().toString());
		}
		return false;
	}

	/** A published revision as the public reads it: without its author and comment. */
	private static Revision anonymous(Revision revision) {
		return new Revision(revision.number(), revision.recordVersion(), revision.status(), revision.fields(), null, "",
				revision.at(), null);
	}

	private R load(K id) {
		return store.find(id).or(() -> store.unsaved(id)).orElseThrow(() -> notFound.apply(store.key(id)));
	}

	private R current(K id, int basedOn, Viewer viewer) {
		R record = readable(id, viewer);
		if (record.version() != basedOn) {
			throw new StaleVersionException(record.ref().toString(), basedOn, record.version());
		}
		return record;
	}

	/**
	 * Saves the record, keeps a revision of it and where it now stands (for pending
	 * work), and publishes what it registered, in the caller's transaction.
	 */
	private int stored(R record, K id, int basedOn, @Nullable String comment, Viewer by) {
		if (!store.save(record, basedOn)) {
			throw new StaleVersionException(record.ref().toString(), basedOn, store.currentVersion(id));
		}
		revisions.append(record.ref(), record.version(), record.status(), record.content().fields(), by, comment);
		heads.stored(record);
		record.events().forEach(events::publishEvent);
		record.clearEvents();
		return record.version();
	}

	private RecordRef ref(K id) {
		return new RecordRef(kindName, store.key(id));
	}

}
