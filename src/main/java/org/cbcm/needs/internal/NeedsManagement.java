package org.cbcm.needs.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.cbcm.directory.CountryDirectory;
import org.cbcm.framework.ItemCode;
import org.cbcm.needs.NeedsAssessmentId;
import org.cbcm.needs.NeedsContent;
import org.cbcm.records.RecordLifecycle.Readers;
import org.cbcm.records.RecordLifecycles;
import org.cbcm.records.RecordScope;
import org.cbcm.records.RecordUseCases;
import org.cbcm.records.RecordView;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.NotFoundException;
import org.cbcm.shared.Viewer;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The use cases of needs assessments, on the shared record lifecycle: a country's
 * national users and focal point draft them, the focal point publishes; successive
 * assessments of a country are kept, and everybody reads the published ones.
 */
@Service
@Transactional
public class NeedsManagement extends RecordUseCases<NeedsAssessmentId, NeedsContent, NeedsAssessment> {

	/** The most assessments of one country a list shows. */
	static final int MAX_LISTED = 200;

	private final NeedsAssessmentStore store;

	private final NeedsRules rules;

	private final CountryDirectory countries;

	private final Clock clock;

	NeedsManagement(NeedsAssessmentStore store, RecordLifecycles lifecycles, NeedsRules rules,
			CountryDirectory countries, Clock clock) {
		super(lifecycles.of(NeedsAssessment.KIND.name(), store, Readers.PUBLIC_ONCE_PUBLISHED, rules,
				key -> new NotFoundException("needs.not-found", key)));
		this.store = store;
		this.rules = rules;
		this.countries = countries;
		this.clock = clock;
	}

	/**
	 * Drafts a new assessment of the country; its national users, its focal point and the
	 * Secretariat may.
	 * @return its identifier
	 */
	public NeedsAssessmentId create(CountryCode country, NeedsContent content, @Nullable String comment, Viewer by) {
		countries.get(country);
		NeedsAssessmentId id = NeedsAssessmentId.random();
		records.create(id, NeedsAssessment.unsaved(id, country, content, clock.instant()), content, comment, by);
		return id;
	}

	/**
	 * The country's assessments as the viewer may read them, latest first: all of them
	 * for its owners, the published ones for everybody else.
	 */
	@Transactional(readOnly = true)
	public List<RecordView<NeedsAssessmentId, NeedsContent>> ofCountry(CountryCode country, Viewer viewer) {
		countries.get(country);
		boolean owner = RecordScope.of(country).ownedBy(viewer);
		return records.views(store.ofCountry(country, !owner, MAX_LISTED), NeedsAssessment::id, viewer);
	}

	/** The country of an assessment the viewer may read. */
	@Transactional(readOnly = true)
	public CountryCode country(NeedsAssessmentId id, Viewer viewer) {
		return records.readable(id, viewer).country();
	}

	/** Whether the viewer may draft a new assessment of the country. */
	public boolean mayCreate(CountryCode country, Viewer viewer) {
		return NeedsAssessment
			.unsaved(NeedsAssessmentId.random(), country, new NeedsContent(null, null, null, List.of(), List.of()),
					clock.instant())
			.mayEdit(viewer)
			.allowed();
	}

	/** A new assessment's content: today's date, a row for each element. */
	@Transactional(readOnly = true)
	public NeedsContent blank() {
		return NeedsContent.blank(LocalDate.now(clock), rules.elements());
	}

	/**
	 * The elements an assessment rates, each key element followed by its sub-elements.
	 */
	@Transactional(readOnly = true)
	public List<ItemCode> elements() {
		return rules.elements();
	}

	/** The elements' titles, by code. */
	@Transactional(readOnly = true)
	public Map<ItemCode, String> titles() {
		return rules.titles();
	}

	/**
	 * What moved between two assessments of the country, as the viewer may read them;
	 * without both, the latest two published ones (empty when there are fewer).
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<NeedsComparison> compare(CountryCode country, @Nullable NeedsAssessmentId from,
			@Nullable NeedsAssessmentId to, Viewer viewer) {
		countries.get(country);
		if (from == null || to == null) {
			List<NeedsAssessment> published = store.ofCountry(country, true, 2);
			if (published.size() < 2) {
				return java.util.Optional.empty();
			}
			NeedsAssessment later = published.get(0);
			NeedsAssessment earlier = published.get(1);
			return java.util.Optional
				.of(NeedsComparison.of(earlier.id(), java.util.Objects.requireNonNull(earlier.published()), later.id(),
						java.util.Objects.requireNonNull(later.published())));
		}
		RecordView<NeedsAssessmentId, NeedsContent> earlier = ofCountry(country, from, viewer);
		RecordView<NeedsAssessmentId, NeedsContent> later = ofCountry(country, to, viewer);
		return java.util.Optional.of(NeedsComparison.of(from, earlier.shown(), to, later.shown()));
	}

	/**
	 * An assessment of the country, as the viewer may read it; not found if another's.
	 */
	private RecordView<NeedsAssessmentId, NeedsContent> ofCountry(CountryCode country, NeedsAssessmentId id,
			Viewer viewer) {
		NeedsAssessment assessment = records.readable(id, viewer);
		if (!assessment.country().equals(country)) {
			throw new NotFoundException("needs.not-found", id.toString());
		}
		return records.view(id, assessment, viewer);
	}

	/**
	 * Adds the faults the kind's rules find beyond the content's own (the plan's
	 * elements, the date, the most high priorities), for a form refused before it reaches
	 * a save.
	 */
	@Transactional(readOnly = true)
	public void checkRules(NeedsContent content, org.cbcm.shared.Validation validation) {
		content.check(validation, rules.frame());
	}

	/** The most elements an assessment may rate high. */
	public int maxHigh() {
		return rules.maxHigh();
	}

}
