package org.cbcm.web.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cbcm.shared.CurrentViewer;
import org.cbcm.shared.Viewer;
import org.cbcm.web.Navigation;
import org.cbcm.web.NavigationLink;
import org.cbcm.web.PublicAddress;
import org.cbcm.web.SiteNotices;
import org.jspecify.annotations.Nullable;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * Puts what the layout of every page needs into the request, where every view finds it,
 * error pages included: the page's path and query (for the navigation and the language
 * switcher to return to), links to other pages of a list, the languages on offer, and the
 * modules' notices to everybody.
 */
class LayoutAttributes implements HandlerInterceptor {

	private final WebSettings settings;

	private final CurrentViewer viewers;

	private final List<Navigation> navigation;

	private final List<SiteNotices> notices;

	private final PublicAddress address;

	LayoutAttributes(WebSettings settings, CurrentViewer viewers, List<Navigation> navigation,
			List<SiteNotices> notices) {
		this.settings = settings;
		this.address = new PublicAddress(settings.baseUrl());
		this.viewers = viewers;
		this.navigation = navigation;
		this.notices = notices;
	}

	/**
	 * An interface language as the switcher offers it: its tag, its name in itself, and
	 * the absolute address of the page in it, which the head names as an alternate
	 * ({@code hreflang}) for search engines and other agents that pick a language.
	 */
	record Language(String tag, String name, String href) {
	}

	/** One parameter of the page's query. */
	record QueryParameter(String name, String value) {
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (request.getAttribute("currentPath") != null) {
			return true;
		}
		Map<String, String[]> parameters = RequestCheck.queryParameters(request);
		request.setAttribute("currentPath", request.getRequestURI().substring(request.getContextPath().length()));
		request.setAttribute("currentQuery", query(parameters));
		request.setAttribute("pageLinks", new PageLinks(request, parameters));
		Viewer viewer = viewers.get();
		request.setAttribute("viewer", viewer);
		request.setAttribute("navigationLinks",
				navigation.stream()
					.flatMap(module -> module.links(viewer).stream())
					.sorted(Comparator.comparingInt(NavigationLink::order))
					.toList());
		request.setAttribute("siteNotices", notices.stream().flatMap(module -> module.notices().stream()).toList());
		String path = UriUtils.decode(request.getRequestURI(), StandardCharsets.UTF_8);
		request.setAttribute("interfaceLanguages",
				settings.languages()
					.stream()
					.map(language -> new Language(language.toLanguageTag(), language.getDisplayLanguage(language),
							languageLink(path, parameters, language.toLanguageTag())))
					.toList());
		request.setAttribute("defaultLanguageLink", languageLink(path, parameters, null));
		return true;
	}

	/**
	 * The absolute address of the page with its query, in the language given
	 * ({@code ?lang=}) or, for none, as the reader's cookie or browser chooses.
	 */
	private String languageLink(String path, Map<String, String[]> parameters, @Nullable String language) {
		UriComponentsBuilder link = UriComponentsBuilder.fromUriString(address.base()).path(path);
		parameters.forEach((name, values) -> {
			if (!"lang".equals(name)) {
				link.queryParam(name, (Object[]) values);
			}
		});
		if (language != null) {
			link.queryParam("lang", language);
		}
		return link.build().encode().toUriString();
	}

	private static List<QueryParameter> query(Map<String, String[]> parameters) {
		return parameters.entrySet()
			.stream()
			.filter(entry -> !"lang".equals(entry.getKey()))
			.flatMap(entry -> Arrays.stream(entry.getValue()).map(value -> new QueryParameter(entry.getKey(), value)))
			.toList();
	}

}
