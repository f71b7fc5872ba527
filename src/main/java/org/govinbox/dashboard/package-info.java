/**
 * Dashboard: the on-time reply rates and reports, computed from the facts the case engine keeps on each case
 * (casework C8) and from the portal's figures: queries, no entities of its own.
 * <p>
 * Owns {@code /api/stats} (but {@code /api/stats/proposals}, the suggestions' own rates): the figures by department,
 * type, mailbox, category and month ({@code CaseStats}), their CSV and XLSX exports, the console's work queue
 * ({@code WorkQueue}), the public statistics and the list of handled letters ({@code PublicStats}), the year's
 * figures with a paragraph for the annual report ({@code YearReport}), the portal's figures per domain and month.
 * <p>
 * Rules: R1 population = cases received in the period (China time), not rejected, not duplicates; R2 on time = the
 * first reply went out on or before the due date it answered, late = after it or none and that date has passed,
 * pending = none and not yet due; R3 按期答复率 = on time ÷ (on time + late), null when nothing counts; R4 acceptance
 * in time, re-handled cases and 满意率 = (满意 + 基本满意) ÷ rated beside it; R5 the work queue counts what waits on the
 * caller, within their scope (a handler: their department's, casework S1); R6 public figures and lists carry no
 * personal data, and a letter's title and content only when published with consent; R7 the year's figures come
 * from the data, never typed. R8 a handler's figures are their department's only; the office and auditors see all.
 * R9 the facts the figures count are also held in memory, one compact row a case, read again after every committed
 * change to a case: the figures are a scan of arrays, not of the table. Exports follow platform rule E1 (no cell a
 * spreadsheet could run).
 */
package org.govinbox.dashboard;
