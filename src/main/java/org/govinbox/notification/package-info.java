/**
 * Notification: mail to citizens and departments through an outbox.
 * <p>
 * Boundary operations: {@code Outbox.enqueue} (inside the caller's transaction), the outbox status for
 * administrators, and {@code MailSender}, which delivers after commit.
 * <p>
 * Rules: N1 a message is marked sent only when the SMTP server accepted it; N2 failures are retried with
 * doubling back-off up to a maximum, and nothing is dropped. Mail is never sent inside a business transaction;
 * addresses and contents are never logged.
 */
package org.govinbox.notification;
