package org.cbcm.directory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cbcm.records.RecordContent;
import org.cbcm.shared.Fields;
import org.cbcm.shared.Validation;
import org.jspecify.annotations.Nullable;

/**
 * What a country's profile says: its national focal points and competent national
 * authorities, whether it has a national biosafety framework (14(e)) and a national
 * coordination mechanism for capacity-building (14(k)), its national biosafety website,
 * and whether it is a centre of origin or of genetic diversity (paragraph 9).
 *
 * @param focalPoints the national focal points
 * @param authorities the competent national authorities
 * @param framework whether a national biosafety framework is in place
 * @param frameworkNote what the framework is, or how far it got
 * @param mechanism whether a national coordination mechanism exists
 * @param mechanismNote what the mechanism is
 * @param website the national biosafety website
 * @param centreOfOrigin whether the country is a centre of origin or of genetic diversity
 * @param centreOfOriginNote of which crops or organisms
 */
public record ProfileContent(List<ProfileContact> focalPoints, List<ProfileContact> authorities,
		@Nullable FrameworkStatus framework, @Nullable String frameworkNote, @Nullable MechanismStatus mechanism,
		@Nullable String mechanismNote, @Nullable String website, @Nullable Boolean centreOfOrigin,
		@Nullable String centreOfOriginNote) implements RecordContent {

	/** The most contacts of each kind a profile lists. */
	public static final int MAX_CONTACTS = 10;

	/** The checks of text fields, under the profile's message keys. */
	static final Fields FIELDS = Fields.keyed("profile");

	public ProfileContent {
		focalPoints = (focalPoints == null) ? List.of() : focalPoints.stream().filter(c -> !c.blank()).toList();
		authorities = (authorities == null) ? List.of() : authorities.stream().filter(c -> !c.blank()).toList();
		frameworkNote = Fields.blankToNull(frameworkNote);
		mechanismNote = Fields.blankToNull(mechanismNote);
		website = Fields.blankToNull(website);
		centreOfOriginNote = Fields.blankToNull(centreOfOriginNote);
	}

	public static ProfileContent empty() {
		return new ProfileContent(List.of(), List.of(), null, null, null, null, null, null, null);
	}

	/**
	 * Refuses content a profile cannot hold, naming every field at fault at once:
	 * {@code focalPoints[0].email}, {@code website}.
	 */
	@Override
	public void check(Validation validation) {
		if (focalPoints.size() > MAX_CONTACTS) {
			validation.reject("focalPoints", "profile.contacts.too-many", MAX_CONTACTS);
		}
		if (authorities.size() > MAX_CONTACTS) {
			validation.reject("authorities", "profile.contacts.too-many", MAX_CONTACTS);
		}
		for (int index = 0; index < focalPoints.size(); index++) {
			focalPoints.get(index).check(validation, "focalPoints[" + index + "]");
		}
		for (int index = 0; index < authorities.size(); index++) {
			authorities.get(index).check(validation, "authorities[" + index + "]");
		}
		FIELDS.limit(validation, "frameworkNote", frameworkNote, 2000);
		FIELDS.limit(validation, "mechanismNote", mechanismNote, 2000);
		FIELDS.limit(validation, "centreOfOriginNote", centreOfOriginNote, 2000);
		FIELDS.link(validation, "website", website, 500, false, "profile.website.invalid", true);
	}

	/**
	 * The profile field by field, flat and in order, for revisions and their comparison.
	 */
	@Override
	public Map<String, String> fields() {
		Map<String, String> fields = new LinkedHashMap<>();
		contacts(fields, "focalPoints", focalPoints);
		contacts(fields, "authorities", authorities);
		put(fields, "framework", (framework != null) ? framework.name() : null);
		put(fields, "frameworkNote", frameworkNote);
		put(fields, "mechanism", (mechanism != null) ? mechanism.name() : null);
		put(fields, "mechanismNote", mechanismNote);
		put(fields, "website", website);
		put(fields, "centreOfOrigin", (centreOfOrigin != null) ? centreOfOrigin.toString() : null);
		put(fields, "centreOfOriginNote", centreOfOriginNote);
		return fields;
	}

	private static void contacts(Map<String, String> fields, String list, List<ProfileContact> contacts) {
		for (int index = 0; index < contacts.size(); index++) {
			ProfileContact contact = contacts.get(index);
			String prefix = list + "[" + index + "].";
			put(fields, prefix + "name", contact.name());
			put(fields, prefix + "institution", contact.institution());
			put(fields, prefix + "email", contact.email());
			put(fields, prefix + "phone", contact.phone());
		}
	}

	private static void put(Map<String, String> fields, String field, @Nullable String value) {
		if (value != null) {
			fields.put(field, value);
		}
	}

}
