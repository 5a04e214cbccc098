package org.cbcm.directory;

import java.util.regex.Pattern;

import org.cbcm.shared.Fields;
import org.cbcm.shared.Validation;
import org.jspecify.annotations.Nullable;

/**
 * A person a country names in its profile: a national focal point or a competent national
 * authority.
 *
 * @param name the person's name (or the office's)
 * @param institution the ministry or agency
 * @param email where to write to them
 * @param phone a telephone number
 */
public record ProfileContact(String name, @Nullable String institution, @Nullable String email,
		@Nullable String phone) {

	private static final Pattern PHONE = Pattern.compile("[+0-9 ().\\-/]{4,50}");

	public ProfileContact {
		name = (name == null) ? "" : name.strip();
		institution = Fields.blankToNull(institution);
		email = Fields.blankToNull(email);
		phone = Fields.blankToNull(phone);
	}

	/** Whether nothing at all is filled in, as in a form's spare row. */
	public boolean blank() {
		return name.isEmpty() && institution == null && email == null && phone == null;
	}

	/**
	 * Refuses a contact cbcm cannot keep, naming every field at fault:
	 * {@code field.email}.
	 */
	public void check(Validation validation, String field) {
		ProfileContent.FIELDS.require(validation, field + ".name", name, 200);
		ProfileContent.FIELDS.limit(validation, field + ".institution", institution, 300);
		Fields.email(validation, field + ".email", email);
		if (phone != null && !PHONE.matcher(phone).matches()) {
			validation.reject(field + ".phone", "profile.phone.invalid", phone);
		}
	}

}
