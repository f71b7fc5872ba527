package org.govinbox.requests.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.govinbox.accounts.boundary.AuditTrail;
import org.govinbox.calendar.boundary.Calendars;
import org.govinbox.casework.boundary.Cases;
import org.govinbox.casework.entity.Case;
import org.govinbox.casework.entity.CaseClock;
import org.govinbox.requests.control.DecisionLetters;
import org.govinbox.requests.entity.Delivery;
import org.govinbox.requests.entity.DisclosureRequest;
import org.govinbox.requests.entity.Outcome;
import org.govinbox.requests.entity.Remedy;

/**
 * The use cases of disclosure requests beyond the engine's actions: receiving an application (online, or
 * registered by staff with the day it arrived), durably with its own record, before it is acknowledged; what the
 * applicant sees of it with their code and secret; the applicant's correction; and the staff's view of the record.
 */
@ApplicationScoped
public class Applications {

    /** What the applicant is told once. */
    public record Receipt(@jakarta.json.bind.annotation.JsonbTransient long id, String queryCode, String querySecret,
                          Instant receivedAt, LocalDate dueOn, boolean replayed) {
    }

    public record DeliveryView(String method, String methodName, LocalDate on, String note) {
    }

    public record RemedyView(String kind, String kindName, LocalDate filedOn, String result, String resultName,
                             LocalDate concludedOn, String note) {
    }

    /** What the applicant sees: what they asked for, where it stands, what they must do, and the decision. */
    public record Status(String queryCode, String state, String stateName, LocalDate receivedOn, String description,
                         LocalDate dueOn, String correctionText, LocalDate correctionDueOn, Integer feeAmount,
                         LocalDate feeDueOn, String outcome, String outcomeName, LocalDate decidedOn, String letter,
                         boolean canCorrect) {
    }

    /** What staff see of the request record beside the case. */
    public record Record(long id, String applicantType, String applicantTypeName, String idKind, String idNumber,
                         String contactPerson, String address, String purpose, String form, String formName,
                         String delivery, String deliveryName, boolean feeWaiver, String feeWaiverReason,
                         LocalDate receivedOn, String via, String viaName, String correctionText, LocalDate correctionAsked,
                         LocalDate correctedOn, String outcome, String outcomeName, String legalBasis, LocalDate decidedOn,
                         String letter, String feeMethod, Integer feePages, Integer feeAmount, LocalDate feeNoticedOn,
                         LocalDate feePaidOn, List<DeliveryView> deliveries, List<RemedyView> remedies) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Cases cases;

    @Inject
    RequestType type;

    @Inject
    Calendars calendars;

    @Inject
    AuditTrail audit;

    /** Received, with its record and its clocks, in one transaction; the receipt mail goes to the applicant. */
    @Transactional
    public Receipt receive(ApplicationRules.Application a, String idempotencyKey, List<String> attachments, String registeredBy) {
        LocalDate due = calendars.current().addWorkingDays(a.receivedOn(), type.policy().replyWithin("GENERAL"));
        LocalDate today = calendars.today();
        Cases.Receipt receipt = cases.receive(a.submission(), List.of(a.applicant()), idempotencyKey, attachments,
                a.receivedOn().equals(today) ? null : a.receivedOn(), "RECEIPT", a.applicant().name(),
                DecisionLetters.chinese(a.receivedOn()), due.toString());
        Case c = em.createNamedQuery(Case.BY_QUERY_CODE, Case.class).setParameter("code", receipt.queryCode()).getSingleResult();
        if (receipt.replayed()) {
            return new Receipt(c.id(), receipt.queryCode(), receipt.querySecret(), receipt.receivedAt(), replyDue(c), true);
        }
        em.persist(new DisclosureRequest(c.id(), a.details(), a.receivedOn(), a.via()));
        em.flush();
        if (registeredBy != null) {
            audit.record(registeredBy, "request.register", "case", c.id().toString(),
                    org.govinbox.accounts.entity.AuditEvent.Result.SUCCESS, a.via().label() + "，收到日期 " + a.receivedOn());
        }
        return new Receipt(c.id(), receipt.queryCode(), receipt.querySecret(), receipt.receivedAt(), replyDue(c), false);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Status> lookup(String code, String secret) {
        return cases.lookup(code, secret).filter(c -> c.type().equals(RequestType.CODE)).map(this::status);
    }

    /** The applicant's correction, through their code and secret. */
    @Transactional
    public Status correct(String code, String secret, String text) {
        cases.lookup(code, secret).filter(c -> c.type().equals(RequestType.CODE))
                .orElseThrow(() -> org.govinbox.platform.boundary.ProblemException.notFound("查询码或查询密码不正确"));
        RequestActions.Corrected body = new RequestActions.Corrected();
        body.text = text;
        return status(cases.actAsSubmitter(code, secret, "CORRECT", body));
    }

    /** The record of a case the caller may see (404 otherwise, S1). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Record record(long id) {
        cases.detail(id);
        DisclosureRequest r = em.find(DisclosureRequest.class, id);
        if (r == null) {
            throw org.govinbox.platform.boundary.ProblemException.notFound("第 " + id + " 号事项不是政府信息公开申请");
        }
        return new Record(r.caseId(), r.applicantType().name(), r.applicantType().label(), r.idKind().name(), r.idNumber(),
                r.contactPerson(), r.address(), r.purpose(), r.form().name(), r.form().label(), r.delivery().name(),
                r.delivery().label(), r.feeWaiver(), r.feeWaiverReason(), r.receivedOn(), r.via().name(), r.via().label(),
                r.correctionText(), r.correctionAsked(), r.correctedOn(), r.outcome().map(Outcome::code).orElse(null),
                r.outcome().map(Outcome::fullLabel).orElse(null), r.legalBasis(), r.decidedOn(), r.letter(),
                r.feeMethod() == null ? null : r.feeMethod().name(), r.feePages(), r.feeAmount(), r.feeNoticedOn(),
                r.feePaidOn(), r.deliveries().stream().map(Applications::view).toList(),
                r.remedies().stream().map(Applications::view).toList());
    }

    private Status status(Case c) {
        DisclosureRequest r = em.find(DisclosureRequest.class, c.id());
        boolean correcting = c.state().equals("CORRECTION");
        boolean fee = c.state().equals("FEE_PENDING");
        return new Status(c.queryCode(), c.state(), type.workflow().state(c.state()).label(), r.receivedOn(), c.content(),
                type.workflow().state(c.state()).open() ? replyDue(c) : null,
                correcting ? r.correctionText() : null, correcting ? c.clock(RequestActions.CORRECTION).map(CaseClock::dueOn).orElse(null) : null,
                fee ? r.feeAmount() : null, fee ? c.clock(RequestActions.FEE).map(CaseClock::dueOn).orElse(null) : null,
                r.outcome().map(Outcome::code).orElse(null), r.outcome().map(Outcome::fullLabel).orElse(null),
                r.decidedOn(), r.letter(), correcting);
    }

    /** The reply clock's due date: stored, as the clock has it (while paused: as it stood). */
    private static LocalDate replyDue(Case c) {
        return c.clock(RequestActions.REPLY).map(CaseClock::dueOn).orElse(c.replyDueOn());
    }

    private static DeliveryView view(Delivery d) {
        return new DeliveryView(d.method().name(), d.method().label(), d.deliveredOn(), d.note());
    }

    private static RemedyView view(Remedy r) {
        return new RemedyView(r.kind().name(), r.kind().label(), r.filedOn(), r.result().name(), r.result().label(),
                r.concludedOn(), r.note());
    }
}
