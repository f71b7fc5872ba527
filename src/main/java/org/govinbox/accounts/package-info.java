/**
 * Accounts: departments, staff accounts and their roles, sign-in, sessions and the audit trail.
 * <p>
 * Boundary operations: sign in / out and change one's password ({@code Sessions}); create and rename
 * departments ({@code Departments}); create, change, disable, enable accounts and reset their passwords
 * ({@code Accounts}); record and read audit events ({@code AuditTrail}, which every component writes to).
 * <p>
 * Rules:
 * <ol>
 * <li>R1 An account an administrator created or reset must change its password before anything else.</li>
 * <li>R2 A disabled account cannot sign in and its sessions end at once.</li>
 * <li>R3 A session ends after the idle timeout and in any case after its maximum lifetime.</li>
 * <li>R4 After the configured number of failed sign-ins a username is locked for the lock period, whether or
 *     not the account exists.</li>
 * <li>R5 Passwords follow the configured policy and are stored only as PBKDF2-HMAC-SHA256 hashes.</li>
 * <li>R6 Every state change records an audit event in the same transaction; refused accesses are recorded.</li>
 * <li>R7 Department codes are unique and never change.</li>
 * <li>R8 Usernames are unique, lower case.</li>
 * <li>R9 Dispatchers, handlers and publishers belong to a department.</li>
 * <li>R10 An administrator cannot disable their own account or drop their own ADMIN role.</li>
 * <li>R11 No default password: the first administrator gets the configured password or a random one printed
 *     once.</li>
 * <li>R12 Demo data only when switched on, only on an empty database.</li>
 * </ol>
 */
package org.govinbox.accounts;
