package org.govinbox.requests.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.govinbox.calendar.boundary.Calendars;
import org.govinbox.casework.boundary.CaseAction.Outcome;
import org.govinbox.casework.boundary.CaseContext;
import org.govinbox.casework.entity.Case;
import org.govinbox.casework.entity.CaseClock;
import org.govinbox.casework.entity.CaseReply;
import org.govinbox.platform.boundary.ProblemException;
import org.govinbox.platform.entity.Refused;
import org.govinbox.requests.control.DecisionLetters;
import org.govinbox.requests.control.InformationFees;
import org.govinbox.requests.entity.DeliveryMethod;
import org.govinbox.requests.entity.Delivery;
import org.govinbox.requests.entity.DisclosureRequest;
import org.govinbox.requests.entity.Remedy;

/**
 * The actions of a disclosure request, on the engine's clocks (purposes REPLY, CORRECTION, CONSULTATION, FEE):
 * R1 a correction is asked for within the correction window (7 working days of receipt, Art. 30), once; the reply
 * clock stops, and the corrected application starts it afresh from the day it arrives. R2 a consultation (Art. 32,
 * 34) pauses the reply clock; at most its limit (15 working days) goes uncounted, however late it is done. R3 an
 * extension adds up to 20 working days in all, before the due date, approved, the applicant told (Art. 33).
 * R4 a fee notice pauses the reply clock until payment (国办函〔2020〕109号); unpaid in time → 6.2. R5 the decision is
 * one of the 21 outcomes with its legal basis; in CORRECTION only 6.1 once the correction time is over, in
 * FEE_PENDING only 6.2 once the payment time is over, and neither elsewhere; it meets the reply clock (its
 * timeliness frozen), is written as the decision letter and delivered in the applicant's chosen way.
 * Mail templates: CORRECTION, EXTENDED, FEE_NOTICE, DECIDED.
 */
@ApplicationScoped
public class RequestActions {

    static final String ACCEPT = "ACCEPT";
    static final String REPLY = "REPLY";
    static final String CORRECTION = "CORRECTION";
    static final String CONSULTATION = "CONSULTATION";
    static final String FEE = "FEE";

    // ---------------------------------------------------------------- request bodies (public fields: see CaseRequests)

    public static class None {
    }

    public static class Note {
        @Size(max = 1000, message = "不能超过 1000 个字")
        public String text;
    }

    public static class Correction {
        @NotBlank(message = "请写明需要补正的事项")
        @Size(max = 2000, message = "补正事项不能超过 2000 个字")
        public String text;
        @Positive(message = "补正期限至少为 1 个工作日")
        @Max(value = 60, message = "补正期限不能超过 60 个工作日")
        public Integer days;
    }

    public static class Corrected {
        @NotBlank(message = "请填写补正内容")
        @Size(max = 5000, message = "补正内容不能超过 5000 个字")
        public String text;
    }

    public static class CorrectionReceived extends Corrected {
        /** The day the correction arrived (by post …), yyyy-MM-dd; today when empty. */
        public String on;
    }

    public static class Consult {
        @NotBlank(message = "请填写征求意见的第三方或机关")
        @Size(max = 200, message = "不能超过 200 个字")
        public String party;
    }

    public static class Extension {
        @NotNull(message = "请填写延长的工作日数")
        @Positive(message = "延长天数至少为 1")
        @Max(value = 20, message = "延长答复期限最长不超过 20 个工作日")
        public Integer days;
        @NotBlank(message = "请说明延期理由")
        @Size(max = 500, message = "理由不能超过 500 个字")
        public String reason;
        /** Who approved it (the head of the disclosure office); the acting account when empty. */
        @Size(max = 50, message = "不能超过 50 个字")
        public String approvedBy;
    }

    public static class Fee {
        @NotNull(message = "请选择计费方式（PAGES 按量、ITEMS 按件）")
        public DisclosureRequest.FeeMethod feeMethod;
        @Positive(message = "页数至少为 1")
        public Integer pages;
    }

    public static class Payment {
        /** The day it was paid, yyyy-MM-dd; today when empty. */
        public String on;
    }

    public static class Decision {
        @NotBlank(message = "请选择答复结果（1、2、3.1…6.3）")
        public String outcome;
        @NotBlank(message = "请填写答复内容：提供的信息或获取途径、不予公开的理由等")
        @Size(max = 10000, message = "答复内容不能超过 10000 个字")
        public String text;
        @NotBlank(message = "请填写法律依据")
        @Size(max = 1000, message = "法律依据不能超过 1000 个字")
        public String legalBasis;
    }

    public static class DeliveryRecord {
        @NotNull(message = "请选择送达方式")
        public DeliveryMethod method;
        /** yyyy-MM-dd; today when empty. */
        public String on;
        @Size(max = 500, message = "不能超过 500 个字")
        public String note;
    }

    public static class RemedyRecord {
        @NotNull(message = "请选择行政复议或行政诉讼")
        public Remedy.Kind kind;
        @NotBlank(message = "请填写申请复议或起诉的日期")
        public String filedOn;
        @NotNull(message = "请选择结果（维持、纠正、其他、尚未审结）")
        public Remedy.Result result;
        public String concludedOn;
        @Size(max = 500, message = "不能超过 500 个字")
        public String note;
    }

    // ---------------------------------------------------------------- actions

    @PersistenceContext
    EntityManager em;

    @Inject
    Calendars calendars;

    @Inject
    Clock clock;

    @Inject
    DecisionLetters letters;

    @Inject
    @ConfigProperty(name = "govinbox.requests.correction-window", defaultValue = "7")
    int correctionWindow;

    @Inject
    @ConfigProperty(name = "govinbox.requests.correction-days", defaultValue = "15")
    int correctionDays;

    @Inject
    @ConfigProperty(name = "govinbox.requests.consultation-days", defaultValue = "15")
    int consultationDays;

    @Inject
    @ConfigProperty(name = "govinbox.requests.fee-days", defaultValue = "20")
    int feeDays;

    public Outcome accept(CaseContext ctx, None body) {
        ctx.meetClock(ACCEPT);
        return Outcome.note(null, "答复期限 " + ctx.subject().dueOn());
    }

    /** Offered while the correction window is open and none was asked for. */
    boolean mayAskCorrection(Case c) {
        DisclosureRequest r = em.find(DisclosureRequest.class, c.id());
        return r != null && r.correctionAsked() == null
                && calendars.workingDaysAfter(r.receivedOn(), LocalDate.now(clock)) <= correctionWindow;
    }

    /** R1 */
    public Outcome requestCorrection(CaseContext ctx, Correction body) {
        DisclosureRequest r = request(ctx);
        if (ctx.workingDaysSince(r.receivedOn()) > correctionWindow) {
            throw new Refused("收到申请已超过 " + correctionWindow + " 个工作日，不能再要求补正");
        }
        String text = body.text.trim();
        r.askCorrection(text, ctx.today());
        ctx.meetClock(ACCEPT);
        ctx.pauseClock(REPLY, "告知补正，答复期限停止计算");
        CaseClock k = ctx.startClock(CORRECTION, null, body.days == null ? correctionDays : body.days, 0);
        tellApplicant(ctx, "CORRECTION", text, String.valueOf(k.dueOn()));
        return Outcome.note(null, "告知补正（补正期限至 " + k.dueOn() + "）：" + text);
    }

    /** R1: the applicant's own correction, through their code and secret. */
    public Outcome correct(CaseContext ctx, Corrected body) {
        return corrected(ctx, body.text.trim(), ctx.today(), "申请人提交补正");
    }

    /** R1: a correction that came by post or in person, on the day it arrived. */
    public Outcome recordCorrection(CaseContext ctx, CorrectionReceived body) {
        LocalDate on = day("on", body.on, ctx.today());
        DisclosureRequest r = request(ctx);
        if (on.isBefore(r.correctionAsked())) {
            throw ProblemException.invalid("on", "补正收到日期不能早于告知补正的日期 " + r.correctionAsked());
        }
        return corrected(ctx, body.text.trim(), on, "登记收到补正（" + on + "）");
    }

    private Outcome corrected(CaseContext ctx, String text, LocalDate on, String what) {
        request(ctx).corrected(on);
        ctx.meetClock(CORRECTION);
        ctx.restartClock(REPLY, on, "收到补正后的申请");
        return Outcome.note(null, what + "，答复期限自 " + on + " 重新起算，至 " + ctx.subject().dueOn() + "：" + text);
    }

    /** R2 */
    public Outcome consult(CaseContext ctx, Consult body) {
        String party = body.party.trim();
        ctx.pauseClock(REPLY, "征求" + party + "意见");
        CaseClock k = ctx.startClock(CONSULTATION, null, consultationDays, 0);
        return Outcome.note(null, "征求" + party + "意见（" + consultationDays + " 个工作日内，至 " + k.dueOn() + "），期间不计入答复期限");
    }

    /** R2: the time paused counts up to the consultation's limit, not beyond it. */
    public Outcome consultationDone(CaseContext ctx, Note body) {
        CaseClock k = ctx.clock(CONSULTATION).orElseThrow(() -> new Refused("没有正在进行的征求意见"));
        LocalDate until = ctx.today().isAfter(k.dueOn()) ? k.dueOn() : ctx.today();
        ctx.meetClock(CONSULTATION);
        ctx.resumeClock(REPLY, until);
        String note = body.text == null || body.text.isBlank() ? "" : "：" + body.text.trim();
        return Outcome.note(null, "征求意见完毕，" + k.startedOn() + " 至 " + until + " 不计入答复期限，答复期限至 "
                + ctx.subject().dueOn() + note);
    }

    /** R3 */
    public Outcome extend(CaseContext ctx, Extension body) {
        LocalDate before = ctx.subject().dueOn();
        String reason = body.reason.trim();
        ctx.extendClock(REPLY, body.days, reason);
        String approver = body.approvedBy == null || body.approvedBy.isBlank() ? ctx.actor() : body.approvedBy.trim();
        tellApplicant(ctx, "EXTENDED", String.valueOf(body.days), String.valueOf(ctx.subject().dueOn()), reason);
        return Outcome.note(null, "经 " + approver + " 批准延长答复期限 " + body.days + " 个工作日，由 " + before + " 延至 "
                + ctx.subject().dueOn() + "：" + reason);
    }

    /** R4 */
    public Outcome noticeFee(CaseContext ctx, Fee body) {
        DisclosureRequest r = request(ctx);
        int amount;
        String how;
        if (body.feeMethod == DisclosureRequest.FeeMethod.PAGES) {
            if (body.pages == null) {
                throw ProblemException.invalid("pages", "按量计收须填写页数");
            }
            amount = InformationFees.byPages(body.pages);
            how = "按量计收，共 " + body.pages + " 页";
        } else {
            int nth = nthThisMonth(r);
            amount = InformationFees.byItems(nth);
            how = "按件计收，本月第 " + nth + " 件";
        }
        if (amount == 0) {
            throw new Refused("按此方式计算不收费（" + how + "），无需发出收费通知");
        }
        r.noticeFee(body.feeMethod, body.pages, amount, ctx.today());
        ctx.pauseClock(REPLY, "发出收费通知");
        CaseClock k = ctx.startClock(FEE, null, feeDays, 0);
        tellApplicant(ctx, "FEE_NOTICE", String.valueOf(amount), how, String.valueOf(k.dueOn()));
        return Outcome.note(null, "收费通知：信息处理费 " + amount + " 元（" + how + "），缴费期限至 " + k.dueOn()
                + "，期间不计入答复期限");
    }

    /** The applicant's requests this calendar month, up to and including this one (F1). */
    private int nthThisMonth(DisclosureRequest r) {
        LocalDate first = r.receivedOn().withDayOfMonth(1);
        return em.createQuery("SELECT COUNT(d) FROM DisclosureRequest d WHERE d.idNumber = :id AND d.receivedOn >= :first "
                        + "AND (d.receivedOn < :on OR (d.receivedOn = :on AND d.caseId <= :case))", Long.class)
                .setParameter("id", r.idNumber()).setParameter("first", first).setParameter("on", r.receivedOn())
                .setParameter("case", r.caseId()).getSingleResult().intValue();
    }

    /** R4 */
    public Outcome recordPayment(CaseContext ctx, Payment body) {
        DisclosureRequest r = request(ctx);
        LocalDate on = day("on", body.on, ctx.today());
        if (on.isBefore(r.feeNoticedOn())) {
            throw ProblemException.invalid("on", "缴费日期不能早于收费通知日期 " + r.feeNoticedOn());
        }
        r.paid(on);
        ctx.meetClock(FEE);
        ctx.resumeClock(REPLY, on);
        return Outcome.note(null, "已缴纳信息处理费 " + r.feeAmount() + " 元（" + on + "），答复期限至 " + ctx.subject().dueOn());
    }

    /** R5 */
    public Outcome decide(CaseContext ctx, Decision body) {
        org.govinbox.requests.entity.Outcome outcome = org.govinbox.requests.entity.Outcome.of(body.outcome)
                .orElseThrow(() -> ProblemException.invalid("outcome", "答复结果须为 1、2、3.1–3.8、4.1–4.3、5.1–5.5、6.1–6.3 之一"));
        Case c = ctx.subject();
        String state = c.state();
        if (state.equals("CORRECTION") || outcome == org.govinbox.requests.entity.Outcome.NO_CORRECTION) {
            mustBeOver(ctx, state, "CORRECTION", CORRECTION, outcome, org.govinbox.requests.entity.Outcome.NO_CORRECTION, "补正");
        }
        if (state.equals("FEE_PENDING") || outcome == org.govinbox.requests.entity.Outcome.FEE_UNPAID) {
            mustBeOver(ctx, state, "FEE_PENDING", FEE, outcome, org.govinbox.requests.entity.Outcome.FEE_UNPAID, "缴费");
        }
        DisclosureRequest r = request(ctx);
        if (ctx.clock(REPLY).map(k -> k.status() == CaseClock.Status.PAUSED).orElse(false)) {
            ctx.resumeClock(REPLY);
        }
        ctx.stopClock(CORRECTION);
        ctx.stopClock(FEE);
        String letter = letters.write(c, r, outcome, body.text.trim(), body.legalBasis.trim(), ctx.today());
        r.decide(outcome, body.legalBasis.trim(), ctx.today(), letter);
        CaseReply reply = c.sendReply(REPLY, null, ctx.actor(), ctx.now(), ctx.today(), letter, outcome.code());
        if (r.delivery() == DeliveryMethod.EMAIL && c.submitter().email() != null) {
            tellApplicant(ctx, "DECIDED", letter);
            r.delivered(new Delivery(DeliveryMethod.EMAIL, ctx.today(), "system", "告知书已发送至 " + c.submitter().email()));
        } else if (r.delivery() == DeliveryMethod.ONLINE) {
            r.delivered(new Delivery(DeliveryMethod.ONLINE, ctx.today(), "system", "申请人可凭查询码和查询密码在线查看告知书"));
        }
        return Outcome.note(null, outcome.fullLabel() + "（" + (reply.onTime() ? "按期答复" : "逾期答复") + "）");
    }

    private static void mustBeOver(CaseContext ctx, String state, String waiting, String purpose,
                                   org.govinbox.requests.entity.Outcome given, org.govinbox.requests.entity.Outcome only,
                                   String what) {
        if (!state.equals(waiting)) {
            throw new Refused("只有等待申请人" + what + "时才能答复「" + only.label() + "」");
        }
        if (given != only) {
            throw new Refused("等待申请人" + what + "期间只能答复「" + only.code() + " " + only.label() + "」；请先登记" + what);
        }
        CaseClock k = ctx.clock(purpose).orElseThrow();
        if (!ctx.today().isAfter(k.dueOn())) {
            throw new Refused(what + "期限至 " + k.dueOn() + "，期限届满前不能答复「" + only.label() + "」");
        }
    }

    public Outcome recordDelivery(CaseContext ctx, DeliveryRecord body) {
        DisclosureRequest r = request(ctx);
        LocalDate on = day("on", body.on, ctx.today());
        if (on.isBefore(r.decidedOn())) {
            throw ProblemException.invalid("on", "送达日期不能早于答复日期 " + r.decidedOn());
        }
        String note = body.note == null || body.note.isBlank() ? null : body.note.trim();
        r.delivered(new Delivery(body.method, on, ctx.actor(), note));
        return Outcome.note(null, body.method.label() + "送达（" + on + "）" + (note == null ? "" : "：" + note));
    }

    public Outcome recordRemedy(CaseContext ctx, RemedyRecord body) {
        DisclosureRequest r = request(ctx);
        LocalDate filed = day("filedOn", body.filedOn, ctx.today());
        if (filed.isBefore(r.decidedOn())) {
            throw ProblemException.invalid("filedOn", "申请复议或起诉的日期不能早于答复日期 " + r.decidedOn());
        }
        LocalDate concluded = body.concludedOn == null || body.concludedOn.isBlank() ? null
                : day("concludedOn", body.concludedOn, ctx.today());
        if (concluded != null && body.result == Remedy.Result.PENDING) {
            throw ProblemException.invalid("concludedOn", "尚未审结的不能填写审结日期");
        }
        String note = body.note == null || body.note.isBlank() ? null : body.note.trim();
        r.remedy(new Remedy(body.kind, filed, body.result, concluded, note, ctx.actor(), ctx.now()));
        return Outcome.note(null, body.kind.label() + "（" + filed + " 提起）：" + body.result.label()
                + (note == null ? "" : "。" + note));
    }

    // ---------------------------------------------------------------- helpers

    private DisclosureRequest request(CaseContext ctx) {
        DisclosureRequest r = em.find(DisclosureRequest.class, ctx.subject().id());
        if (r == null) {
            throw new IllegalStateException("case " + ctx.subject().id() + " has no request record");
        }
        return r;
    }

    /** A day given as yyyy-MM-dd, not after today; today when empty. */
    static LocalDate day(String field, String given, LocalDate today) {
        LocalDate d = org.govinbox.platform.boundary.DateParameter.of(field, given, today);
        if (d.isAfter(today)) {
            throw ProblemException.invalid(field, "日期不能晚于今天");
        }
        return d;
    }

    /** The applicant's mail, as the engine writes a submitter's (code and name first). */
    private static void tellApplicant(CaseContext ctx, String template, String... arguments) {
        org.govinbox.casework.boundary.StandardActions.tellSubmitter(ctx, template, (Object[]) arguments);
    }
}
