package org.cbcm.roster.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.cbcm.directory.RegionCode;
import org.cbcm.framework.ItemCode;
import org.cbcm.roster.Expertise;
import org.cbcm.roster.RequestContent;
import org.cbcm.roster.WorkMode;
import org.cbcm.shared.Fields;
import org.cbcm.shared.Validation;
import org.jspecify.annotations.Nullable;

/** The new request form as the page posts it: texts, to be read into a request. */
public class RequestForm {

	private @Nullable String title;

	private @Nullable String termsOfReference;

	private List<String> expertise = new ArrayList<>();

	private List<String> keyElements = new ArrayList<>();

	private List<String> languages = new ArrayList<>();

	private @Nullable String start;

	private @Nullable String end;

	private @Nullable String workMode = WorkMode.EITHER.name();

	private @Nullable String preferredRegion;

	/**
	 * The request the form holds; what is not of the right form is refused in the
	 * validation.
	 */
	RequestContent content(Validation validation) {
		List<Expertise> chosen = new ArrayList<>();
		for (String value : expertise) {
			Expertise item = Fields.choice(validation, Expertise.class, "expertise", value);
			if (item != null) {
				chosen.add(item);
			}
		}
		List<ItemCode> elements = new ArrayList<>();
		for (String value : keyElements) {
			if (value != null && ItemCode.isValid(value)) {
				elements.add(new ItemCode(value));
			}
			else if (value != null && !value.isBlank()) {
				validation.reject("keyElements", "roster.request.element.unknown", value);
			}
		}
		List<String> spoken = languages.stream().filter(value -> value != null && !value.isBlank()).toList();
		RegionCode region = null;
		String regionText = Fields.blankToNull(preferredRegion);
		if (regionText != null) {
			if (RegionCode.isValid(regionText)) {
				region = RegionCode.of(regionText);
			}
			else {
				validation.reject("preferredRegion", "country.region.unknown", regionText);
			}
		}
		return new RequestContent(title, termsOfReference, chosen, elements, spoken, date(validation, "start", start),
				date(validation, "end", end), Fields.choice(validation, WorkMode.class, "workMode", workMode), region);
	}

	static @Nullable LocalDate date(Validation validation, String field, @Nullable String text) {
		String value = Fields.blankToNull(text);
		if (value == null) {
			return null;
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			validation.reject(field, "roster.date.invalid", (value.length() > 40) ? value.substring(0, 40) : value);
			return null;
		}
	}

	public @Nullable String getTitle() {
		return title;
	}

	public void setTitle(@Nullable String title) {
		this.title = title;
	}

	public @Nullable String getTermsOfReference() {
		return termsOfReference;
	}

	public void setTermsOfReference(@Nullable String termsOfReference) {
		this.termsOfReference = termsOfReference;
	}

	public List<String> getExpertise() {
		return expertise;
	}

	public void setExpertise(List<String> expertise) {
		this.expertise = expertise;
	}

	public List<String> getKeyElements() {
		return keyElements;
	}

	public void setKeyElements(List<String> keyElements) {
		this.keyElements = keyElements;
	}

	public List<String> getLanguages() {
		return languages;
	}

	public void setLanguages(List<String> languages) {
		this.languages = languages;
	}

	public @Nullable String getStart() {
		return start;
	}

	public void setStart(@Nullable String start) {
		this.start = start;
	}

	public @Nullable String getEnd() {
		return end;
	}

	public void setEnd(@Nullable String end) {
		this.end = end;
	}

	public @Nullable String getWorkMode() {
		return workMode;
	}

	public void setWorkMode(@Nullable String workMode) {
		this.workMode = workMode;
	}

	public @Nullable String getPreferredRegion() {
		return preferredRegion;
	}

	public void setPreferredRegion(@Nullable String preferredRegion) {
		this.preferredRegion = preferredRegion;
	}

}
