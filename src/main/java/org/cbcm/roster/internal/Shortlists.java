package org.cbcm.roster.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.cbcm.roster.ExpertContent.Availability;
import org.cbcm.roster.ExpertContent.Gender;
import org.cbcm.roster.ExpertId;
import org.cbcm.roster.RequestContent;
import org.cbcm.roster.RequestId;
import org.cbcm.roster.WorkMode;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.Viewer;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ranks the listed experts for a request and says why each ranks where they do. Out of
 * 100 points: the share of the requested expertise covered (30, or 40 when no key element
 * is asked for) and of the key elements (10); the requested languages spoken, by level
 * (20); the preferred region (15: decisions ask for experts from the requesting region
 * where possible); availability (10 available, 4 limited; the unavailable are left out);
 * the work mode (5); the ratings of past assignments (10, 5 while unrated). When the
 * first places are all of one gender, the best-ranked expert of another gender is brought
 * into the shortlist, and the list says so. Experts of the requesting Party may serve it,
 * and are marked national experts.
 */
@Service
@Transactional(readOnly = true)
public class Shortlists {

	/** How many experts a shortlist holds before a gender balance is sought. */
	public static final int SIZE = 10;

	static final int EXPERTISE = 30;

	static final int ELEMENTS = 10;

	static final int LANGUAGES = 20;

	static final int REGION = 15;

	static final int AVAILABLE = 10;

	static final int LIMITED = 4;

	static final int MODE = 5;

	static final int RATING = 10;

	private static final Set<Gender> DISCLOSED = EnumSet.of(Gender.WOMAN, Gender.MAN, Gender.ANOTHER);

	private final ShortlistStore store;

	private final RequestManagement requests;

	private final MessageSource messages;

	Shortlists(ShortlistStore store, RequestManagement requests, MessageSource messages) {
		this.store = store;
		this.requests = requests;
		this.messages = messages;
	}

	/**
	 * Part of an explanation, rendered in the reader's language: a message key with its
	 * arguments, and the points it gives.
	 */
	public record Reason(String key, List<Object> arguments, int points) {

		public Reason {
			arguments = List.copyOf(arguments);
		}

		static Reason of(String key, int points, Object... arguments) {
			return new Reason(key, List.of(arguments), points);
		}

	}

	/** An argument of a reason that is itself a message, such as a region's name. */
	public record Term(String key) {
	}

	/** An argument of a reason that is a language, named in the reader's language. */
	public record Language(String code) {
	}

	/**
	 * An expert on the shortlist.
	 *
	 * @param expert the expert
	 * @param rank the place by score among all candidates, from 1
	 * @param score the points, out of 100
	 * @param publicName the name, where the expert agreed to show it
	 * @param country the nominating Party
	 * @param national whether the requesting Party nominated the expert
	 * @param gender the gender, where the expert agreed to show it
	 * @param reasons why the expert ranks there
	 * @param balancing whether the expert was brought in for gender balance
	 */
	public record Entry(ExpertId expert, int rank, int score, @Nullable String publicName, CountryCode country,
			boolean national, @Nullable Gender gender, List<Reason> reasons, boolean balancing) {
	}

	/**
	 * A request's shortlist.
	 *
	 * @param request the request
	 * @param entries the experts, best first
	 * @param considered how many listed experts the request's expertise and key elements
	 * found
	 */
	public record Shortlist(RequestId request, List<Entry> entries, int considered) {
	}

	/** The shortlist of the request, for those who may read it. */
	public Shortlist of(RequestId id, Viewer viewer) {
		return of(requests.request(id, viewer), SIZE);
	}

	/** The shortlist of the request, of the size given (before gender balance). */
	public Shortlist of(ExpertRequest request, int size) {
		RequestContent content = request.content();
		List<ShortlistStore.Candidate> candidates = store.candidates(content.expertise(), content.keyElements());
		Map<String, String> asked = languageForms(content.languages());
		Map<ExpertId, ShortlistStore.Ratings> ratings = store.ratings(content.expertise(), content.keyElements());
		List<Entry> scored = new ArrayList<>();
		for (ShortlistStore.Candidate candidate : candidates) {
			scored.add(score(request, candidate, asked, candidate.spoken(), ratings.get(candidate.id())));
		}
		scored.sort(Comparator.comparingInt(Entry::score).reversed().thenComparing(entry -> entry.expert().toString()));
		List<Entry> ranked = new ArrayList<>();
		for (int i = 0; i < scored.size(); i++) {
			Entry entry = scored.get(i);
			ranked.add(new Entry(entry.expert(), i + 1, entry.score(), entry.publicName(), entry.country(),
					entry.national(), entry.gender(), entry.reasons(), false));
		}
		List<Entry> shortlist = new ArrayList<>(ranked.subList(0, Math.min(size, ranked.size())));
		Set<Gender> genders = EnumSet.noneOf(Gender.class);
		shortlist.stream().map(Entry::gender).filter(DISCLOSED::contains).forEach(genders::add);
		if (genders.size() == 1) {
			Gender only = genders.iterator().next();
			ranked.stream()
				.skip(shortlist.size())
				.filter(entry -> entry.gender() != null && DISCLOSED.contains(entry.gender()) && entry.gender() != only)
				.findFirst()
				.ifPresent(entry -> {
					List<Reason> reasons = new ArrayList<>(entry.reasons());
					reasons.add(Reason.of("roster.why.gender-balance", 0, shortlist.size(),
							new Term("roster.gender." + only.name())));
					shortlist.add(new Entry(entry.expert(), entry.rank(), entry.score(), entry.publicName(),
							entry.country(), entry.national(), entry.gender(), reasons, true));
				});
		}
		return new Shortlist(request.id(), List.copyOf(shortlist), candidates.size());
	}

	private static Entry score(ExpertRequest request, ShortlistStore.Candidate candidate, Map<String, String> asked,
			Map<String, Integer> spoken, ShortlistStore.@Nullable Ratings ratings) {
		RequestContent content = request.content();
		List<Reason> reasons = new ArrayList<>();
		int expertiseWeight = content.keyElements().isEmpty() ? EXPERTISE + ELEMENTS : EXPERTISE;
		int requested = content.expertise().size();
		int expertisePoints = (requested == 0) ? 0
				: Math.round((float) expertiseWeight * candidate.expertise() / requested);
		reasons.add(Reason.of("roster.why.expertise", expertisePoints, candidate.expertise(), requested));
		if (!content.keyElements().isEmpty()) {
			int elements = content.keyElements().size();
			int points = Math.round((float) ELEMENTS * candidate.elements() / elements);
			reasons.add(Reason.of("roster.why.elements", points, candidate.elements(), elements));
		}
		int languagePoints = 0;
		if (content.languages().isEmpty()) {
			languagePoints = LANGUAGES;
			reasons.add(Reason.of("roster.why.language.any", LANGUAGES));
		}
		else {
			int share = LANGUAGES * 1000 / content.languages().size();
			for (String language : content.languages()) {
				int level = 0;
				for (Map.Entry<String, Integer> speaks : spoken.entrySet()) {
					if (language.equals(asked.get(speaks.getKey()))) {
						level = Math.max(level, speaks.getValue());
					}
				}
				int points = Math.round(share * level / 3f / 1000f);
				languagePoints += points;
				reasons.add(Reason.of("roster.why.language." + level, points, new Language(language)));
			}
		}
		String preferred = java.util.Objects.requireNonNull(content.preferredRegion()).value();
		int regionPoints = preferred.equals(candidate.region()) ? REGION : 0;
		if (candidate.region() == null) {
			reasons.add(Reason.of("roster.why.region.unknown", 0, new Term("region." + preferred)));
		}
		else if (regionPoints > 0) {
			reasons.add(Reason.of("roster.why.region.same", regionPoints, new Term("region." + preferred)));
		}
		else {
			reasons.add(Reason.of("roster.why.region.other", 0, new Term("region." + candidate.region()),
					new Term("region." + preferred)));
		}
		int availabilityPoints = (candidate.availability() == Availability.AVAILABLE) ? AVAILABLE
				: (candidate.availability() == Availability.LIMITED) ? LIMITED : 0;
		reasons.add(Reason.of(
				"roster.why.availability."
						+ ((candidate.availability() != null) ? candidate.availability().name() : "UNKNOWN"),
				availabilityPoints));
		WorkMode mode = java.util.Objects.requireNonNull(content.workMode());
		boolean fits = switch (mode) {
			case REMOTE -> candidate.remote();
			case ON_SITE -> candidate.onSite();
			case EITHER -> candidate.remote() || candidate.onSite();
		};
		int modePoints = fits ? MODE : 0;
		reasons.add(Reason.of("roster.why.mode." + mode.name() + (fits ? ".yes" : ".no"), modePoints));
		int ratingPoints;
		if (ratings == null || ratings.count() == 0) {
			ratingPoints = RATING / 2;
			reasons.add(Reason.of("roster.why.rating.none", ratingPoints));
		}
		else {
			double average = (double) ratings.sum() / ratings.count();
			ratingPoints = (int) Math.round(RATING * (average - 1) / 4);
			reasons.add(Reason.of("roster.why.rating", ratingPoints, average, ratings.count()));
		}
		boolean national = candidate.country().equals(request.country());
		if (national) {
			reasons.add(Reason.of("roster.why.national", 0));
		}
		int score = expertisePoints + reasons.stream()
			.filter(reason -> reason.key().equals("roster.why.elements"))
			.mapToInt(Reason::points)
			.sum() + languagePoints + regionPoints + availabilityPoints + modePoints + ratingPoints;
		return new Entry(candidate.id(), 0, score, candidate.publicName(), candidate.country(), national,
				candidate.gender(), List.copyOf(reasons), false);
	}

	/**
	 * The codes under which the experts' languages may be stored for the languages asked
	 * for (the two-letter ISO 639-1 code and the three-letter ISO 639-2 one), each with
	 * the code asked for.
	 */
	static Map<String, String> languageForms(List<String> languages) {
		Map<String, String> forms = new HashMap<>();
		for (String language : languages) {
			forms.put(language, language);
			for (String two : Locale.getISOLanguages()) {
				String three;
				try {
					three = Locale.forLanguageTag(two).getISO3Language();
				}
				catch (java.util.MissingResourceException ex) {
					continue;
				}
				if (language.equals(two)) {
					forms.put(three, language);
				}
				else if (language.equals(three)) {
					forms.put(two, language);
				}
			}
		}
		return forms;
	}

	/** The reason in the reader's language. */
	public String text(Reason reason, Locale locale) {
		Object[] arguments = reason.arguments().stream().map(argument -> {
			if (argument instanceof Term term) {
				return messages.getMessage(term.key(), null, term.key(), locale);
			}
			if (argument instanceof Language language) {
				String name = Locale.forLanguageTag(language.code()).getDisplayLanguage(locale);
				return name.isEmpty() ? language.code() : name;
			}
			return argument;
		}).toArray();
		return messages.getMessage(reason.key(), arguments, locale);
	}

}
