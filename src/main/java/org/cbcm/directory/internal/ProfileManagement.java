package org.cbcm.directory.internal;

import java.util.List;

import org.cbcm.directory.ProfileContent;
import org.cbcm.records.EditConflict;
import org.cbcm.records.FieldChange;
import org.cbcm.records.RecordLifecycle;
import org.cbcm.records.RecordLifecycle.Readers;
import org.cbcm.records.RecordLifecycle.Rules;
import org.cbcm.records.RecordLifecycles;
import org.cbcm.records.RecordView;
import org.cbcm.records.Revision;
import org.cbcm.records.Transition;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.NotFoundException;
import org.cbcm.shared.Viewer;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The use cases of country profiles, on the shared record lifecycle: read the published
 * profile (anyone) or the working copy (the country's people and the Secretariat), save a
 * change based on a version, move the profile through the workflow, confirm it, read its
 * history and compare revisions. Publishing also states publicly whether the country is a
 * centre of origin; archiving withdraws that.
 */
@Service
@Transactional
public class ProfileManagement {

	private final RecordLifecycle<CountryCode, ProfileContent, CountryProfile> records;

	private final JdbcClient jdbc;

	ProfileManagement(CountryProfiles profiles, RecordLifecycles lifecycles, JdbcClient jdbc) {
		this.records = lifecycles.of(CountryProfile.KIND.name(), profiles, Readers.OWNERS_READ_HISTORY, Rules.none(),
				code -> new NotFoundException("country.not-found", code));
		this.jdbc = jdbc;
	}

	/** A profile as a reader may see it: the working copy for the country's people. */
	@Transactional(readOnly = true)
	public RecordView<CountryCode, ProfileContent> view(CountryCode country, Viewer viewer) {
		return records.view(country, viewer);
	}

	/** The workflow steps the viewer may take on the profile now, in their order. */
	public static List<Transition> actions(RecordView<CountryCode, ProfileContent> view, Viewer viewer) {
		return RecordLifecycle.actions(view, viewer);
	}

	/** Whether the viewer may write the profile now. */
	public static boolean mayEdit(RecordView<CountryCode, ProfileContent> view, Viewer viewer) {
		return RecordLifecycle.mayEdit(view, viewer);
	}

	/**
	 * Saves new content based on the version the writer read; returns the new version.
	 */
	public int save(CountryCode country, int basedOn, ProfileContent content, @Nullable String comment, Viewer by) {
		return records.save(country, basedOn, content, comment, by);
	}

	/** Moves the profile through the workflow, based on the version the person read. */
	public int move(CountryCode country, int basedOn, Transition transition, @Nullable String reason, Viewer by) {
		CountryProfile profile = records.move(country, basedOn, transition, reason, by);
		if (transition == Transition.PUBLISH || transition == Transition.ARCHIVE) {
			// What the country says publicly goes with its published profile.
			ProfileContent published = profile.published();
			jdbc.sql("UPDATE country SET centre_of_origin = :centre, centre_of_origin_note = :note WHERE code = :code")
				.param("centre", (published != null) ? published.centreOfOrigin() : null)
				.param("note", (published != null) ? published.centreOfOriginNote() : null)
				.param("code", country.value())
				.update();
		}
		return profile.version();
	}

	/** The revisions of the profile, newest first, for its people and the Secretariat. */
	@Transactional(readOnly = true)
	public List<Revision> history(CountryCode country, Viewer viewer) {
		return records.history(country, viewer);
	}

	@Transactional(readOnly = true)
	public Revision revision(CountryCode country, int number, Viewer viewer) {
		return records.revision(country, number, viewer);
	}

	@Transactional(readOnly = true)
	public List<FieldChange> compare(CountryCode country, int from, int to, Viewer viewer) {
		return records.compare(country, from, to, viewer);
	}

	/** What others changed since the version a writer started from. */
	@Transactional(readOnly = true)
	public EditConflict conflict(CountryCode country, int basedOn, Viewer viewer) {
		return records.conflict(country, basedOn, viewer);
	}

}
