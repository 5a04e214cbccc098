package org.cbcm.identity.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of accounts and sign-in ({@code cbcm.identity.*}).
 *
 * @param maxFailedSignIns failed sign-ins in a row after which an account is locked
 * @param lockDuration how long a locked account stays locked
 * @param invitationValidity how long an invitation link works
 * @param passwordResetValidity how long a password reset link works
 * @param tokenDefaultLifetime how long an API token lives when its creator does not say
 * @param tokenMaxLifetime the longest an API token may live
 * @param mailFrom the sender of cbcm's mails
 */
@ConfigurationProperties("cbcm.identity")
record IdentitySettings(@DefaultValue("5") int maxFailedSignIns, @DefaultValue("15m") Duration lockDuration,
		@DefaultValue("7d") Duration invitationValidity, @DefaultValue("2h") Duration passwordResetValidity,
		@DefaultValue("90d") Duration tokenDefaultLifetime, @DefaultValue("365d") Duration tokenMaxLifetime,
		@DefaultValue("cbcm@localhost") String mailFrom) {
}
