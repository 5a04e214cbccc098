package org.cbcm.directory.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.cbcm.directory.FrameworkStatus;
import org.cbcm.directory.MechanismStatus;
import org.cbcm.directory.ProfileContent;
import org.cbcm.web.OfflineForm;
import org.cbcm.web.OfflineForm.Choice;
import org.cbcm.web.OfflineForm.Field;
import org.cbcm.web.OfflineForm.Section;
import org.cbcm.web.OfflineForm.Type;
import org.cbcm.web.OfflineTexts;

import org.springframework.context.MessageSource;

/**
 * A country's profile as an offline form: the questions of the profile's edit page
 * ({@link ProfileForm}), under the names it binds and the labels it shows, with the same
 * answers offered for the framework, the mechanism and the centre of origin.
 */
final class ProfileOfflineForm {

	/** The kind the stamp names. */
	static final String KIND = "country-profile";

	/** The version of the questions: raise it when a question is added or changed. */
	static final int VERSION = 1;

	private ProfileOfflineForm() {
	}

	static OfflineForm of(MessageSource messages, Locale locale, String countryName, int version) {
		List<Field> contact = List.of(Field.of("name", text(messages, locale, "profile.contact.name"), Type.TEXT),
				Field.of("institution", text(messages, locale, "profile.contact.institution"), Type.TEXT),
				Field.of("email", text(messages, locale, "profile.contact.email"), Type.TEXT),
				Field.of("phone", text(messages, locale, "profile.contact.phone"), Type.TEXT));
		List<Section> sections = List
			.of(Section.rows(text(messages, locale, "profile.focal-points"), "focalPoints", ProfileContent.MAX_CONTACTS,
					n -> messages.getMessage("profile.list.focalPoints", new Object[] { n }, locale), contact),
					Section.rows(text(messages, locale, "profile.authorities"), "authorities",
							ProfileContent.MAX_CONTACTS, n -> messages.getMessage("profile.list.authorities",
									new Object[] { n }, locale),
							contact),
					Section.of(
							text(messages, locale, "profile.frameworks"), List.of(
									Field.choice("framework", text(messages, locale, "profile.label.framework"),
											Arrays.stream(FrameworkStatus.values())
												.map(f -> new Choice(f.name(),
														text(messages, locale, "profile.framework." + f)))
												.toList()),
									Field.of(
											"frameworkNote", text(messages, locale, "profile.label.frameworkNote"),
											Type.LONG_TEXT),
									Field.choice("mechanism", text(messages, locale, "profile.label.mechanism"),
											Arrays.stream(MechanismStatus.values())
												.map(m -> new Choice(m.name(),
														text(messages, locale, "profile.mechanism." + m)))
												.toList()),
									Field.of("mechanismNote", text(messages, locale, "profile.label.mechanismNote"),
											Type.LONG_TEXT),
									Field.of("website", text(messages, locale, "profile.label.website"), Type.TEXT),
									Field.choice("centreOfOrigin",
											text(messages, locale, "profile.label.centreOfOrigin"),
											List.of(new Choice("true", text(messages, locale, "answer.yes")),
													new Choice("false", text(messages, locale, "answer.no")))),
									Field.of("centreOfOriginNote",
											text(messages, locale, "profile.label.centreOfOriginNote"),
											Type.LONG_TEXT))));
		return new OfflineForm(KIND, VERSION,
				messages.getMessage("profile.edit.title", new Object[] { countryName }, locale),
				OfflineTexts.instructions(messages, locale, version), sections);
	}

	private static String text(MessageSource messages, Locale locale, String key) {
		return messages.getMessage(key, null, locale);
	}

}
