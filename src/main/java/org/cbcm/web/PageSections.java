package org.cbcm.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The sections modules add to the pages of countries, organisations and Action Plan
 * items, so that a module that knows about a country (its initiatives, say) shows on the
 * country's page without the page's module depending on it. Pages render them with
 * {@code fragments/sections :: sections(${sections})}.
 */
@Component
public class PageSections {

	/** Implemented by a module that adds sections to other modules' pages. */
	public interface Contributor {

		List<PageSection> sections(PageSubject subject, Locale locale);

	}

	private final ObjectProvider<Contributor> contributors;

	PageSections(ObjectProvider<Contributor> contributors) {
		this.contributors = contributors;
	}

	/** Every module's sections for the page, in order. */
	public List<PageSection> of(PageSubject subject, Locale locale) {
		return contributors.orderedStream()
			.flatMap(contributor -> contributor.sections(subject, locale).stream())
			.sorted(Comparator.comparingInt(PageSection::order))
			.toList();
	}

}
