/**
 * Mailbox: the mayor's and district head's mailboxes (市长信箱 / 区长信箱) — the first case type of the case engine
 * ({@code casework}), reached only through its boundary.
 * <p>
 * The type ({@code LetterType}): its workflow (待受理 → 已受理 → 办理中 → 已答复 → 已办结, with review, 不予受理, 重复件,
 * 退回 and another round after 不满意), its policy {@code govinbox.case.letter.*}, its actions (the engine's standard
 * ones) and its mail templates ({@code mailbox/templates.properties}).
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
