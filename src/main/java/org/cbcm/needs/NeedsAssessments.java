package org.cbcm.needs;

import java.util.List;
import java.util.Optional;

import org.cbcm.shared.CountryCode;

/**
 * The published needs assessments, for modules that read them all again (rebuilding a
 * read model) or show a country's.
 */
public interface NeedsAssessments {

	/** Every published assessment of every country, oldest first. */
	List<NeedsFacts> published();

	/** The country's latest published assessment (by its date). */
	Optional<NeedsFacts> latest(CountryCode country);

}
