package org.cbcm.initiatives.internal;

import org.cbcm.directory.RegionCode;
import org.cbcm.framework.ItemCode;
import org.cbcm.initiatives.InitiativeId;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.OrganisationId;
import org.cbcm.shared.Validation;
import org.jspecify.annotations.Nullable;

/**
 * Reads the codes an initiative names, as forms and the API give them, refusing one that
 * is not even of the right form at its field. Whether a well-formed code names something
 * that exists is checked when the record is saved.
 */
public final class Codes {

	private Codes() {
	}

	public static @Nullable CountryCode country(Validation validation, String field, @Nullable String text) {
		if (text == null || text.isBlank()) {
			validation.reject(field, "initiative.field.required");
			return null;
		}
		String code = text.strip().toUpperCase(java.util.Locale.ROOT);
		if (!CountryCode.isValid(code)) {
			validation.reject(field, "country.not-found", text);
			return null;
		}
		return CountryCode.of(code);
	}

	public static @Nullable RegionCode region(Validation validation, String field, @Nullable String text) {
		if (text == null || !RegionCode.isValid(text.strip())) {
			validation.reject(field, "initiative.region.unknown", String.valueOf(text));
			return null;
		}
		return RegionCode.of(text.strip());
	}

	public static @Nullable OrganisationId organisation(Validation validation, String field, @Nullable String text) {
		if (text == null || text.isBlank()) {
			validation.reject(field, "initiative.field.required");
			return null;
		}
		if (!OrganisationId.isValid(text.strip())) {
			validation.reject(field, "organisation.not-found", text);
			return null;
		}
		return OrganisationId.of(text.strip());
	}

	/**
	 * A code of the Action Plan, such as {@code 12(a)}; the message key says what kind.
	 */
	public static @Nullable ItemCode item(Validation validation, String field, @Nullable String text,
			String unknownKey) {
		if (text == null || text.isBlank()) {
			validation.reject(field, "initiative.field.required");
			return null;
		}
		if (!ItemCode.isValid(text.strip())) {
			validation.reject(field, unknownKey, text);
			return null;
		}
		return ItemCode.of(text.strip());
	}

	public static @Nullable InitiativeId initiative(Validation validation, String field, @Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		if (!InitiativeId.isValid(text.strip())) {
			validation.reject(field, "initiative.parent.not-a-programme", text);
			return null;
		}
		return InitiativeId.of(text.strip());
	}

}
