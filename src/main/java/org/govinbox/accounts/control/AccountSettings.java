package org.govinbox.accounts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The account settings read once from MicroProfile Config ({@code config/microprofile-config.properties},
 * each overridable by an environment variable).
 */
public record AccountSettings(int maxFailures, Duration lockPeriod, Duration idleTimeout, Duration maxLifetime,
                              int minPasswordLength, boolean requireLetterAndDigit, int hashIterations,
                              Duration maxDelay, int addressMaxFailures, java.util.Set<org.govinbox.accounts.entity.Role> secondFactorRoles) {

    /** T1: whether an account with these roles signs in with a second factor. */
    public boolean needsSecondFactor(java.util.Set<org.govinbox.accounts.entity.Role> roles) {
        return roles.stream().anyMatch(secondFactorRoles::contains);
    }

    public AccountSettings {
        if (maxFailures < 1 || minPasswordLength < 8) {
            throw new IllegalArgumentException(
                    "govinbox.lockout.max-failures must be at least 1 and govinbox.password.min-length at least 8");
        }
    }

    public PasswordPolicy passwordPolicy() {
        return new PasswordPolicy(minPasswordLength, requireLetterAndDigit);
    }

    @ApplicationScoped
    public static class Producer {

        @Produces
        @Singleton
        AccountSettings settings() {
            Config config = ConfigProvider.getConfig();
            return new AccountSettings(
                    config.getValue("govinbox.lockout.max-failures", Integer.class),
                    Duration.ofMinutes(config.getValue("govinbox.lockout.minutes", Integer.class)),
                    Duration.ofMinutes(config.getValue("govinbox.session.idle-minutes", Integer.class)),
                    Duration.ofHours(config.getValue("govinbox.session.max-hours", Integer.class)),
                    config.getValue("govinbox.password.min-length", Integer.class),
                    config.getValue("govinbox.password.require-letter-and-digit", Boolean.class),
                    config.getValue("govinbox.password.hash-iterations", Integer.class),
                    Duration.ofSeconds(config.getOptionalValue("govinbox.lockout.max-delay-seconds", Integer.class).orElse(30)),
                    config.getOptionalValue("govinbox.lockout.address-max-failures", Integer.class).orElse(20),
                    secondFactorRoles(config.getOptionalValue("govinbox.second-factor.roles", String.class).orElse("ADMIN,AUDITOR")));
        }

        /** "ADMIN,AUDITOR" → those roles; "none" → none. */
        static java.util.Set<org.govinbox.accounts.entity.Role> secondFactorRoles(String value) {
            java.util.Set<org.govinbox.accounts.entity.Role> roles = java.util.EnumSet.noneOf(org.govinbox.accounts.entity.Role.class);
            for (String name : value.split("\\s*,\\s*")) {
                if (!name.isBlank() && !name.equalsIgnoreCase("none")) {
                    roles.add(org.govinbox.accounts.entity.Role.valueOf(name.trim().toUpperCase(java.util.Locale.ROOT)));
                }
            }
            return roles;
        }

        @Produces
        @Singleton
        PasswordHasher hasher(AccountSettings settings) {
            return new PasswordHasher(settings.hashIterations());
        }

        @Produces
        @Singleton
        PasswordPolicy policy(AccountSettings settings) {
            return settings.passwordPolicy();
        }
    }
}
