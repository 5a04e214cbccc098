package org.cbcm.identity.internal;

import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cbcm.shared.Endpoint;
import org.cbcm.web.PublicAddress;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may call what, and how people and programs sign in. Three chains: the one endpoint
 * that takes a password over HTTP Basic (to get a first API token), the rest of the API
 * (tokens only, no session, no CSRF as no cookie signs in), and the pages (form sign-in,
 * session, CSRF on every form, taken from the form's body or a header only). All three
 * authorize by the modules' endpoint declarations ({@link DeclaredAccess}), and none
 * names the request's Host in a redirect.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
			+ "style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	ThrottledSignIn signIn(AccountDetails details, PasswordEncoder passwords, SignInThrottle throttle, AuditLog audit) {
		return new ThrottledSignIn(details, passwords, throttle, audit);
	}

	@Bean
	@Order(1)
	SecurityFilterChain firstToken(HttpSecurity http, DeclaredAccess access, ProblemResponses problems,
			BearerTokens bearer, PublicAddress address) throws Exception {
		return http.securityMatcher(Endpoint.FIRST_TOKEN)
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.httpBasic(basic -> basic.authenticationEntryPoint(problems.unauthorized("Basic realm=\"cbcm\"")))
			.addFilterBefore(bearer, BasicAuthenticationFilter.class)
			.authorizeHttpRequests(requests -> requests.anyRequest().access(access))
			.exceptionHandling(exceptions -> exceptions
				.authenticationEntryPoint(problems.unauthorized("Basic realm=\"cbcm\", Bearer"))
				.accessDeniedHandler(problems.forbidden()))
			.headers(headers(address))
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain api(HttpSecurity http, DeclaredAccess access, ProblemResponses problems, BearerTokens bearer,
			PublicAddress address) throws Exception {
		return http.securityMatcher("/api/**")
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.addFilterBefore(bearer, BasicAuthenticationFilter.class)
			.authorizeHttpRequests(requests -> requests.anyRequest().access(access))
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems.unauthorized("Bearer"))
				.accessDeniedHandler(problems.forbidden()))
			.headers(headers(address))
			.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain pages(HttpSecurity http, DeclaredAccess access, Accounts accounts, PublicAddress address)
			throws Exception {
		SavedRequestAwareAuthenticationSuccessHandler signedIn = new SavedRequestAwareAuthenticationSuccessHandler();
		signedIn.setRedirectStrategy(new RelativeRedirects());
		LoginUrlAuthenticationEntryPoint signInFirst = new LoginUrlAuthenticationEntryPoint("/login");
		signInFirst.setFavorRelativeUris(true);
		return http.addFilterAfter(new SessionAccounts(accounts), SecurityContextHolderFilter.class)
			.authorizeHttpRequests(requests -> requests.anyRequest().access(access))
			.csrf(csrf -> csrf.csrfTokenRequestHandler(new FormCsrfTokens()))
			.formLogin(form -> form.loginPage("/login")
				.usernameParameter("email")
				.passwordParameter("password")
				.successHandler(signedIn)
				.failureHandler(signInFailure())
				.permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signed-out").permitAll())
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(signInFirst))
			.headers(headers(address))
			.headers(headers -> headers
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				// Pages say themselves whether they may be cached (CachePolicy): public
				// pages revalidate by ETag.
				.cacheControl(cache -> cache.disable()))
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
			.requestCache(Customizer.withDefaults())
			.build();
	}

	/**
	 * The headers every answer carries: the content security policy, and HSTS whenever
	 * people reach cbcm over {@code https}, also when TLS ends at a proxy in front of
	 * cbcm and the request reaches it as plain HTTP.
	 */
	private static Customizer<HeadersConfigurer<HttpSecurity>> headers(PublicAddress address) {
		return headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.httpStrictTransportSecurity(hsts -> hsts.requestMatcher(request -> request.isSecure() || address.secure())
				.maxAgeInSeconds(Duration.ofDays(365).toSeconds()));
	}

	@Bean
	BearerTokens bearerTokens(ApiTokens tokens, Accounts accounts, ProblemResponses problems, Clock clock) {
		return new BearerTokens(tokens, accounts, problems, clock);
	}

	/**
	 * Sends the person back to the sign-in page: that the email or the password is wrong,
	 * or how long to wait after too many failures. The answer is the same whether the
	 * account exists or not.
	 */
	private static AuthenticationFailureHandler signInFailure() {
		return (HttpServletRequest request, HttpServletResponse response, AuthenticationException exception) -> {
			String query = (exception instanceof SignInThrottled throttled) ? "throttled=" + throttled.seconds()
					: "error";
			response.sendRedirect(request.getContextPath() + "/login?" + query);
		};
	}

}
