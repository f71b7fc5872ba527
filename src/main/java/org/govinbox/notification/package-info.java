/**
 * Notification: mail to citizens and departments through an outbox.
 * <p>
 * Boundary operations: {@code Outbox.enqueue} (inside the caller's transaction), the outbox status for
 * administrators, and {@code MailSender}, which delivers after commit.
 * <p>
 * Rules: N1 a message is marked sent only when the SMTP server accepted it, and its body is then deleted; N2 failures
 * are retried with doubling back-off up to a maximum; N3 a message refused for good (5xx) a number of times, or
 * undelivered for too long, is given up (dead), its body deleted, and counted for the administrator; N4 one
 * Message-ID across attempts; N5 internationalised domains in their IDNA form. Mail is never sent inside a business
 * transaction; addresses and contents are never logged.
 */
package org.govinbox.notification;
