package org.govinbox.requests.boundary;

import static org.govinbox.casework.entity.Workflow.By.DISPATCHER;
import static org.govinbox.casework.entity.Workflow.By.SUBMITTER;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;
import org.govinbox.casework.boundary.CaseAction;
import org.govinbox.casework.boundary.CaseContext;
import org.govinbox.casework.boundary.CaseType;
import org.govinbox.casework.control.CasePolicy;
import org.govinbox.casework.entity.Workflow;
import org.govinbox.requests.entity.ApplicantType;
import org.govinbox.requests.entity.DeliveryMethod;
import org.govinbox.requests.entity.DisclosureRequest;
import org.govinbox.requests.entity.Outcome;
import org.govinbox.requests.entity.Remedy;

/**
 * The disclosure request (依申请公开) as a case type: its workflow, its policy
 * ({@code govinbox.case.disclosure_request.*}) and its actions ({@link RequestActions}).
 * <p>
 * The life of a request: 待受理 RECEIVED → (受理) HANDLING → (答复) DECIDED, the reply clock of 20 working days
 * running from the day it arrived. From RECEIVED or HANDLING, within 7 working days of receipt, the office may ask
 * once for a correction (CORRECTION: the clock stops; the corrected application starts a fresh 20, back to
 * HANDLING; no correction in time → decided 6.1). Consulting a third party or another agency (CONSULTING) and a
 * fee notice (FEE_PENDING; unpaid in time → 6.2) pause the clock. An extension of up to 20 working days is approved
 * before the due date. After the decision its deliveries and any reconsideration or lawsuit are recorded.
 */
@ApplicationScoped
public class RequestType implements CaseType {

    public static final String CODE = "DISCLOSURE_REQUEST";

    static final Workflow WORKFLOW = Workflow.of(CODE)
            .state("RECEIVED", "待受理", true)
            .state("CORRECTION", "待申请人补正", true)
            .state("HANDLING", "办理中", true)
            .state("CONSULTING", "征求意见中（不计时）", true)
            .state("FEE_PENDING", "待缴费（不计时）", true)
            .state("DECIDED", "已答复", false)
            .action("ACCEPT", "受理", DISPATCHER, Set.of("RECEIVED"), "HANDLING")
            .action("REQUEST_CORRECTION", "告知补正", DISPATCHER, Set.of("RECEIVED", "HANDLING"), "CORRECTION")
            .action("CORRECT", "提交补正", SUBMITTER, Set.of("CORRECTION"), "HANDLING")
            .action("RECORD_CORRECTION", "登记补正", DISPATCHER, Set.of("CORRECTION"), "HANDLING")
            .action("CONSULT", "征求意见", DISPATCHER, Set.of("HANDLING"), "CONSULTING")
            .action("CONSULTATION_DONE", "征求意见完毕", DISPATCHER, Set.of("CONSULTING"), "HANDLING")
            .action("REQUEST_EXTENSION", "延期答复", DISPATCHER, Set.of("HANDLING"))
            .action("NOTICE_FEE", "发出收费通知", DISPATCHER, Set.of("HANDLING"), "FEE_PENDING")
            .action("RECORD_PAYMENT", "登记缴费", DISPATCHER, Set.of("FEE_PENDING"), "HANDLING")
            .action("DECIDE", "作出答复", DISPATCHER, Set.of("HANDLING", "CORRECTION", "FEE_PENDING"), "DECIDED")
            .action("RECORD_DELIVERY", "登记送达", DISPATCHER, Set.of("DECIDED"))
            .action("RECORD_REMEDY", "登记复议诉讼", DISPATCHER, Set.of("DECIDED"))
            .build();

    @Inject
    RequestActions requestActions;

    private CasePolicy policy;
    private List<CaseAction<?>> actions;

    @PostConstruct
    void read() {
        policy = CasePolicy.read(ConfigProvider.getConfig(), CODE);
        build();
    }

    void build() {
        RequestActions a = requestActions;
        actions = List.of(
                CaseAction.of("ACCEPT", RequestActions.None.class, a::accept),
                CaseAction.of("REQUEST_CORRECTION", RequestActions.Correction.class, a::requestCorrection)
                        .offeredWhen(c -> a.mayAskCorrection(c)),
                CaseAction.of("CORRECT", RequestActions.Corrected.class, a::correct),
                CaseAction.of("RECORD_CORRECTION", RequestActions.CorrectionReceived.class, a::recordCorrection),
                CaseAction.of("CONSULT", RequestActions.Consult.class, a::consult),
                CaseAction.of("CONSULTATION_DONE", RequestActions.Note.class, a::consultationDone),
                CaseAction.of("REQUEST_EXTENSION", RequestActions.Extension.class, a::extend)
                        .offeredWhen(c -> c.clock(RequestActions.REPLY).map(k -> k.running()).orElse(false)),
                CaseAction.of("NOTICE_FEE", RequestActions.Fee.class, a::noticeFee),
                CaseAction.of("RECORD_PAYMENT", RequestActions.Payment.class, a::recordPayment),
                CaseAction.of("DECIDE", RequestActions.Decision.class, a::decide),
                CaseAction.of("RECORD_DELIVERY", RequestActions.DeliveryRecord.class, a::recordDelivery),
                CaseAction.of("RECORD_REMEDY", RequestActions.RemedyRecord.class, a::recordRemedy));
    }

    /** The reply clock runs from receipt (Art. 33), not from acceptance. */
    @Override
    public void received(CaseContext context) {
        context.startClock(RequestActions.REPLY, null, policy.replyWithin(context.subject().category()), policy.maxExtension());
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String name() {
        return "依申请公开";
    }

    @Override
    public String submitterName() {
        return "申请人";
    }

    @Override
    public Workflow workflow() {
        return WORKFLOW;
    }

    @Override
    public CasePolicy policy() {
        return policy;
    }

    @Override
    public String templates() {
        return "requests/templates.properties";
    }

    @Override
    public List<CaseAction<?>> actions() {
        return actions;
    }

    @Override
    public String submitterRole() {
        return "APPLICANT";
    }

    @Override
    public Map<String, Map<String, String>> choices() {
        Map<String, String> outcomes = new LinkedHashMap<>();
        Map<String, String> bases = new LinkedHashMap<>();
        for (Outcome o : Outcome.values()) {
            outcomes.put(o.code(), o.code() + " " + o.fullLabel());
            bases.put(o.code(), o.suggestedBasis());
        }
        Map<String, String> delivery = new LinkedHashMap<>();
        for (DeliveryMethod m : DeliveryMethod.values()) {
            delivery.put(m.name(), m.label());
        }
        Map<String, String> kinds = new LinkedHashMap<>();
        for (Remedy.Kind k : Remedy.Kind.values()) {
            kinds.put(k.name(), k.label());
        }
        Map<String, String> results = new LinkedHashMap<>();
        for (Remedy.Result r : Remedy.Result.values()) {
            results.put(r.name(), r.label());
        }
        Map<String, String> fees = new LinkedHashMap<>();
        fees.put(DisclosureRequest.FeeMethod.PAGES.name(), "按量计收（按页数）");
        fees.put(DisclosureRequest.FeeMethod.ITEMS.name(), "按件计收（同一申请人当月件数）");
        Map<String, String> applicants = new LinkedHashMap<>();
        for (ApplicantType t : ApplicantType.values()) {
            applicants.put(t.name(), t.label());
        }
        return Map.of("outcome", outcomes, "outcomeBasis", bases, "method", delivery, "kind", kinds, "result", results,
                "feeMethod", fees, "applicantType", applicants);
    }
}
