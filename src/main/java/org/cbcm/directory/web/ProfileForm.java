package org.cbcm.directory.web;

import java.util.ArrayList;
import java.util.List;

import org.cbcm.directory.FrameworkStatus;
import org.cbcm.directory.MechanismStatus;
import org.cbcm.directory.ProfileContact;
import org.cbcm.directory.ProfileContent;
import org.cbcm.shared.Fields;
import org.cbcm.shared.Validation;
import org.cbcm.web.ContactRow;
import org.cbcm.web.FormObject;
import org.cbcm.web.FormRows;
import org.jspecify.annotations.Nullable;

/**
 * A country's profile form as Spring binds it ({@code @ModelAttribute}): contact rows by
 * index ({@code focalPoints[0].email}), the rest by name. A row beyond the most a profile
 * lists is set aside at once and refused at its list.
 */
@FormRows(
		value = { @FormRows.Rows(list = "focalPoints", most = ProfileContent.MAX_CONTACTS),
				@FormRows.Rows(list = "authorities", most = ProfileContent.MAX_CONTACTS) },
		message = "profile.contacts.too-many")
public class ProfileForm extends FormObject {

	private List<ContactRow> focalPoints = new ArrayList<>();

	private List<ContactRow> authorities = new ArrayList<>();

	private @Nullable String framework;

	private @Nullable String frameworkNote;

	private @Nullable String mechanism;

	private @Nullable String mechanismNote;

	private @Nullable String website;

	private @Nullable String centreOfOrigin;

	private @Nullable String centreOfOriginNote;

	/** The form filled from a profile, as the edit page shows it. */
	static ProfileForm of(ProfileContent content) {
		ProfileForm form = new ProfileForm();
		form.focalPoints = rows(content.focalPoints());
		form.authorities = rows(content.authorities());
		form.framework = (content.framework() != null) ? content.framework().name() : null;
		form.frameworkNote = content.frameworkNote();
		form.mechanism = (content.mechanism() != null) ? content.mechanism().name() : null;
		form.mechanismNote = content.mechanismNote();
		form.website = content.website();
		form.centreOfOrigin = (content.centreOfOrigin() != null) ? content.centreOfOrigin().toString() : null;
		form.centreOfOriginNote = content.centreOfOriginNote();
		return form;
	}

	private static List<ContactRow> rows(List<ProfileContact> contacts) {
		List<ContactRow> rows = new ArrayList<>();
		for (ProfileContact contact : contacts) {
			ContactRow row = new ContactRow();
			row.setName(contact.name());
			row.setInstitution(contact.institution());
			row.setEmail(contact.email());
			row.setPhone(contact.phone());
			rows.add(row);
		}
		return rows;
	}

	/**
	 * The profile the form holds. A choice the form does not offer is left out, so that
	 * the form can show again what was typed, and noted in the validation at its field.
	 */
	ProfileContent content(Validation choices) {
		return new ProfileContent(contacts(focalPoints), contacts(authorities),
				Fields.choice(choices, FrameworkStatus.class, "framework", framework), frameworkNote,
				Fields.choice(choices, MechanismStatus.class, "mechanism", mechanism), mechanismNote, website,
				yesNo(centreOfOrigin, choices), centreOfOriginNote);
	}

	private static List<ProfileContact> contacts(List<ContactRow> rows) {
		List<ProfileContact> contacts = new ArrayList<>();
		for (ContactRow row : rows) {
			if (row != null) {
				contacts.add(new ProfileContact(row.getName(), row.getInstitution(), row.getEmail(), row.getPhone()));
			}
		}
		return contacts;
	}

	private static @Nullable Boolean yesNo(@Nullable String value, Validation choices) {
		String text = Fields.blankToNull(value);
		if (text == null) {
			return null;
		}
		return switch (text) {
			case "true" -> Boolean.TRUE;
			case "false" -> Boolean.FALSE;
			default -> {
				choices.reject("centreOfOrigin", "error.type.boolean", text);
				yield null;
			}
		};
	}

	public List<ContactRow> getFocalPoints() {
		return focalPoints;
	}

	public void setFocalPoints(List<ContactRow> focalPoints) {
		this.focalPoints = focalPoints;
	}

	public List<ContactRow> getAuthorities() {
		return authorities;
	}

	public void setAuthorities(List<ContactRow> authorities) {
		this.authorities = authorities;
	}

	public @Nullable String getFramework() {
		return framework;
	}

	public void setFramework(@Nullable String framework) {
		this.framework = framework;
	}

	public @Nullable String getFrameworkNote() {
		return frameworkNote;
	}

	public void setFrameworkNote(@Nullable String frameworkNote) {
		this.frameworkNote = frameworkNote;
	}

	public @Nullable String getMechanism() {
		return mechanism;
	}

	public void setMechanism(@Nullable String mechanism) {
		this.mechanism = mechanism;
	}

	public @Nullable String getMechanismNote() {
		return mechanismNote;
	}

	public void setMechanismNote(@Nullable String mechanismNote) {
		this.mechanismNote = mechanismNote;
	}

	public @Nullable String getWebsite() {
		return website;
	}

	public void setWebsite(@Nullable String website) {
		this.website = website;
	}

	public @Nullable String getCentreOfOrigin() {
		return centreOfOrigin;
	}

	public void setCentreOfOrigin(@Nullable String centreOfOrigin) {
		this.centreOfOrigin = centreOfOrigin;
	}

	public @Nullable String getCentreOfOriginNote() {
		return centreOfOriginNote;
	}

	public void setCentreOfOriginNote(@Nullable String centreOfOriginNote) {
		this.centreOfOriginNote = centreOfOriginNote;
	}

}
