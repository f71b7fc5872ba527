/**
 * Mailbox: the mayor's and district head's mailboxes (市长信箱 / 区长信箱) as citizens use them — the first case
 * type of the case engine ({@code casework}), reached only through its boundary.
 * <p>
 * Boundary operations ({@code LettersResource}): the form's options, writing a letter (with attachments and an
 * Idempotency-Key), following it, rating the reply, the published replies.
 * <p>
 * Rules ({@code LetterRules}): L1 a configured mailbox and category; L2 title and content not empty after
 * trimming, within their lengths, without control characters; L3 a name; L4 a mainland mobile number; L5 an
 * e-mail address only if well-formed; L6 no more attachments than allowed. Lookups and ratings are rate-limited
 * per client address.
 */
package org.govinbox.mailbox;
