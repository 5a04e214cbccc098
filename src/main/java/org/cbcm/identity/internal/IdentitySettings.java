package org.cbcm.identity.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of accounts and sign-in ({@code cbcm.identity.*}).
 *
 * @param invitationValidity how long an invitation link works
 * @param passwordResetValidity how long a password reset link works
 * @param tokenDefaultLifetime how long an API token lives when its creator does not say
 * @param tokenMaxLifetime the longest an API token may live
 * @param mailFrom the sender of cbcm's mails
 * @param signInFreeFailures failed sign-ins in a row on an account name that are answered
 * at once; after them each attempt waits
 * @param signInBackoff the first wait, which doubles with each further failure
 * @param signInMaxBackoff the longest wait: what a stranger trying passwords can cost the
 * account's holder
 * @param signInFailuresPerAddress failed sign-ins one client address may make in a period
 * @param signInAddressPeriod the period, over which the allowance refills evenly
 * @param resetMailsPerAddress password reset mails one email address may get in a period
 * @param resetMailPeriod that period
 * @param throttleMemory how many client addresses, account names and email addresses the
 * throttles remember each, the least recently used forgotten first
 */
@ConfigurationProperties("cbcm.identity")
record IdentitySettings(@DefaultValue("7d") Duration invitationValidity,
		@DefaultValue("2h") Duration passwordResetValidity, @DefaultValue("90d") Duration tokenDefaultLifetime,
		@DefaultValue("365d") Duration tokenMaxLifetime, @DefaultValue("cbcm@localhost") String mailFrom,
		@DefaultValue("5") int signInFreeFailures, @DefaultValue("1s") Duration signInBackoff,
		@DefaultValue("1m") Duration signInMaxBackoff, @DefaultValue("20") int signInFailuresPerAddress,
		@DefaultValue("1m") Duration signInAddressPeriod, @DefaultValue("3") int resetMailsPerAddress,
		@DefaultValue("1h") Duration resetMailPeriod, @DefaultValue("10000") int throttleMemory) {
}
