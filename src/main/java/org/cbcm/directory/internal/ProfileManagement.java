package org.cbcm.directory.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.cbcm.directory.Country;
import org.cbcm.directory.CountryDirectory;
import org.cbcm.directory.ProfileContent;
import org.cbcm.records.Confirmations;
import org.cbcm.records.FieldChange;
import org.cbcm.records.RecordStatus;
import org.cbcm.records.Revision;
import org.cbcm.records.Revisions;
import org.cbcm.records.Transition;
import org.cbcm.records.Workflow;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.ForbiddenException;
import org.cbcm.shared.InvalidRequestException;
import org.cbcm.shared.StaleVersionException;
import org.cbcm.shared.Viewer;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The use cases of country profiles: read the published profile (anyone) or the working
 * copy (the country's people and the Secretariat), save a change based on a version, move
 * the profile through the workflow, confirm it, read its history and compare revisions.
 * Every saved change keeps a revision; a change based on a stale version is refused and
 * nothing is saved.
 */
@Service
@Transactional
public class ProfileManagement {

	private final CountryProfiles profiles;

	private final CountryDirectory countries;

	private final Revisions revisions;

	private final Confirmations confirmations;

	private final JdbcClient jdbc;

	private final Clock clock;

	ProfileManagement(CountryProfiles profiles, CountryDirectory countries, Revisions revisions,
			Confirmations confirmations, JdbcClient jdbc, Clock clock) {
		this.profiles = profiles;
		this.countries = countries;
		this.revisions = revisions;
		this.confirmations = confirmations;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * A profile as a reader may see it.
	 *
	 * @param country whose profile
	 * @param status where the working copy stands
	 * @param version the working copy's version, to base a change on
	 * @param working the working copy, for the country's people and the Secretariat; null
	 * for others
	 * @param published the published copy, for everybody; null until first published
	 * @param publishedAt when it was last published
	 * @param confirmedOn when the published copy was last published or confirmed
	 * @param notConfirmedSince that day, when it is longer ago than the confirmation
	 * period
	 * @param updatedAt when the working copy was last changed
	 * @param updatedByName by whom
	 * @param statusNote why it was returned, when it was
	 */
	public record ProfileView(CountryCode country, RecordStatus status, int version, @Nullable ProfileContent working,
			@Nullable ProfileContent published, @Nullable Instant publishedAt, @Nullable LocalDate confirmedOn,
			@Nullable LocalDate notConfirmedSince, Instant updatedAt, String updatedByName,
			@Nullable String statusNote) {

		public boolean hasPublished() {
			return published != null;
		}

		/** Whether anybody has saved the profile yet; version 0 is the blank draft. */
		public boolean started() {
			return version > 0;
		}

		/** When the working copy was last changed, in UTC, as pages show it. */
		public java.time.LocalDateTime updatedAtUtc() {
			return updatedAt.atOffset(java.time.ZoneOffset.UTC).toLocalDateTime();
		}

		/** The day (UTC) the profile was last published. */
		public @Nullable LocalDate publishedOn() {
			return (publishedAt != null) ? publishedAt.atOffset(java.time.ZoneOffset.UTC).toLocalDate() : null;
		}

	}

	@Transactional(readOnly = true)
	public ProfileView view(CountryCode country, Viewer viewer) {
		countries.get(country);
		CountryProfile profile = profiles.find(country).orElseGet(() -> CountryProfile.blank(country, clock.instant()));
		boolean owner = profile.scope().ownedBy(viewer);
		return new ProfileView(country, profile.status(), profile.version(), owner ? profile.content() : null,
				profile.published(), profile.publishedAt(), confirmations.confirmedOn(profile.ref()).orElse(null),
				confirmations.notConfirmedSince(profile.ref()).orElse(null), profile.updatedAt(),
				owner ? profile.updatedByName() : "", owner ? profile.statusNote() : null);
	}

	/**
	 * Saves new content based on the version the writer read; returns the new version.
	 */
	public int save(CountryCode country, int basedOn, ProfileContent content, @Nullable String comment, Viewer by) {
		if (comment != null && comment.length() > 2000) {
			throw new InvalidRequestException("comment", "profile.field.too-long", 2000, comment.length());
		}
		CountryProfile profile = current(country, basedOn);
		profile.edit(content, by, clock.instant());
		return stored(profile, basedOn, comment, by);
	}

	/** Moves the profile through the workflow, based on the version the person read. */
	public int move(CountryCode country, int basedOn, Transition transition, @Nullable String reason, Viewer by) {
		if (transition == Transition.RETURN && (reason == null || reason.isBlank())) {
			throw new InvalidRequestException("reason", "record.return.reason-missing");
		}
		if (reason != null && reason.length() > 2000) {
			throw new InvalidRequestException("reason", "profile.field.too-long", 2000, reason.length());
		}
		CountryProfile profile = current(country, basedOn);
		if (transition == Transition.CONFIRM) {
			require(Workflow.mayMove(CountryProfile.KIND, profile.scope(), profile.status(), transition, by));
			confirmations.confirmed(profile.ref());
			return profile.version();
		}
		profile.move(transition, reason, by, clock.instant());
		int version = stored(profile, basedOn, (transition == Transition.RETURN) ? reason : null, by);
		Country named = countries.get(country);
		if (transition == Transition.PUBLISH) {
			confirmations.published(profile.ref(), profile.scope(), "Country profile of " + named.name(Locale.ENGLISH),
					"/countries/" + country.value());
			ProfileContent published = profile.published();
			jdbc.sql("UPDATE country SET centre_of_origin = :centre, centre_of_origin_note = :note WHERE code = :code")
				.param("centre", (published != null) ? published.centreOfOrigin() : null)
				.param("note", (published != null) ? published.centreOfOriginNote() : null)
				.param("code", country.value())
				.update();
		}
		if (transition == Transition.ARCHIVE) {
			confirmations.withdrawn(profile.ref());
			// What the country said publicly is withdrawn with it.
			jdbc.sql("UPDATE country SET centre_of_origin = NULL, centre_of_origin_note = NULL WHERE code = :code")
				.param("code", country.value())
				.update();
		}
		return version;
	}

	/** The revisions of the profile, newest first, for its people and the Secretariat. */
	@Transactional(readOnly = true)
	public List<Revision> history(CountryCode country, Viewer viewer) {
		owners(country, viewer);
		return revisions.history(CountryProfile.ref(country));
	}

	@Transactional(readOnly = true)
	public Revision revision(CountryCode country, int number, Viewer viewer) {
		owners(country, viewer);
		return revisions.revision(CountryProfile.ref(country), number);
	}

	@Transactional(readOnly = true)
	public List<FieldChange> compare(CountryCode country, int from, int to, Viewer viewer) {
		owners(country, viewer);
		return revisions.compare(CountryProfile.ref(country), from, to);
	}

	/**
	 * What others changed since the version a writer started from: the changes between
	 * the revision of that version and the latest one.
	 */
	@Transactional(readOnly = true)
	public Conflict conflict(CountryCode country, int basedOn, Viewer viewer) {
		owners(country, viewer);
		List<Revision> history = revisions.history(CountryProfile.ref(country));
		Revision latest = history.isEmpty() ? null : history.get(0);
		Optional<Revision> start = revisions.ofVersion(CountryProfile.ref(country), basedOn);
		List<FieldChange> changes = (latest == null) ? List.of()
				: Revisions.changes(start.map(Revision::fields).orElse(java.util.Map.of()), latest.fields());
		return new Conflict(profiles.currentVersion(country), latest, changes);
	}

	/**
	 * What a writer whose save was refused needs: the current version to base the next
	 * save on, the latest revision (who saved, when), and what it changed since the
	 * writer's start.
	 */
	public record Conflict(int currentVersion, @Nullable Revision latest, List<FieldChange> changes) {
	}

	private CountryProfile current(CountryCode country, int basedOn) {
		countries.get(country);
		CountryProfile profile = profiles.find(country).orElseGet(() -> CountryProfile.blank(country, clock.instant()));
		if (profile.version() != basedOn) {
			throw new StaleVersionException(profile.ref().toString(), basedOn, profile.version());
		}
		return profile;
	}

	private int stored(CountryProfile profile, int basedOn, @Nullable String comment, Viewer by) {
		if (!profiles.save(profile, basedOn)) {
			throw new StaleVersionException(profile.ref().toString(), basedOn,
					profiles.currentVersion(profile.country()));
		}
		revisions.append(profile.ref(), profile.version(), profile.status(), profile.content().fields(), by, comment);
		return profile.version();
	}

	private void owners(CountryCode country, Viewer viewer) {
		countries.get(country);
		if (!viewer.actsFor(country)) {
			throw new ForbiddenException("record.edit.not-yours", country.value());
		}
	}

	private static void require(Workflow.Decision decision) {
		CountryProfile.require(decision);
	}

}
