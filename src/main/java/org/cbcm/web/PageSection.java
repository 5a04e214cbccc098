package org.cbcm.web;

import java.util.Map;

/**
 * A section a module adds to another module's page: the template that holds its fragment
 * {@code section(model)}, where it goes, and what the fragment shows.
 *
 * @param template the template, such as {@code initiatives/sections}
 * @param order its place among the page's added sections, lower first
 * @param model what the fragment reads
 */
public record PageSection(String template, int order, Map<String, Object> model) {

	public PageSection {
		model = Map.copyOf(model);
	}

}
