/**
 * NPC deputies' suggestions (人大代表建议, case type SUGGESTION) and CPPCC members' proposals (政协委员提案, PROPOSAL):
 * two case types on the case engine, sharing one workflow ({@code boundary.MotionType}) and differing in wording,
 * assembly and how the return window is counted. Owns the sittings (届次会议), the types' own record of each item
 * ({@code entity.Motion}: number, subject, key item, handling mode, the parts of a separately handled item, the
 * months of extension, the published result), registration (one by one and from the assignment meeting's list),
 * the office's list of a sitting, the rates, the feedback form reached by each proposer's personal link and the
 * public results list.
 * <p>
 * R1: a number is unique in its sitting (409). R2: exactly one lead proposer, listed first (party 1); co-signers
 * follow. R3: a sitting takes only its assembly's type. M2: extensions add up to at most 3 months (6 from the
 * assignment). M3: a separately handled item goes to review only when every unit's part is in; the parts go out
 * together, each meeting its own clock. Q1: the lead proposer's rating decides (满意 / 基本满意 close, 不满意 opens a
 * round); every proposer rates each round once. Q2: the public list and the published result carry no phone number
 * or e-mail, and the published reply is masked.
 */
package org.govinbox.proposals;
