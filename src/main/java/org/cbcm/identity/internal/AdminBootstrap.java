package org.cbcm.identity.internal;

import java.time.Clock;
import java.util.Locale;
import java.util.UUID;

import org.cbcm.identity.internal.AuditLog.Party;
import org.cbcm.shared.Grant;
import org.cbcm.shared.InvalidRequestException;
import org.cbcm.shared.UserId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.MessageSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On the first start (no account exists yet) creates the administrator: a Secretariat
 * account with the email and password of {@code CBCM_ADMIN_EMAIL} and
 * {@code CBCM_ADMIN_PASSWORD}, or a generated password printed once to the log.
 */
@Component
class AdminBootstrap implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

	private final Accounts accounts;

	private final AuditLog audit;

	private final PasswordEncoder passwords;

	private final AdminSettings settings;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final MessageSource messages;

	AdminBootstrap(Accounts accounts, AuditLog audit, PasswordEncoder passwords, AdminSettings settings,
			TransactionTemplate transactions, Clock clock, MessageSource messages) {
		this.messages = messages;
		this.accounts = accounts;
		this.audit = audit;
		this.passwords = passwords;
		this.settings = settings;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public void afterSingletonsInstantiated() {
		transactions.executeWithoutResult(status -> {
			if (accounts.count() > 0) {
				return;
			}
			String email = AccountManagement.checkedEmail(settings.email());
			boolean generated = settings.password() == null || settings.password().isBlank();
			String password = generated ? Secrets.newSecret().substring(0, 24) : settings.password();
			try {
				PasswordPolicy.passwordMustBeStrong("CBCM_ADMIN_PASSWORD", password, email);
			}
			catch (InvalidRequestException ex) {
				throw new IllegalStateException("CBCM_ADMIN_PASSWORD is not strong enough: "
						+ messages.getMessage(ex.messageKey(), ex.arguments(), Locale.ENGLISH));
			}
			UserId id = new UserId(UUID.randomUUID());
			accounts.insert(id, email, "Administrator", Locale.ENGLISH, passwords.encode(password), clock.instant(),
					null);
			accounts.addGrant(id, Grant.secretariat(), clock.instant(), null);
			audit.record(AuditEventType.USER_CREATED, Party.NOBODY, new Party(id, email), "first administrator");
			if (generated) {
				log.warn("""

						=====================================================================
						cbcm created its first administrator, shown only this once:
						  email:    {}
						  password: {}
						Sign in at /login and change the password on your account page.
						=====================================================================""", email, password);
			}
			else {
				log.info("cbcm created its first administrator, {}, with the password of CBCM_ADMIN_PASSWORD", email);
			}
		});
	}

}
