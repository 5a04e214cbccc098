package org.cbcm.directory;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.cbcm.records.RecordContent;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.Validation;
import org.jspecify.annotations.Nullable;

/**
 * What an organisation's record holds: what readers see of a donor, an agency, an NGO.
 * Blank texts are kept as null.
 *
 * @param name its full name
 * @param acronym its usual short name, where it has one
 * @param type what kind of body it is; null only in a form not yet checked
 * @param country where it has its seat
 * @param iatiIdentifier its IATI organisation identifier: a registration agency's prefix
 * and the number the agency gave it, such as {@code XM-DAC-41114} or
 * {@code GB-COH-123456}
 * @param website its website
 * @param description what it does in biosafety capacity-building
 */
public record OrganisationContent(@Nullable String name, @Nullable String acronym, @Nullable OrganisationType type,
		@Nullable CountryCode country, @Nullable String iatiIdentifier, @Nullable String website,
		@Nullable String description) implements RecordContent {

	public static final int MAX_NAME = 300;

	public static final int MAX_ACRONYM = 40;

	public static final int MAX_IATI = 100;

	public static final int MAX_WEBSITE = 500;

	public static final int MAX_DESCRIPTION = 2000;

	/**
	 * An IATI organisation identifier: the registration agency's prefix (a country code,
	 * or XM for international and XI for IATI's own lists, a hyphen, the agency's code)
	 * then a hyphen and the identifier the agency gave, without spaces or slashes.
	 */
	static final Pattern IATI_IDENTIFIER = Pattern
		.compile("(X[IM]|[A-Z]{2})-[A-Z0-9]{2,10}-[A-Za-z0-9][A-Za-z0-9._-]*");

	public OrganisationContent {
		name = blankToNull(name);
		acronym = blankToNull(acronym);
		iatiIdentifier = blankToNull(iatiIdentifier);
		website = blankToNull(website);
		description = blankToNull(description);
	}

	@Override
	public void check(Validation validation) {
		if (name == null) {
			validation.reject("name", "organisation.field.required");
		}
		limit(validation, "name", name, MAX_NAME);
		limit(validation, "acronym", acronym, MAX_ACRONYM);
		if (type == null) {
			validation.reject("type", "organisation.field.required");
		}
		if (iatiIdentifier != null) {
			if (iatiIdentifier.length() > MAX_IATI) {
				limit(validation, "iatiIdentifier", iatiIdentifier, MAX_IATI);
			}
			else if (!IATI_IDENTIFIER.matcher(iatiIdentifier).matches()) {
				validation.reject("iatiIdentifier", "organisation.iati.invalid", iatiIdentifier);
			}
		}
		if (website != null) {
			if (website.length() > MAX_WEBSITE) {
				limit(validation, "website", website, MAX_WEBSITE);
			}
			else if (!website.matches("https?://[^\\s/$.?#][^\\s]*") || !parses(website)) {
				validation.reject("website", "organisation.website.invalid", website);
			}
		}
		limit(validation, "description", description, MAX_DESCRIPTION);
	}

	/** The registration agency's prefix of the IATI identifier ({@code XM-DAC}). */
	public @Nullable String iatiAgency() {
		if (iatiIdentifier == null || !IATI_IDENTIFIER.matcher(iatiIdentifier).matches()) {
			return null;
		}
		int second = iatiIdentifier.indexOf('-', iatiIdentifier.indexOf('-') + 1);
		return iatiIdentifier.substring(0, second);
	}

	@Override
	public Map<String, String> fields() {
		Map<String, String> fields = new LinkedHashMap<>();
		put(fields, "name", name);
		put(fields, "acronym", acronym);
		put(fields, "type", (type != null) ? type.name() : null);
		put(fields, "country", (country != null) ? country.value() : null);
		put(fields, "iatiIdentifier", iatiIdentifier);
		put(fields, "website", website);
		put(fields, "description", description);
		return fields;
	}

	private static void put(Map<String, String> fields, String field, @Nullable String value) {
		if (value != null) {
			fields.put(field, value);
		}
	}

	private static void limit(Validation validation, String field, @Nullable String value, int max) {
		if (value != null && value.length() > max) {
			validation.reject(field, "organisation.field.too-long", max, value.length());
		}
	}

	private static boolean parses(String uri) {
		try {
			URI.create(uri);
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
