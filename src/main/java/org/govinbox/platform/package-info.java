/**
 * Platform: what every component stands on, with no business of its own.
 * <p>
 * Owns the JAX-RS application under {@code /api}, the application's data source and its Flyway migration
 * ({@code Database}), readiness ({@code /health/ready}), the access filter, problem+json error mapping,
 * request limits, security headers, paging and the injected clock; and what lets several instances share one
 * database: job leases ({@code JobLeases}), the change log ({@code ChangeLog}, {@code ChangeFeed}) and the maps of
 * the data grid ({@code SharedMaps}).
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
 * <li>R6 Every scheduled job runs on one instance at a time: the holder of its lease in the database, renewed at
 *     each tick; when the holder dies, the next instance takes the job over once the lease has run out.</li>
 * <li>R7 A change committed on one instance reaches what every other instance keeps in memory (search index, public
 *     caches, dashboard facts, calendar) through the change log, within about one poll
 *     ({@code govinbox.cluster.change-poll-millis}, 1 s).</li>
 * </ol>
 */
package org.govinbox.platform;
