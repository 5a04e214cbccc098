package org.cbcm.shared;

/**
 * A module's reference data files (countries, organisations, Action Plan versions). Every
 * one is imported while the application starts, before it answers any request, in the
 * order given here: countries before the organisations seated in them.
 */
public interface ReferenceData {

	/** Position among the imports; lower first. */
	int order();

	/**
	 * Imports the files when they changed since the last import (see
	 * {@link ReferenceDataImports}).
	 */
	void importIfChanged();

}
