package org.cbcm.records;

import java.util.List;

import org.cbcm.shared.Viewer;
import org.jspecify.annotations.Nullable;

import org.springframework.transaction.annotation.Transactional;

/**
 * The use cases every kind of record offers its pages and API, each in its own
 * transaction: read the record as the reader may, save a change, move it, read its
 * history and compare revisions, and tell a writer whose save came second what changed. A
 * module's service extends this for its kind and adds its own use cases (creating,
 * listing, what it keeps beside the record after a move).
 *
 * @param <K> the record's identifier
 * @param <C> what it holds
 * @param <R> the record
 */
@Transactional
public abstract class RecordUseCases<K, C extends RecordContent, R extends Record<C>> {

	/** The shared lifecycle of the kind. */
	protected final RecordLifecycle<K, C, R> records;

	protected RecordUseCases(RecordLifecycle<K, C, R> records) {
		this.records = records;
	}

	/** The record as the viewer may read it. */
	@Transactional(readOnly = true)
	public RecordView<K, C> view(K id, Viewer viewer) {
		return records.view(id, viewer);
	}

	/**
	 * Saves new content based on the version the writer read; returns the new version.
	 */
	public int save(K id, int basedOn, C content, @Nullable String comment, Viewer by) {
		return records.save(id, basedOn, content, comment, by);
	}

	/**
	 * Moves the record through its workflow, based on the version the person read;
	 * returns the new version.
	 */
	public int move(K id, int basedOn, Transition transition, @Nullable String reason, Viewer by) {
		R record = records.move(id, basedOn, transition, reason, by);
		moved(id, record, transition);
		return record.version();
	}

	/**
	 * Keeps what the module holds beside the record in step after a move, in the same
	 * transaction; nothing by default.
	 */
	protected void moved(K id, R record, Transition transition) {
	}

	/** The revisions of the record, newest first, as the reader may read them. */
	@Transactional(readOnly = true)
	public List<Revision> history(K id, Viewer viewer) {
		return records.history(id, viewer);
	}

	@Transactional(readOnly = true)
	public Revision revision(K id, int number, Viewer viewer) {
		return records.revision(id, number, viewer);
	}

	@Transactional(readOnly = true)
	public List<FieldChange> compare(K id, int from, int to, Viewer viewer) {
		return records.compare(id, from, to, viewer);
	}

	/** What others changed since the version a writer started from. */
	@Transactional(readOnly = true)
	public EditConflict conflict(K id, int basedOn, Viewer viewer) {
		return records.conflict(id, basedOn, viewer);
	}

	/** The workflow steps the viewer may take on the record now, in their order. */
	public List<Transition> actions(RecordView<K, C> view, Viewer viewer) {
		return RecordLifecycle.actions(view, viewer);
	}

	/** Whether the viewer may write the record now. */
	public boolean mayEdit(RecordView<K, C> view, Viewer viewer) {
		return RecordLifecycle.mayEdit(view, viewer);
	}

}
