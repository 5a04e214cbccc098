package org.cbcm.roster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.cbcm.directory.RegionCode;
import org.cbcm.framework.ItemCode;
import org.cbcm.shared.Fields;
import org.cbcm.shared.Validation;
import org.jspecify.annotations.Nullable;

/**
 * What a Party asks an expert for: a short title, the terms of reference, the areas of
 * expertise (second level) and the key elements of the Action Plan the work serves, the
 * languages the work is done in, the period, whether the work is remote or on site, and
 * the region the Party prefers its expert from (its own by default: decisions ask for
 * experts from the requesting region where possible).
 *
 * @param title a short title, how the request is called in lists and mails
 * @param termsOfReference what the expert is to do
 * @param expertise the areas of expertise needed, at least one
 * @param keyElements the key elements the work serves
 * @param languages the languages needed (ISO 639 codes)
 * @param start the first day of the work
 * @param end the last day of the work
 * @param workMode remote, on site, or either
 * @param preferredRegion the preferred M49 region; the requester's when none is given
 */
public record RequestContent(@Nullable String title, @Nullable String termsOfReference, List<Expertise> expertise,
		List<ItemCode> keyElements, List<String> languages, @Nullable LocalDate start, @Nullable LocalDate end,
		@Nullable WorkMode workMode, @Nullable RegionCode preferredRegion) {

	public static final int MAX_TITLE = 200;

	public static final int MAX_TERMS = 8000;

	public static final int MAX_EXPERTISE = 10;

	public static final int MAX_LANGUAGES = 6;

	/** The key elements a request may name: those the areas of expertise serve. */
	public static final List<ItemCode> ELEMENTS = List.copyOf(new TreeSet<>(
			java.util.Arrays.stream(Expertise.values()).flatMap(item -> item.keyElements().stream()).toList()));

	private static final Fields FIELDS = Fields.keyed("roster.request");

	public RequestContent {
		title = Fields.blankToNull(title);
		termsOfReference = Fields.blankToNull(termsOfReference);
		expertise = copy(expertise);
		keyElements = copy(keyElements);
		languages = copy(languages).stream()
			.map(code -> (code == null) ? null : code.strip().toLowerCase(Locale.ROOT))
			.toList();
	}

	/** The same request with its preferred region. */
	public RequestContent inRegion(RegionCode region) {
		return new RequestContent(title, termsOfReference, expertise, keyElements, languages, start, end, workMode,
				region);
	}

	/**
	 * Checks what can be checked without the directory: the required fields, the lengths,
	 * the choices, and the period.
	 */
	public void check(Validation validation) {
		FIELDS.require(validation, "title", title, MAX_TITLE);
		FIELDS.require(validation, "termsOfReference", termsOfReference, MAX_TERMS);
		if (expertise.isEmpty()) {
			validation.reject("expertise", "roster.request.expertise.required");
		}
		else if (expertise.size() > MAX_EXPERTISE) {
			validation.reject("expertise", "roster.request.field.too-many", MAX_EXPERTISE, expertise.size());
		}
		unique(validation, "expertise", expertise);
		unique(validation, "keyElements", keyElements);
		for (int i = 0; i < keyElements.size(); i++) {
			ItemCode element = keyElements.get(i);
			if (element != null && !ELEMENTS.contains(element)) {
				validation.reject("keyElements[" + i + "]", "roster.request.element.unknown", element.value());
			}
		}
		if (languages.size() > MAX_LANGUAGES) {
			validation.reject("languages", "roster.request.field.too-many", MAX_LANGUAGES, languages.size());
		}
		unique(validation, "languages", languages);
		for (int i = 0; i < languages.size(); i++) {
			String language = languages.get(i);
			if (language != null && !ExpertContent.knownLanguage(language)) {
				validation.reject("languages[" + i + "]", "roster.request.language.unknown",
						(language.length() > 40) ? language.substring(0, 40) : language);
			}
		}
		if (start == null) {
			validation.reject("start", "roster.request.field.required");
		}
		if (end == null) {
			validation.reject("end", "roster.request.field.required");
		}
		if (start != null && end != null && end.isBefore(start)) {
			validation.reject("end", "roster.request.end-before-start", end, start);
		}
		if (workMode == null) {
			validation.reject("workMode", "roster.request.field.required");
		}
	}

	private static void unique(Validation validation, String field, List<?> items) {
		Set<Object> seen = new HashSet<>();
		for (int i = 0; i < items.size(); i++) {
			Object item = items.get(i);
			if (item == null) {
				validation.reject(field + "[" + i + "]", "roster.request.field.required");
			}
			else if (!seen.add(item)) {
				validation.reject(field + "[" + i + "]", "roster.request.field.repeated", String.valueOf(item));
			}
		}
	}

	private static <T> List<T> copy(@Nullable List<T> list) {
		return (list == null) ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
	}

}
