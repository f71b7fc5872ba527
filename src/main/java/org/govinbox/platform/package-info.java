/**
 * Platform: what every component stands on, with no business of its own.
 * <p>
 * Owns the JAX-RS application under {@code /api}, the application's data source and its Flyway migration
 * ({@code Database}), readiness ({@code /health/ready}), the access filter, problem+json error mapping,
 * request limits, security headers, paging and the injected clock.
 * <p>
 * Rules:
 * <ol>
 * <li>R1 Ready only when deployed and the database is reachable and migrated.</li>
 * <li>R2 Secure by default: every API method needs a signed-in caller unless marked {@code @Public};
 *     {@code @Allowed} narrows it to roles (401 without a session, 403 without the role).</li>
 * <li>R3 A cookie-borne session must repeat its CSRF token on every state-changing request.</li>
 * <li>R4 Every error is {@code application/problem+json} with a Chinese title and detail and the fields at
 *     fault; never a stack trace, SQL or a class name.</li>
 * <li>R5 Request bodies over the configured size are refused with 413 before they are stored.</li>
 * </ol>
 */
package org.govinbox.platform;
