/**
 * Disclosure (政府信息公开): items with the national catalogue metadata, published by key domain, normative
 * documents and their clean-up rounds, the disclosure guide, Chinese full-text search and bulk import.
 * <p>
 * Boundary operations: the public portal — domains with counts, catalogue, search, item, attachment, guide
 * ({@code PublicPortal}, {@code DisclosuresResource}, {@code DomainsResource}); the publishers' drafting, publishing
 * workflow, attachments and timeliness ({@code Disclosures}); clean-up rounds ({@code CleanupRounds}); the guide
 * ({@code Guide}); bulk import ({@code Imports}, {@code ImportBatches}); the search index ({@code Search}).
 * <p>
 * Rules: D1 the index number {@code {agency code}/{YYYY}-{NNNNN}} is given once, at publication, from a series per
 * agency and year that never gives a number twice (withdrawn items keep theirs); D2 the transition table
 * ({@code ItemAction}) decides what may happen in each state, else 409; D3 every change appends one history event
 * and one audit event; D4 timeliness (Regulations Art. 26: within 20 working days) is frozen at publication;
 * D5 bodies are sanitised to a safe subset of HTML before they are stored; D6 bad input names every field at fault
 * and stores nothing. P1 a publisher sees and changes only their department's items unless in the government
 * office; P2 with review on, drafts are submitted and a government-office publisher publishes or sends them back;
 * P3 only published items are public (anything else is 404). N1–N3 clean-up rounds ({@code CleanupRounds}).
 * S1–S3 the search index ({@code Search}); S4 matching by characters below words, S5 exact numbers first ({@code SearchIndex}). I1–I3 bulk import ({@code Imports}).
 */
package org.govinbox.disclosure;
