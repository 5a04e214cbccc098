package org.cbcm.initiatives.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.cbcm.initiatives.internal.InitiativeFilter;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The filters in force on a page of the registry (the list or the map), each with the
 * address of the same page without it, so that a reader removes one with a click.
 */
@Component
class ActiveFilters {

	/** A filter in force, with the address of the page without it. */
	public record ActiveFilter(String label, String removeHref) {
	}

	private final MessageSource messages;

	ActiveFilters(MessageSource messages) {
		this.messages = messages;
	}

	List<ActiveFilter> of(HttpServletRequest request, String path, InitiativeFilter filter, Labels named,
			Locale locale) {
		List<ActiveFilter> active = new ArrayList<>();
		if (filter.text() != null) {
			active.add(new ActiveFilter(
					messages.getMessage("initiatives.filter.text", new Object[] { filter.text() }, locale),
					without(request, path, "q", null)));
		}
		filter.tags()
			.forEach((facet, values) -> values.forEach(value -> active.add(new ActiveFilter(
					messages.getMessage("facet." + facet.name(), null, locale) + ": " + named.facet(facet, value),
					without(request, path, facet.parameter(), value)))));
		if (filter.fromYear() != null) {
			active.add(new ActiveFilter(messages.getMessage("initiatives.filter.from",
					new Object[] { filter.fromYear().toString() }, locale), without(request, path, "from", null)));
		}
		if (filter.toYear() != null) {
			active.add(new ActiveFilter(
					messages.getMessage("initiatives.filter.to", new Object[] { filter.toYear().toString() }, locale),
					without(request, path, "to", null)));
		}
		return active;
	}

	/**
	 * The page's address with a parameter set to one value (or without it, for null),
	 * from its first page.
	 */
	static String with(HttpServletRequest request, String path, String parameter, @Nullable String value) {
		UriComponentsBuilder uri = address(request, path, parameter, null);
		if (value != null) {
			uri.queryParam(parameter, value);
		}
		return uri.encode().build().toUriString();
	}

	/**
	 * The page's address without one value of a parameter (or the whole parameter), from
	 * its first page.
	 */
	static String without(HttpServletRequest request, String path, String parameter, @Nullable String value) {
		return address(request, path, parameter, value).encode().build().toUriString();
	}

	private static UriComponentsBuilder address(HttpServletRequest request, String path, String parameter,
			@Nullable String value) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
		request.getParameterMap().forEach((name, values) -> {
			if (name.equals("page")) {
				return;
			}
			for (String each : values) {
				if (each.isBlank() || (name.equals(parameter) && (value == null || value.equalsIgnoreCase(each)))) {
					continue;
				}
				uri.queryParam(name, each);
			}
		});
		return uri;
	}

}
