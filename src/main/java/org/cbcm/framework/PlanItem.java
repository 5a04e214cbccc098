package org.cbcm.framework;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One item of a version of the Action Plan: a paragraph, principle, key element, process,
 * funding source or activity, cited by its code.
 *
 * @param version the version the item belongs to
 * @param code the citation, such as 12(i)
 * @param type what part of the plan it is
 * @param level for an activity, the level it is undertaken at
 * @param parent the item it is part of, such as 12(a) for 12(a)(i)
 * @param sectionNumber the section it stands in
 * @param title a short label for lists and charts, where the item has one
 * @param text the clean wording
 * @param seedText the wording as the source document prints it
 * @param resolutions how the printed wording was read, place by place
 * @param referenceText where title and text are shown in a translation, the English
 * wording they translate (the reference); null in English
 */
public record PlanItem(VersionCode version, ItemCode code, ItemType type, @Nullable ActivityLevel level,
		@Nullable ItemCode parent, String sectionNumber, @Nullable String title, String text, String seedText,
		List<Resolution> resolutions, @Nullable String referenceText) {

	public PlanItem {
		resolutions = List.copyOf(resolutions);
	}

	/** The title where the item has one, else its wording. */
	public String label() {
		return (title != null) ? title : text;
	}

	/**
	 * Whether cbcm's wording departs from the printed one beyond list punctuation and
	 * spacing.
	 */
	public boolean edited() {
		return !resolutions.isEmpty();
	}

	/** Whether the title and text are shown in a translation of the English reference. */
	public boolean translated() {
		return referenceText != null;
	}

}
