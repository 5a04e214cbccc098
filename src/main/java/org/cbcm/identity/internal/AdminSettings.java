package org.cbcm.identity.internal;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The first administrator, created on the first start when no account exists
 * ({@code cbcm.admin.*}, or {@code CBCM_ADMIN_EMAIL} and {@code CBCM_ADMIN_PASSWORD}).
 *
 * @param email the administrator's email
 * @param password the administrator's password; when not given, one is generated and
 * printed once to the log
 */
@ConfigurationProperties("cbcm.admin")
record AdminSettings(@DefaultValue("admin@cbcm.local") String email, @Nullable String password) {
}
