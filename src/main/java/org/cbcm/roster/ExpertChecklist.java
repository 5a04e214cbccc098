package org.cbcm.roster;

import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * The minimum requirements a nomination must meet before the Secretariat lists it
 * (decision BS-IV/4: the Secretariat checks nominations for completeness and returns
 * those that are incomplete): the required fields of the real form, at least one degree,
 * the expertise chosen, the mother tongue, a profile long enough to judge the expert by,
 * and consent to show the expertise and languages that searches and requests match on. A
 * draft need not meet them; the form and the Secretariat's review show each one met or
 * not.
 */
public enum ExpertChecklist {

	NAME(content -> content.givenName() != null && content.familyName() != null),
	PROFILE(content -> ExpertContent.words(content.profile()) >= ExpertChecklist.PROFILE_MIN_WORDS),
	CONTACT(content -> content.contact().email() != null), NATIONALITY(content -> !content.nationalities().isEmpty()),
	EMPLOYMENT(content -> {
		ExpertContent.Job job = content.currentJob();
		return job.organisation() != null && job.department() != null && job.title() != null && job.start() != null
				&& job.type() != null && job.responsibilities() != null;
	}), DEGREE(content -> !content.degrees().isEmpty()), EXPERTISE(content -> !content.expertise().isEmpty()),
	LANGUAGES(content -> content.motherTongue() != null),
	/**
	 * Consent to show the expertise and the languages: the roster is searched and
	 * requests are matched by them, so a listed expert is found by them.
	 */
	CONSENT(content -> content.shows(ExpertContent.PublicPart.EXPERTISE)
			&& content.shows(ExpertContent.PublicPart.LANGUAGES));

	/** The fewest words of a profile that tells enough to judge the expert by. */
	public static final int PROFILE_MIN_WORDS = 30;

	private final Predicate<ExpertContent> met;

	ExpertChecklist(Predicate<ExpertContent> met) {
		this.met = met;
	}

	public boolean metBy(ExpertContent content) {
		return met.test(content);
	}

	/** The requirements the content does not meet, in the checklist's order. */
	public static List<ExpertChecklist> unmet(ExpertContent content) {
		return Arrays.stream(values()).filter(item -> !item.metBy(content)).toList();
	}

}
