package org.cbcm.web;

import org.jspecify.annotations.Nullable;

/**
 * A row of a form that names a person to contact: name, institution, email and phone, as
 * typed; the form that holds it turns it into its record's contact and checks it there.
 */
public class ContactRow {

	private @Nullable String name;

	private @Nullable String institution;

	private @Nullable String email;

	private @Nullable String phone;

	public @Nullable String getName() {
		return name;
	}

	public void setName(@Nullable String name) {
		this.name = name;
	}

	public @Nullable String getInstitution() {
		return institution;
	}

	public void setInstitution(@Nullable String institution) {
		this.institution = institution;
	}

	public @Nullable String getEmail() {
		return email;
	}

	public void setEmail(@Nullable String email) {
		this.email = email;
	}

	public @Nullable String getPhone() {
		return phone;
	}

	public void setPhone(@Nullable String phone) {
		this.phone = phone;
	}

}
