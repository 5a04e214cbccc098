package org.cbcm.support;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cbcm.shared.Role;
import org.cbcm.identity.internal.TestAccounts;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.OrganisationId;

import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The callers the kinds' access tables ({@link AccessTable}) try, by the names their
 * tests print: nobody signed in, the Secretariat, Kenya's focal point and national user,
 * Uganda's, a reporter of an organisation, and an expert. A table names the callers it
 * refuses; the others must be let through.
 */
public final class AccessCallers {

	public static final String ANONYMOUS = "anonymous";

	public static final String SECRETARIAT = "Secretariat";

	public static final String FOCAL_POINT = "NFP of Kenya";

	public static final String NATIONAL_USER = "national user of Kenya";

	public static final String OTHER_FOCAL_POINT = "NFP of Uganda";

	public static final String OTHER_USER = "national user of Uganda";

	public static final String REPORTER = "reporter of an organisation";

	public static final String EXPERT = "expert";

	private AccessCallers() {
	}

	/**
	 * The callers named (all of them when none is), in the order above; anonymous has no
	 * details.
	 * @param reporting the organisation the reporter reports for
	 */
	public static Map<String, UserDetails> of(ApplicationContext context, OrganisationId reporting, String... names) {
		TestAccounts people = TestAccounts.in(context);
		CountryCode kenya = CountryCode.of("KEN");
		CountryCode uganda = CountryCode.of("UGA");
		List<String> wanted = Arrays.asList(names);
		Map<String, UserDetails> callers = new LinkedHashMap<>();
		for (String name : List.of(ANONYMOUS, SECRETARIAT, FOCAL_POINT, NATIONAL_USER, OTHER_FOCAL_POINT, OTHER_USER,
				REPORTER, EXPERT)) {
			if (!wanted.isEmpty() && !wanted.contains(name)) {
				continue;
			}
			callers.put(name, switch (name) {
				case ANONYMOUS -> null;
				case SECRETARIAT -> people.admin();
				case FOCAL_POINT -> people.holding(Role.NATIONAL_FOCAL_POINT, kenya);
				case NATIONAL_USER -> people.holding(Role.NATIONAL_USER, kenya);
				case OTHER_FOCAL_POINT -> people.holding(Role.NATIONAL_FOCAL_POINT, uganda);
				case OTHER_USER -> people.holding(Role.NATIONAL_USER, uganda);
				case REPORTER -> people.holding(Role.ORGANISATION_REPORTER, reporting);
				default -> people.holding(Role.EXPERT, "none");
			});
		}
		return callers;
	}

}
