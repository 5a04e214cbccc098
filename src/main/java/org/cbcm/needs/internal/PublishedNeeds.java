package org.cbcm.needs.internal;

import java.util.List;
import java.util.Optional;

import org.cbcm.needs.NeedsAssessments;
import org.cbcm.needs.NeedsFacts;
import org.cbcm.shared.CountryCode;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The published needs assessments, read from their published copies only. */
@Service
@Transactional(readOnly = true)
class PublishedNeeds implements NeedsAssessments {

	private final NeedsAssessmentStore store;

	PublishedNeeds(NeedsAssessmentStore store) {
		this.store = store;
	}

	@Override
	public List<NeedsFacts> published() {
		return store.published().stream().map(NeedsAssessment::facts).toList();
	}

	@Override
	public Optional<NeedsFacts> latest(CountryCode country) {
		return store.latest(country).map(NeedsAssessment::facts);
	}

}
