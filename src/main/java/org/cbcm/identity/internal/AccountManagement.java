package org.cbcm.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.cbcm.directory.CountryDirectory;
import org.cbcm.directory.OrganisationDirectory;
import org.cbcm.identity.internal.AuditLog.Party;
import org.cbcm.identity.internal.OneTimeLinks.Found;
import org.cbcm.identity.internal.OneTimeLinks.Issued;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.EmailAddress;
import org.cbcm.shared.ForbiddenException;
import org.cbcm.shared.Grant;
import org.cbcm.shared.InvalidRequestException;
import org.cbcm.shared.NotFoundException;
import org.cbcm.shared.Paging;
import org.cbcm.shared.ResultPage;
import org.cbcm.shared.Role;
import org.cbcm.shared.UserId;
import org.cbcm.shared.Viewer;
import org.jspecify.annotations.Nullable;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The use cases of accounts: the Secretariat creates accounts and grants roles, a focal
 * point invites the national users of its country, people accept invitations, reset and
 * change their passwords and keep their API tokens. Each refuses what the person asking
 * may not do, and bad input, before it changes anything.
 */
@Service
@Transactional
public class AccountManagement implements org.cbcm.identity.ExpertInvitations {

	/**
	 * The languages a person may choose for pages and mails: the six official languages
	 * of the UN.
	 */
	static final List<String> LANGUAGES = List.of("en", "fr", "es", "ru", "zh", "ar");

	/**
	 * The most roles one request may grant: a person holds a handful, and each is checked
	 * and written one by one.
	 */
	public static final int MAX_GRANTS = 50;

	private final Accounts accounts;

	private final OneTimeLinks links;

	private final ApiTokens tokens;

	private final AuditLog audit;

	private final Mail mail;

	private final GrantWords grantWords;

	private final PasswordEncoder passwords;

	private final CountryDirectory countries;

	private final OrganisationDirectory organisations;

	private final IdentitySettings settings;

	private final Clock clock;

	private final Buckets resetMails;

	AccountManagement(Accounts accounts, OneTimeLinks links, ApiTokens tokens, AuditLog audit, Mail mail,
			GrantWords grantWords, PasswordEncoder passwords, CountryDirectory countries,
			OrganisationDirectory organisations, IdentitySettings settings, Clock clock) {
		this.accounts = accounts;
		this.links = links;
		this.tokens = tokens;
		this.audit = audit;
		this.mail = mail;
		this.grantWords = grantWords;
		this.passwords = passwords;
		this.countries = countries;
		this.organisations = organisations;
		this.settings = settings;
		this.clock = clock;
		this.resetMails = new Buckets(settings.resetMailsPerAddress(), settings.resetMailPeriod(),
				settings.throttleMemory(), clock);
	}

	/**
	 * A new account as the Secretariat asks for it.
	 *
	 * @param email where the person is reached; the sign-in name
	 * @param name how the person is called
	 * @param language the language of their pages and mails
	 * @param password a first password; without one, an invitation goes out by mail
	 * @param grants the roles the person is to hold
	 */
	public record NewAccount(String email, String name, String language, @Nullable String password,
			List<Grant> grants) {
	}

	/**
	 * What came of creating or inviting: the account, and what became of its invitation
	 * mail when one was written.
	 */
	public record Outcome(UserId user, @Nullable MailDelivery invitation) {

		public boolean invited() {
			return invitation != null;
		}

	}

	public Outcome createAccount(NewAccount request, Viewer by) {
		secretariatOnly(by);
		String email = checkedEmail(request.email());
		String name = checkedName(request.name());
		Locale language = checkedLanguage(request.language());
		if (request.grants().isEmpty()) {
			throw new InvalidRequestException("roles", "account.roles.missing");
		}
		grantsMustBeFew(request.grants().size());
		request.grants().forEach(this::checkScope);
		if (accounts.findByEmail(email).isPresent()) {
			throw new InvalidRequestException("email", "account.email.taken", email);
		}
		String password = (request.password() == null || request.password().isEmpty()) ? null : request.password();
		if (password != null) {
			PasswordPolicy.passwordMustBeStrong("password", password, email);
		}
		Instant now = clock.instant();
		UserId id = new UserId(UUID.randomUUID());
		accounts.insert(id, email, name, language, (password != null) ? passwords.encode(password) : null, now,
				by.user());
		Party subject = new Party(id, email);
		audit.record(AuditEventType.USER_CREATED, actor(by), subject, null);
		for (Grant grant : request.grants()) {
			accounts.addGrant(id, grant, now, by.user());
			audit.record(AuditEventType.ROLE_GRANTED, actor(by), subject, describe(grant));
		}
		if (password != null) {
			return new Outcome(id, null);
		}
		return new Outcome(id, sendInvitation(get(id), by, now));
	}

	/**
	 * A focal point (or the Secretariat) invites a national user of the country. A person
	 * who already has an account is given the role and told by mail.
	 */
	public Outcome inviteNationalUser(CountryCode country, String email, String name, String language, Viewer by) {
		if (!by.isSecretariat() && !by.holds(Role.NATIONAL_FOCAL_POINT, country)) {
			throw new ForbiddenException("account.invite.not-focal-point", country.value());
		}
		countries.get(country);
		String checkedEmail = checkedEmail(email);
		Grant grant = Grant.of(Role.NATIONAL_USER, country);
		if (accounts.findByEmail(checkedEmail).isPresent()) {
			// A focal point does not change accounts it does not own; the Secretariat
			// grants roles to them.
			throw new InvalidRequestException("email", "account.invite.exists", checkedEmail);
		}
		Instant now = clock.instant();
		return createForInvitation(checkedEmail, checkedName(name), checkedLanguage(language), List.of(grant), by, now);
	}

	@Override
	public Invited inviteExpert(CountryCode country, String email, String name, String language, Viewer by) {
		if (!by.isSecretariat() && !by.holds(Role.NATIONAL_FOCAL_POINT, country)) {
			throw new ForbiddenException("account.invite.not-focal-point", country.value());
		}
		countries.get(country);
		String checkedEmail = checkedEmail(email);
		if (accounts.findByEmail(checkedEmail).isPresent()) {
			throw new InvalidRequestException("email", "account.invite.exists", checkedEmail);
		}
		Outcome outcome = createForInvitation(checkedEmail, checkedName(name), checkedLanguage(language),
				List.of(Grant.expert()), by, clock.instant());
		return new Invited(outcome.user(), outcome.invitation() == MailDelivery.SENT);
	}

	public void grant(UserId user, Grant grant, Viewer by) {
		secretariatOnly(by);
		checkScope(grant);
		Account account = get(user);
		if (accounts.addGrant(user, grant, clock.instant(), by.user())) {
			audit.record(AuditEventType.ROLE_GRANTED, actor(by), Party.of(account), describe(grant));
		}
	}

	/**
	 * Takes a role away: the Secretariat any, a focal point the national users of its
	 * country.
	 */
	public void revoke(UserId user, Grant grant, Viewer by) {
		boolean focalPointOfTheCountry = grant.role() == Role.NATIONAL_USER && grant.country() != null
				&& by.holds(Role.NATIONAL_FOCAL_POINT, grant.country());
		if (!by.isSecretariat() && !focalPointOfTheCountry) {
			throw new ForbiddenException("account.secretariat-only");
		}
		Account account = get(user);
		if (user.equals(by.user()) && grant.role() == Role.SECRETARIAT) {
			throw new InvalidRequestException("role", "account.revoke.own-secretariat");
		}
		if (accounts.removeGrant(user, grant)) {
			audit.record(AuditEventType.ROLE_REVOKED, actor(by), Party.of(account), describe(grant));
		}
	}

	public void setEnabled(UserId user, boolean enabled, Viewer by) {
		secretariatOnly(by);
		if (user.equals(by.user()) && !enabled) {
			throw new InvalidRequestException("enabled", "account.disable.self");
		}
		Account account = get(user);
		accounts.setEnabled(user, enabled, clock.instant());
		audit.record(enabled ? AuditEventType.ACCOUNT_ENABLED : AuditEventType.ACCOUNT_DISABLED, actor(by),
				Party.of(account), null);
	}

	/**
	 * Sends a new invitation, which replaces the earlier ones; for accounts without a
	 * password yet.
	 */
	public MailDelivery resendInvitation(UserId user, Viewer by) {
		Account account = get(user);
		boolean focalPointOfTheirCountry = account.grants()
			.stream()
			.anyMatch(grant -> grant.role() == Role.NATIONAL_USER && grant.country() != null
					&& by.holds(Role.NATIONAL_FOCAL_POINT, grant.country()));
		if (!by.isSecretariat() && !focalPointOfTheirCountry) {
			throw new ForbiddenException("account.secretariat-only");
		}
		if (account.active()) {
			throw new InvalidRequestException("user", "account.invitation.already-active", account.email());
		}
		return sendInvitation(account, by, clock.instant());
	}

	/**
	 * What a person following an invitation or reset link sees before setting a password.
	 */
	public record LinkHolder(String email, String name, Instant expiresAt) {
	}

	@Transactional(readOnly = true)
	public LinkHolder linkHolder(String secret, LinkPurpose purpose) {
		Found found = usable(secret, purpose);
		Account account = get(found.user());
		return new LinkHolder(account.email(), account.name(), found.expiresAt());
	}

	/** Sets the first password from an invitation link, which is then spent. */
	public void acceptInvitation(String secret, String password, String repeated) {
		Found found = usable(secret, LinkPurpose.INVITATION);
		Account account = get(found.user());
		setNewPassword(account, password, repeated, "password");
		if (!links.use(secret, clock.instant())) {
			throw new InvalidRequestException("link", "link.used");
		}
		audit.record(AuditEventType.INVITATION_ACCEPTED, Party.of(account), Party.of(account), null);
	}

	/**
	 * Sends a reset link to the account with the email, if there is one; says nothing
	 * either way. {@code resetMailsPerAddressAreFew}: an address gets a few reset mails a
	 * period at most, so that nobody can fill a person's mailbox through cbcm; the links
	 * already sent keep working.
	 */
	public void requestPasswordReset(String email) {
		if (email == null || email.isBlank() || email.length() > 254) {
			throw new InvalidRequestException("email", "email.invalid", String.valueOf(email));
		}
		accounts.findByEmail(email).filter(Account::enabled).ifPresent(account -> {
			Buckets.Taken mailed = resetMails.take(Accounts.emailKey(account.email()));
			if (!mailed.taken()) {
				audit.record(AuditEventType.PASSWORD_RESET_REQUESTED, Party.NOBODY, Party.of(account),
						"no mail: " + settings.resetMailsPerAddress() + " sent lately");
				return;
			}
			Issued issued = links.issue(account.id(), LinkPurpose.PASSWORD_RESET, settings.passwordResetValidity(),
					clock.instant(), null);
			mail.send(account.email(), account.language(), "mail.reset", account.name(),
					mail.link("/password-reset/" + issued.secret()),
					mail.moment(issued.expiresAt(), account.language()));
			audit.record(AuditEventType.PASSWORD_RESET_REQUESTED, Party.NOBODY, Party.of(account), null);
		});
	}

	public void resetPassword(String secret, String password, String repeated) {
		Found found = usable(secret, LinkPurpose.PASSWORD_RESET);
		Account account = get(found.user());
		setNewPassword(account, password, repeated, "password");
		if (!links.use(secret, clock.instant())) {
			throw new InvalidRequestException("link", "link.used");
		}
		audit.record(AuditEventType.PASSWORD_RESET, Party.of(account), Party.of(account), null);
	}

	public void changePassword(Viewer who, String current, String password, String repeated) {
		Account account = self(who);
		if (account.passwordHash() == null || !passwords.matches(current, account.passwordHash())) {
			throw new InvalidRequestException("current", "password.current.wrong");
		}
		setNewPassword(account, password, repeated, "password");
		audit.record(AuditEventType.PASSWORD_CHANGED, Party.of(account), Party.of(account), null);
	}

	public void updateProfile(Viewer who, int version, String name, String language) {
		Account account = self(who);
		if (!accounts.updateProfile(account.id(), version, checkedName(name), checkedLanguage(language),
				clock.instant())) {
			throw new InvalidRequestException("version", "account.profile.stale");
		}
		audit.record(AuditEventType.PROFILE_CHANGED, Party.of(account), Party.of(account), null);
	}

	/**
	 * The person switched the language of the pages: it becomes their language, for pages
	 * in every session and for mails. A language cbcm does not offer changes nothing.
	 */
	public void chooseLanguage(Viewer who, Locale language) {
		if (who.user() == null || !LANGUAGES.contains(language.getLanguage())) {
			return;
		}
		accounts.setLanguage(who.user(), Locale.forLanguageTag(language.getLanguage()), clock.instant());
	}

	/** How the person is told of the workflow steps of records. */
	@Transactional(readOnly = true)
	public Notices notices(Viewer who) {
		return accounts.notices(self(who).id());
	}

	/**
	 * The person chooses how to be told of workflow steps: {@code EACH} (one mail per
	 * step) or {@code DAILY} (one mail a day).
	 */
	public void chooseNotices(Viewer who, @Nullable String choice) {
		Account account = self(who);
		Notices notices;
		try {
			notices = Notices.valueOf((choice == null) ? "" : choice);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidRequestException("notices", "account.notices.invalid");
		}
		accounts.setNotices(account.id(), notices, clock.instant());
	}

	public ApiTokens.Created createToken(Viewer who, String name, @Nullable Integer days) {
		Account account = self(who);
		String checked = (name == null) ? "" : name.strip();
		if (checked.isEmpty() || checked.length() > 100) {
			throw new InvalidRequestException("name", "token.name.invalid", 100);
		}
		long maxDays = settings.tokenMaxLifetime().toDays();
		Duration lifetime = (days == null) ? settings.tokenDefaultLifetime() : Duration.ofDays(days);
		if (days != null && (days < 1 || days > maxDays)) {
			throw new InvalidRequestException("days", "token.days.invalid", days, maxDays);
		}
		Instant now = clock.instant();
		ApiTokens.Created created = tokens.create(account.id(), checked, now, now.plus(lifetime));
		audit.record(AuditEventType.TOKEN_CREATED, Party.of(account), Party.of(account),
				checked + " (" + created.token().prefix() + ")");
		return created;
	}

	public void revokeToken(Viewer who, UUID token) {
		Account account = self(who);
		if (!tokens.revoke(account.id(), token, clock.instant())) {
			throw new NotFoundException("token.not-found", token);
		}
		audit.record(AuditEventType.TOKEN_REVOKED, Party.of(account), Party.of(account), token.toString());
	}

	@Transactional(readOnly = true)
	public List<ApiTokens.Token> tokens(Viewer who) {
		return tokens.of(self(who).id());
	}

	@Transactional(readOnly = true)
	public Account account(UserId id) {
		return get(id);
	}

	@Transactional(readOnly = true)
	public Account self(Viewer who) {
		return who.userId().flatMap(accounts::find).orElseThrow(() -> new ForbiddenException("account.signed-out"));
	}

	@Transactional(readOnly = true)
	public ResultPage<Account> search(AccountFilter filter, Paging paging, Viewer by) {
		secretariatOnly(by);
		return accounts.search(filter, paging);
	}

	/**
	 * The people holding a national role for the country, for its focal points and the
	 * Secretariat.
	 */
	@Transactional(readOnly = true)
	public List<Account> nationalUsers(CountryCode country, Viewer by) {
		if (!by.isSecretariat() && !by.holds(Role.NATIONAL_FOCAL_POINT, country)) {
			throw new ForbiddenException("account.invite.not-focal-point", country.value());
		}
		return accounts.holding(country, Set.of(Role.NATIONAL_FOCAL_POINT, Role.NATIONAL_USER));
	}

	private Outcome createForInvitation(String email, String name, Locale language, List<Grant> grants, Viewer by,
			Instant now) {
		UserId id = new UserId(UUID.randomUUID());
		accounts.insert(id, email, name, language, null, now, by.user());
		Party subject = new Party(id, email);
		audit.record(AuditEventType.USER_CREATED, actor(by), subject, null);
		for (Grant grant : grants) {
			accounts.addGrant(id, grant, now, by.user());
			audit.record(AuditEventType.ROLE_GRANTED, actor(by), subject, describe(grant));
		}
		return new Outcome(id, sendInvitation(get(id), by, now));
	}

	/**
	 * Mails a new invitation link, saying who invites, for which roles, until when, and
	 * where cbcm is.
	 */
	private MailDelivery sendInvitation(Account account, Viewer by, Instant now) {
		Issued issued = links.issue(account.id(), LinkPurpose.INVITATION, settings.invitationValidity(), now,
				by.user());
		Locale language = account.language();
		MailDelivery delivery = mail.send(account.email(), language, "mail.invitation", account.name(), by.name(),
				mail.link("/invitations/" + issued.secret()), mail.moment(issued.expiresAt(), language),
				grantWords.of(account.grants(), language), mail.link("/login"));
		audit.record(AuditEventType.INVITATION_SENT, actor(by), Party.of(account), switch (delivery) {
			case SENT -> null;
			case LOGGED -> "written to the server log: no mail server is configured";
			case FAILED -> "mail not sent";
		});
		return delivery;
	}

	/**
	 * Sets a new password by any way there is (an invitation, a reset link, a change):
	 * {@code aNewPasswordRevokesTheTokens}, as a password changed because it leaked must
	 * not leave the scripts of whoever took it running; the owner creates new ones.
	 * Sessions end too (the account's security stamp changes).
	 */
	private void setNewPassword(Account account, String password, String repeated, String field) {
		if (password == null || !password.equals(repeated)) {
			throw new InvalidRequestException("repeated", "password.repeat.different");
		}
		PasswordPolicy.passwordMustBeStrong(field, password, account.email());
		Instant now = clock.instant();
		accounts.setPassword(account.id(), passwords.encode(password), now);
		int revoked = tokens.revokeAll(account.id(), now);
		if (revoked > 0) {
			audit.record(AuditEventType.TOKEN_REVOKED, Party.of(account), Party.of(account),
					revoked + " active, as the password was set anew");
		}
	}

	private Found usable(String secret, LinkPurpose purpose) {
		if (secret == null || secret.length() > 100) {
			throw new InvalidRequestException("link", "link.unknown");
		}
		Found found = links.find(secret, purpose, clock.instant())
			.orElseThrow(() -> new InvalidRequestException("link", "link.unknown"));
		if (found.refusal() == OneTimeLinks.Refusal.EXPIRED) {
			throw new InvalidRequestException("link", "link.expired");
		}
		if (found.refusal() == OneTimeLinks.Refusal.USED) {
			throw new InvalidRequestException("link", "link.used");
		}
		return found;
	}

	private void checkScope(Grant grant) {
		if (grant.country() != null && countries.find(grant.country()).isEmpty()) {
			throw new InvalidRequestException("country", "country.not-found", grant.country().value());
		}
		if (grant.organisation() != null && organisations.find(grant.organisation()).isEmpty()) {
			throw new InvalidRequestException("organisation", "organisation.not-found", grant.organisation());
		}
	}

	private Account get(UserId id) {
		return accounts.find(id).orElseThrow(() -> new NotFoundException("account.not-found", id));
	}

	private static void secretariatOnly(Viewer by) {
		if (!by.isSecretariat()) {
			throw new ForbiddenException("account.secretariat-only");
		}
	}

	static String checkedEmail(@Nullable String email) {
		String value = (email == null) ? "" : email.strip();
		if (!EmailAddress.isValid(value)) {
			throw new InvalidRequestException("email", "email.invalid", value);
		}
		return EmailAddress.of(value).value();
	}

	/**
	 * {@code grantsMustBeFew}: a request grants at most {@link #MAX_GRANTS} roles,
	 * refused before any of them is looked at.
	 */
	public static void grantsMustBeFew(int count) {
		if (count > MAX_GRANTS) {
			throw new InvalidRequestException("roles", "account.roles.too-many", count, MAX_GRANTS);
		}
	}

	private static String checkedName(@Nullable String name) {
		String value = (name == null) ? "" : name.strip();
		if (value.isEmpty() || value.length() > 200) {
			throw new InvalidRequestException("name", "account.name.invalid", 200);
		}
		return value;
	}

	private static Locale checkedLanguage(@Nullable String language) {
		String value = (language == null || language.isBlank()) ? "en" : language.strip().toLowerCase(Locale.ROOT);
		if (!LANGUAGES.contains(value)) {
			throw new InvalidRequestException("language", "account.language.invalid", value,
					String.join(", ", LANGUAGES));
		}
		return Locale.forLanguageTag(value);
	}

	static String describe(Grant grant) {
		if (grant.country() != null) {
			return grant.role() + " " + grant.country().value();
		}
		return (grant.organisation() != null) ? grant.role() + " " + grant.organisation() : grant.role().name();
	}

	private static Party actor(Viewer by) {
		return new Party(by.user(), by.signedIn() ? by.email() : null);
	}

}
