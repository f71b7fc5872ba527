/**
 * Disclosure requests (依申请公开, case type DISCLOSURE_REQUEST) and the annual disclosure report — a case type on the
 * case engine ({@code casework}), reached only through its boundary.
 * <p>
 * Owns the type ({@code boundary.RequestType}: workflow 待受理 → 办理中 → 已答复 with 待补正, 征求意见中 and 待缴费; policy
 * {@code govinbox.case.disclosure_request.*}; actions {@code RequestActions}, rules R1–R5), the request's own record
 * ({@code entity.DisclosureRequest}, A1–A3: applicant, correction, decision, fee, deliveries, remedies), the 21
 * outcomes ({@code entity.Outcome}, O1–O2), the decision letters ({@code control.DecisionLetters}, L1–L2), the fee
 * rule ({@code control.InformationFees}, F1–F2), the identity card check ({@code control.IdentityNumbers}, I1), the
 * application's rules ({@code boundary.ApplicationRules}, AP1–AP10) and the annual report ({@code boundary.AnnualReports},
 * AR1–AR3; table 三 by {@code control.RequestTally}, Y1–Y4).
 * <p>
 * Boundary operations: {@code /api/requests} (the form, applying, attachments, lookup, correction, staff
 * registration of an application by post, in person or by fax, a request's record) and {@code /api/annual-reports}
 * (the report as JSON and XLSX, the figures staff enter, publishing). Lookups and applications are rate-limited per
 * client address; the query code and secret never travel in a URL.
 */
package org.govinbox.requests;
