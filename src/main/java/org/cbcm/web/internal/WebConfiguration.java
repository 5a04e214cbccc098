package org.cbcm.web.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cbcm.shared.CurrentViewer;
import org.cbcm.shared.DeclaredEndpoints;
import org.cbcm.shared.Viewer;
import org.cbcm.shared.ViewerSource;
import org.cbcm.web.LanguagePreference;
import org.cbcm.web.Navigation;
import org.cbcm.web.PathIdentifier;
import org.cbcm.web.PublicAddress;
import org.cbcm.web.SiteNotices;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.format.FormatterRegistry;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.StringUtils;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.handler.MappedInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.VersionResourceResolver;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Languages (chosen with {@code ?lang=}, remembered in a cookie, else the browser's),
 * ETags on every page and API answer so that readers and caches can skip what did not
 * change, and cbcm's public address with the cookies' TLS that follows from it.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	private final WebSettings settings;

	private final CurrentViewer viewers;

	private final List<Navigation> navigation;

	private final List<SiteNotices> notices;

	private final JsonMapper json;

	private final List<PathIdentifier<?>> identifiers;

	/** Where a signed-in person's switch of language is kept (read when used). */
	private final ObjectProvider<LanguagePreference> preferences;

	/** The request attribute holding the language switched to in this very request. */
	private static final String LANGUAGE_CHOSEN = WebConfiguration.class.getName() + ".languageChosen";

	WebConfiguration(WebSettings settings, CurrentViewer viewers, List<Navigation> navigation,
			List<SiteNotices> notices, JsonMapper json, List<PathIdentifier<?>> identifiers,
			ObjectProvider<LanguagePreference> preferences) {
		this.preferences = preferences;
		this.settings = settings;
		this.viewers = viewers;
		this.navigation = navigation;
		this.notices = notices;
		this.json = json;
		this.identifiers = identifiers;
	}

	/**
	 * Every identifier the modules declare ({@link PathIdentifier}) is read from its text
	 * by its declaration, and by nothing else: a type declared twice stops the start.
	 */
	@Override
	public void addFormatters(FormatterRegistry registry) {
		Set<Class<?>> declared = new HashSet<>();
		for (PathIdentifier<?> identifier : identifiers) {
			if (!declared.add(identifier.type())) {
				throw new IllegalStateException(
						"The identifier " + identifier.type().getName() + " is declared more than once");
			}
			register(registry, identifier);
		}
	}

	private static <T> void register(FormatterRegistry registry, PathIdentifier<T> identifier) {
		registry.addConverter(String.class, identifier.type(), identifier::read);
	}

	/**
	 * Request bodies are read strictly ({@link JsonInput}); answers are written as usual.
	 */
	@Override
	public void configureMessageConverters(HttpMessageConverters.ServerBuilder converters) {
		converters.withJsonConverter(new JacksonJsonHttpMessageConverter(JsonInput.strict(json)));
	}

	@Bean
	PublicAddress publicAddress() {
		return new PublicAddress(settings.baseUrl());
	}

	/**
	 * The session cookie goes over TLS only when people reach cbcm over {@code https} (or
	 * when {@code server.servlet.session.cookie.secure} says so, which Spring Boot
	 * applies before this); it is {@code SameSite=Lax} by {@code application.yml}.
	 */
	@Bean
	ServletContextInitializer secureSessionCookie(PublicAddress address) {
		return servletContext -> {
			if (address.secure()) {
				servletContext.getSessionCookieConfig().setSecure(true);
			}
		};
	}

	@Bean
	LocaleResolver localeResolver(PublicAddress address) {
		CookieLocaleResolver cookie = new CookieLocaleResolver("cbcm-language");
		cookie.setCookieMaxAge(Duration.ofDays(365));
		cookie.setCookieSecure(address.secure());
		cookie.setRejectInvalidCookies(false);
		cookie.setDefaultLocale(settings.defaultLanguage());
		cookie.setDefaultLocaleFunction(request -> offered(request.getLocale()).orElse(settings.defaultLanguage()));
		return new OfferedLanguages(cookie);
	}

	/**
	 * The static files: cbcm's own styles and scripts, named by their content's hash, and
	 * the web jars, named by their version; all kept by browsers for a week. Only these
	 * paths are resources (Spring Boot's own mapping of every path is off), so that the
	 * links a page writes ({@code @{/initiatives?country=KEN}}) are not looked up as
	 * files on the class path, which cost pages with many links most of their time.
	 */
	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		CacheControl week = CacheControl.maxAge(Duration.ofDays(7));
		for (String folder : List.of("css", "js")) {
			registry.addResourceHandler("/" + folder + "/**")
				.addResourceLocations("classpath:/static/" + folder + "/")
				.setCacheControl(week)
				.resourceChain(true)
				.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
		}
		// The API guide and its scripts (docs/api.md), as texts to read.
		registry.addResourceHandler("/docs/**")
			.addResourceLocations("classpath:/static/docs/")
			.setCacheControl(CacheControl.noCache());
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(week)
			.resourceChain(true);
		// Any other path: a handler without locations, which answers that there is
		// nothing
		// there, as a page with the whole frame (the interceptors run for it).
		registry.addResourceHandler("/**");
	}

	/** Writes the links to static files with their content hash or version. */
	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrls() {
		return new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new RequestCheck.Rejection());
		registry.addInterceptor(new LanguageSwitch());
		registry.addInterceptor(new LayoutAttributes(settings, viewers, navigation, notices));
		registry.addInterceptor(new CachePolicy(viewers));
	}

	/**
	 * Deny by default ({@link UndeclaredHandlers}), as a mapped interceptor so that every
	 * handler mapping runs it (the actuator's too), before the interceptors above.
	 */
	@Bean
	MappedInterceptor undeclaredHandlers(DeclaredEndpoints endpoints) {
		return new MappedInterceptor(null, new UndeclaredHandlers(endpoints));
	}

	@Bean
	FilterRegistrationBean<RequestCheck.Filter> requestCheck(
			@org.springframework.beans.factory.annotation.Value("${server.tomcat.max-http-form-post-size:2MB}") org.springframework.util.unit.DataSize formLimit,
			DeclaredEndpoints endpoints) {
		FilterRegistrationBean<RequestCheck.Filter> registration = new FilterRegistrationBean<>(
				new RequestCheck.Filter(formLimit.toBytes(), endpoints));
		// After the character encoding filter, before anything reads a parameter.
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
		return registration;
	}

	/** Watches the database for changes, which end what the {@link PageCache} keeps. */
	@Bean
	static DataWrites dataWrites() {
		return new DataWrites();
	}

	/**
	 * The public pages as anonymous readers last got them; after the security filters
	 * (which tell who is reading), before the ETags.
	 */
	@Bean
	FilterRegistrationBean<PageCache> pageCache(DataWrites writes, LocaleResolver locales, Clock clock) {
		FilterRegistrationBean<PageCache> registration = new FilterRegistrationBean<>(
				new PageCache(writes, this.viewers, locales, clock));
		registration.setOrder(0);
		registration.setEnabled(this.settings.pageCache());
		return registration;
	}

	/**
	 * ETags on the downloads, standing for the database's state rather than a hash of
	 * what is streamed; after the security filters (which tell who is reading).
	 */
	@Bean
	FilterRegistrationBean<DownloadEtags> downloadEtags(DataWrites writes, javax.sql.DataSource dataSource,
			LocaleResolver locales) {
		FilterRegistrationBean<DownloadEtags> registration = new FilterRegistrationBean<>(
				new DownloadEtags(writes, dataSource, this.viewers, locales));
		registration.setOrder(1);
		return registration;
	}

	/**
	 * ETags on the pages, so that a reader who comes back downloads a page again only
	 * when it has changed (the registry's and the analysis' pages too: their first answer
	 * carries one as well as those the {@link PageCache} serves again); not on the
	 * downloads of the registry and the analysis, which are streamed rather than held
	 * whole to be hashed.
	 */
	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> etags() {
		ShallowEtagHeaderFilter filter = new PageEtags();
		// Weak ETags: Tomcat does not compress a response that carries a strong one.
		filter.setWriteWeakETag(true);
		FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(filter);
		registration.addUrlPatterns("/", "/action-plan", "/action-plan/*", "/countries", "/countries/*",
				"/organisations", "/organisations/*", "/initiatives", "/initiatives/*", "/coordination",
				"/coordination/*", "/maps/*", "/api/*");
		return registration;
	}

	/** ETags on everything the filter is mapped to but the downloads. */
	private static final class PageEtags extends ShallowEtagHeaderFilter {

		@Override
		protected boolean shouldNotFilter(HttpServletRequest request) throws ServletException {
			return DownloadEtags.DOWNLOAD.matcher(request.getRequestURI().substring(request.getContextPath().length()))
				.matches() || super.shouldNotFilter(request);
		}

	}

	private Optional<Locale> offered(Locale requested) {
		return settings.languages()
			.stream()
			.filter(language -> language.getLanguage().equals(requested.getLanguage()))
			.findFirst();
	}

	/**
	 * Answers only with an offered language: a cookie or browser asking for another (or
	 * for nothing readable) gets the default, so that a page never claims a language it
	 * is not in.
	 */
	private final class OfferedLanguages implements LocaleResolver {

		private final LocaleResolver delegate;

		OfferedLanguages(LocaleResolver delegate) {
			this.delegate = delegate;
		}

		/**
		 * A signed-in person's own language first; then, for the API, the request's
		 * {@code Accept-Language}; then the {@code lang} choice kept in the cookie; then
		 * the browser's {@code Accept-Language}; then the default.
		 */
		@Override
		public Locale resolveLocale(HttpServletRequest request) {
			if (request.getAttribute(LANGUAGE_CHOSEN) instanceof Locale chosen) {
				return chosen;
			}
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			if (authentication != null && authentication.getPrincipal() instanceof ViewerSource source) {
				Optional<Locale> own = source.language().flatMap(WebConfiguration.this::offered);
				if (own.isPresent() && !(api(request) && request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) != null)) {
					return own.get();
				}
			}
			if (api(request) && request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) != null) {
				return offered(request.getLocale()).orElse(settings.defaultLanguage());
			}
			return offered(delegate.resolveLocale(request)).orElse(settings.defaultLanguage());
		}

		private static boolean api(HttpServletRequest request) {
			return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
		}

		@Override
		public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response,
				@Nullable Locale locale) {
			delegate.setLocale(request, response, locale);
		}

	}

	/**
	 * Switches to the language {@code ?lang=} names when it is offered; otherwise keeps
	 * the current one.
	 */
	private final class LanguageSwitch implements HandlerInterceptor {

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
			String requested = request.getParameter("lang");
			if (StringUtils.hasText(requested)) {
				Optional<Locale> language = requested.strip().matches("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*")
						? offered(Locale.forLanguageTag(requested.strip())) : Optional.empty();
				if (language.isEmpty()) {
					// Said on the page, in the language it is shown in.
					request.setAttribute("languageRefused", StringUtils.truncate(requested.strip(), 20));
					return true;
				}
				LocaleResolver resolver = RequestContextUtils.getLocaleResolver(request);
				if (resolver != null) {
					resolver.setLocale(request, response, language.get());
				}
				Viewer viewer = viewers.get();
				if (viewer.signedIn()) {
					preferences.forEach(preference -> preference.choose(viewer, language.get()));
					// This request speaks the new language already; the principal
					// catches up on the next.
					request.setAttribute(LANGUAGE_CHOSEN, language.get());
				}
			}
			return true;
		}

	}

}
