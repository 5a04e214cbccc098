package org.cbcm.web.internal;

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
import org.cbcm.web.SiteNotices;

import org.springframework.web.servlet.HandlerInterceptor;

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

	LayoutAttributes(WebSettings settings, CurrentViewer viewers, List<Navigation> navigation,
			List<SiteNotices> notices) {
		this.settings = settings;
		this.viewers = viewers;
		this.navigation = navigation;
		this.notices = notices;
	}

	/**
	 * An interface language as the switcher offers it: its tag, and its name in itself.
	 */
	record Language(String tag, String name) {
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
		request.setAttribute("interfaceLanguages",
				settings.languages()
					.stream()
					.map(language -> new Language(language.toLanguageTag(), language.getDisplayLanguage(language)))
					.toList());
		return true;
	}

	private static List<QueryParameter> query(Map<String, String[]> parameters) {
		return parameters.entrySet()
			.stream()
			.filter(entry -> !"lang".equals(entry.getKey()))
			.flatMap(entry -> Arrays.stream(entry.getValue()).map(value -> new QueryParameter(entry.getKey(), value)))
			.toList();
	}

}
