package org.cbcm.identity.internal;

import java.util.List;
import java.util.Locale;

import org.cbcm.shared.Grant;
import org.cbcm.shared.Role;
import org.cbcm.shared.Viewer;

import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * People for tests, made through the real account use cases: each is created once (by
 * email) with a password and the grants asked for, and returned as the principal a
 * sign-in would give.
 */
public final class TestAccounts {

	/** The password every test person has. */
	public static final String PASSWORD = "Test-Pass-Word-42!";

	private final AccountManagement accounts;

	private final Accounts store;

	private final UserDetailsService details;

	private TestAccounts(ApplicationContext context) {
		this.accounts = context.getBean(AccountManagement.class);
		this.store = context.getBean(Accounts.class);
		this.details = context.getBean(UserDetailsService.class);
	}

	public static TestAccounts in(ApplicationContext context) {
		return new TestAccounts(context);
	}

	/** The administrator the first start created. */
	public UserDetails admin() {
		return details.loadUserByUsername("admin@cbcm.test");
	}

	/** A person with the email and grants, created when missing. */
	public UserDetails person(String email, Grant... grants) {
		if (store.findByEmail(email).isEmpty()) {
			Viewer admin = ((AccountPrincipal) admin()).viewer();
			accounts.createAccount(new AccountManagement.NewAccount(email, email.replaceAll("@.*", ""), "en", PASSWORD,
					List.of(grants)), admin);
		}
		return details.loadUserByUsername(email);
	}

	/**
	 * A person holding one role: for a country, an organisation, or none, as the role
	 * needs.
	 */
	public UserDetails holding(Role role, Object scope) {
		Grant grant = (scope instanceof org.cbcm.shared.CountryCode country) ? Grant.of(role, country)
				: (scope instanceof org.cbcm.shared.OrganisationId organisation) ? Grant.of(role, organisation)
						: new Grant(role, null, null);
		return person(email(role, scope), grant);
	}

	/** The person switches to the language, as the language switch does. */
	public void chooseLanguage(UserDetails person, Locale language) {
		accounts.chooseLanguage(viewerOf(person), language);
	}

	/** The person's language as the account holds it now. */
	public Locale language(UserDetails person) {
		return store.findByEmail(person.getUsername()).orElseThrow().language();
	}

	/** The email of the person {@link #holding(Role, Object)} gives. */
	public static String email(Role role, Object scope) {
		return (role.name() + "-" + scope).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "") + "@people.test";
	}

	public static Viewer viewerOf(UserDetails principal) {
		return ((AccountPrincipal) principal).viewer();
	}

}
