package org.govinbox.proposals.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.govinbox.accounts.boundary.Departments;
import org.govinbox.casework.boundary.CaseAction.Outcome;
import org.govinbox.casework.boundary.CaseContext;
import org.govinbox.casework.boundary.CaseRequests;
import org.govinbox.casework.boundary.Cases;
import org.govinbox.casework.control.Masking;
import org.govinbox.casework.entity.Case;
import org.govinbox.casework.entity.CaseClock;
import org.govinbox.casework.entity.CaseParty;
import org.govinbox.casework.entity.CaseReply;
import org.govinbox.platform.boundary.ProblemException;
import org.govinbox.platform.entity.Refused;
import org.govinbox.proposals.entity.Motion;
import org.govinbox.proposals.entity.Part;

/**
 * The actions of suggestions and proposals. Clock purposes: ACCEPT (registered → assigned), REPLY (3 months from
 * assignment), OPINION (a co-handler's, 1 month), PART (a unit's own part when handled separately), REHANDLE (1 month
 * after the lead proposer's 不满意). Templates: ASSIGNED, URGED, REPLIED, REHANDLE (and the engine's reminders).
 */
@ApplicationScoped
public class MotionActions {

    /** 面商 / 电话 / 座谈 / 走访, by code or by name. */
    static final Map<String, String> CONTACT_METHODS = new LinkedHashMap<>();

    static {
        CONTACT_METHODS.put("MEETING", "面商");
        CONTACT_METHODS.put("PHONE", "电话");
        CONTACT_METHODS.put("FORUM", "座谈");
        CONTACT_METHODS.put("VISIT", "走访");
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Cases cases;

    @Inject
    ResultPublisher results;

    @Inject
    MotionTypes types;

    @Inject
    Departments departments;

    @Inject
    @ConfigProperty(name = "govinbox.site.url", defaultValue = "http://localhost:8080")
    String siteUrl;

    Motion motion(Case c) {
        Motion m = em.find(Motion.class, c.id());
        if (m == null) {
            throw new IllegalStateException("case " + c.id() + " has no motion record");
        }
        return m;
    }

    boolean joint(Case c) {
        Motion m = em.find(Motion.class, c.id());
        return m == null || !m.separate();
    }

    /** Whether {@code department}'s part is still to be answered (always, jointly handled). */
    boolean partOpen(Case c, String department) {
        Motion m = em.find(Motion.class, c.id());
        return m == null || !m.separate() || m.part(department).map(p -> !p.held()).orElse(false);
    }

    private MotionType type(CaseContext ctx) {
        return types.of(ctx.type().code());
    }

    // ---------------------------------------------------------------- assignment

    public Outcome assign(CaseContext ctx, MotionRequests.Assign body) {
        String lead = ctx.department("lead", body.lead.trim());
        List<String> others = new ArrayList<>();
        for (String d : body.coHandlers == null ? List.<String>of() : body.coHandlers) {
            if (d != null && !d.isBlank() && !others.contains(d.trim())) {
                others.add(ctx.department("coHandlers", d.trim()));
            }
        }
        Motion.Mode mode = body.mode == null ? Motion.Mode.JOINT : Motion.Mode.valueOf(body.mode);
        if (mode == Motion.Mode.SEPARATE && others.isEmpty()) {
            throw ProblemException.invalid("coHandlers", "分办须交给两个以上单位：请在 coHandlers 中列出其他分办单位");
        }
        Case c = ctx.subject();
        c.assign(ctx.today(), lead, others);
        Motion m = motion(c);
        List<String> units = new ArrayList<>(List.of(lead));
        units.addAll(others);
        m.assigned(mode, units);
        ctx.meetClock("ACCEPT");
        int months = ctx.policy().replyWithin(c.category());
        ctx.startClock("REPLY", null, months, ctx.policy().maxExtension());
        String due = String.valueOf(c.dueOn());
        String label = type(ctx).assembly().item();
        if (mode == Motion.Mode.SEPARATE) {
            for (String unit : units) {
                ctx.startClock("PART", unit, months, ctx.policy().maxExtension());
                ctx.notifyDepartment(unit, "ASSIGNED", c.title(), c.reference(), "分办（各单位答复本单位承办的部分）", due);
            }
            return Outcome.note(lead, "分办：" + String.join("、", units) + "，期限至 " + due);
        }
        ctx.notifyDepartment(lead, "ASSIGNED", c.title(), c.reference(),
                others.isEmpty() ? "主办" : "主办（协办：" + String.join("、", others) + "）", due);
        for (String co : others) {
            CaseClock opinion = ctx.startClock("OPINION", co, type(ctx).opinionWithin(), 0);
            ctx.notifyDepartment(co, "ASSIGNED", c.title(), c.reference(),
                    "协办，请于 " + opinion.dueOn() + " 前将书面协办意见送主办单位", due);
        }
        return Outcome.note(lead, (others.isEmpty() ? "主办" : "主办，协办：" + String.join("、", others))
                + "，" + label + "办理期限至 " + due);
    }

    /** Within the type's window after the assignment; after it the assignment stands. */
    public Outcome returnAssignment(CaseContext ctx, CaseRequests.Reason body) {
        Case c = ctx.subject();
        if (c.assignedOn() == null || !type(ctx).returnable(c.assignedOn(), ctx.today(), ctx)) {
            throw new Refused("交办已超过退回期限，交办成立，不能再退回");
        }
        c.clock("REPLY").ifPresent(k -> c.stopClock(k, ctx.now()));
        c.clock("REHANDLE").ifPresent(k -> c.stopClock(k, ctx.now()));
        c.unassign(ctx.now());
        motion(c).unassigned();
        c.holdReply(null);
        ctx.startClock("ACCEPT", null, ctx.policy().acceptWithin(), 0);
        return Outcome.note(ctx.actorDepartment(), "退回交办：" + body.reason.trim());
    }

    /** A co-handler's written opinion to the lead, meeting its opinion clock. */
    public Outcome opinion(CaseContext ctx, CaseRequests.Text body) {
        Case c = ctx.subject();
        if (motion(c).separate()) {
            throw new Refused("分办的件由各单位分别答复，没有协办意见");
        }
        c.opinion(ctx.actorDepartment(), body.text.trim());
        c.clock("OPINION", ctx.actorDepartment()).ifPresent(ctx::meetClock);
        return Outcome.note(ctx.actorDepartment(), body.text.trim());
    }

    /** 见面率 counts these: the lead met or called a proposer. */
    public Outcome contact(CaseContext ctx, MotionRequests.Contact body) {
        String method = contactMethod(body.method);
        LocalDate on;
        try {
            on = LocalDate.parse(body.on.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("on", "沟通日期应为 年-月-日，如 2026-05-20");
        }
        if (on.isAfter(ctx.today())) {
            throw ProblemException.invalid("on", "沟通日期不能晚于今天");
        }
        Case c = ctx.subject();
        int party = body.party == null ? 1 : body.party;
        if (party > c.parties().size()) {
            throw ProblemException.invalid("party", "第 " + party + " 位提出人不存在");
        }
        String note = body.note == null || body.note.isBlank() ? null : body.note.trim();
        c.contacted(party, method, on, ctx.actor(), note);
        return Outcome.note(c.leadDepartment(), method + "（" + on + "，" + c.party(party).name() + "）"
                + (note == null ? "" : "：" + note));
    }

    static String contactMethod(String given) {
        String m = given.trim();
        String byCode = CONTACT_METHODS.get(m.toUpperCase(Locale.ROOT));
        if (byCode != null) {
            return byCode;
        }
        if (CONTACT_METHODS.containsValue(m)) {
            return m;
        }
        throw ProblemException.invalid("method", "沟通方式须为 面商（MEETING）、电话（PHONE）、座谈（FORUM）或 走访（VISIT）");
    }

    // ---------------------------------------------------------------- extension and supervision

    public Outcome requestExtension(CaseContext ctx, MotionRequests.Extension body) {
        Case c = ctx.subject();
        Motion m = motion(c);
        int max = ctx.policy().maxExtension();
        if (m.extendedMonths() + body.months > max) {
            throw ProblemException.invalid("months", "延期累计不能超过 " + max + " 个月，自交办起最长 "
                    + (ctx.policy().replyWithin(c.category()) + max) + " 个月（已延期 " + m.extendedMonths() + " 个月）");
        }
        c.requestExtension(body.months, body.reason.trim(), ctx.today());
        return Outcome.note(c.leadDepartment(), "申请延期 " + body.months + " 个月：" + body.reason.trim());
    }

    /** M2; D8: refused after the due date. Every unit's part moves with the item. */
    public Outcome approveExtension(CaseContext ctx, CaseRequests.None body) {
        Case c = ctx.subject();
        String reason = c.extensionReason() == null ? "延期" : c.extensionReason();
        int months = c.decideExtension();
        motion(c).extend(months, ctx.policy().maxExtension());
        ctx.extendClock(replyPurpose(c), months, reason);
        for (CaseClock part : c.clocks()) {
            if (part.running() && "PART".equals(part.purpose())) {
                ctx.extendClock(part, months, reason);
            }
        }
        return Outcome.note(c.leadDepartment(), "批准延期 " + months + " 个月，期限至 " + c.dueOn());
    }

    public Outcome refuseExtension(CaseContext ctx, CaseRequests.Reason body) {
        ctx.subject().decideExtension();
        return Outcome.note(ctx.subject().leadDepartment(), body.reason.trim());
    }

    public Outcome urge(CaseContext ctx, CaseRequests.Note body) {
        Case c = ctx.subject();
        String note = body.text == null || body.text.isBlank() ? "请抓紧办理" : body.text.trim();
        Motion m = motion(c);
        List<String> units = m.separate() ? m.parts().stream().filter(p -> !p.held()).map(Part::department).toList()
                : List.of(c.leadDepartment());
        units.forEach(u -> ctx.notifyDepartment(u, "URGED", c.title(), c.reference(), String.valueOf(c.dueOn()), note));
        return Outcome.note(c.leadDepartment(), note);
    }

    // ---------------------------------------------------------------- reply and review

    /** The lead's 复文 (jointly), or its own part (separately); to the office's review. */
    public Outcome reply(CaseContext ctx, MotionRequests.Reply body) {
        Case c = ctx.subject();
        String replyClass = replyClass(ctx, body.replyClass);
        Motion m = motion(c);
        if (m.separate()) {
            return part(ctx, c, m, c.leadDepartment(), body.text.trim(), replyClass);
        }
        c.holdReply(body.text.trim());
        m.holdClass(replyClass);
        return Outcome.to("REVIEW", c.leadDepartment(), "复文已提交审核（" + replyClass + " 类）");
    }

    /** A separate unit's own part. */
    public Outcome replyPart(CaseContext ctx, MotionRequests.Reply body) {
        Case c = ctx.subject();
        String replyClass = replyClass(ctx, body.replyClass);
        Motion m = motion(c);
        if (!m.separate()) {
            throw new Refused("主办协办的件由主办单位答复，协办单位请提交协办意见");
        }
        return part(ctx, c, m, ctx.actorDepartment(), body.text.trim(), replyClass);
    }

    private Outcome part(CaseContext ctx, Case c, Motion m, String department, String text, String replyClass) {
        boolean all = m.holdPart(department, text, replyClass);
        if (all) {
            // what the office reviews: every unit's part, with its class
            c.holdReply(String.join("\n\n", m.parts().stream().map(p -> "【" + departments.byCode(p.department())
                    .map(Departments.DepartmentView::name).orElse(p.department()) + "，" + p.heldClass() + " 类】" + p.heldText()).toList()));
        }
        return Outcome.to(all ? "REVIEW" : "HANDLING", department,
                "本单位答复已提交（" + replyClass + " 类）" + (all ? "，各分办单位均已答复，待审核" : ""));
    }

    /**
     * The office lets the reply go out (it may change the class): each reply meets its clock, its timeliness frozen
     * now; every proposer is sent the reply with their personal link to the feedback form.
     */
    public Outcome approveReply(CaseContext ctx, MotionRequests.Review body) {
        Case c = ctx.subject();
        Motion m = motion(c);
        String changed = body.replyClass == null || body.replyClass.isBlank() ? null : replyClass(ctx, body.replyClass);
        String purpose = replyPurpose(c);
        List<CaseReply> sent = new ArrayList<>();
        if (m.separate()) {
            List<Part> parts = m.parts().stream().sorted(java.util.Comparator.comparing(
                    (Part p) -> !p.department().equals(c.leadDepartment())).thenComparing(Part::department)).toList();
            for (Part p : parts) {
                sent.add(c.sendReply(c.clock("PART", p.department()), p.department(), ctx.actor(), ctx.now(), ctx.today(),
                        p.heldText(), changed != null ? changed : p.heldClass()));
            }
            ctx.meetClock(purpose);
            m.releaseParts();
        } else {
            sent.add(c.sendReply(purpose, c.leadDepartment(), ctx.actor(), ctx.now(), ctx.today(), c.heldReply(),
                    changed != null ? changed : m.heldClass()));
            m.holdClass(null);
        }
        MotionType type = type(ctx);
        for (CaseParty p : c.parties()) {
            ctx.notifyParty(p, "REPLIED", p.name(), type.assembly().item(), c.reference(), c.title(),
                    siteUrl + "/feedback.html#c=" + c.queryCode() + "&p=" + p.seq() + "&s=" + cases.issuePartySecret(p));
        }
        boolean onTime = sent.stream().allMatch(CaseReply::onTime);
        String classes = String.join("、", sent.stream().map(CaseReply::replyClass).distinct().toList());
        return Outcome.note(c.leadDepartment(), (onTime ? "按期答复" : "逾期答复") + "（" + classes + " 类）"
                + (changed != null ? "，审核时类别改为 " + changed : ""));
    }

    public Outcome sendBackReply(CaseContext ctx, CaseRequests.Reason body) {
        Case c = ctx.subject();
        c.holdReply(null);
        motion(c).releaseParts();
        return Outcome.note(c.leadDepartment(), body.reason.trim());
    }

    private String replyClass(CaseContext ctx, String given) {
        String code = given.trim().toUpperCase(Locale.ROOT);
        Map<String, String> classes = type(ctx).replyClasses();
        if (!classes.containsKey(code)) {
            throw ProblemException.invalid("replyClass", "答复类别须为 " + String.join("、", classes.keySet()) + " 之一");
        }
        return code;
    }

    private static String replyPurpose(Case c) {
        return c.clock("REHANDLE").isPresent() ? "REHANDLE" : "REPLY";
    }

    // ---------------------------------------------------------------- ratings

    /** A proposer rates through their own link. */
    public Outcome rate(CaseContext ctx, MotionRequests.Rating body) {
        return rated(ctx, ctx.party() == null ? 1 : ctx.party(), body.satisfaction, body.comment, "");
    }

    /** The office records a rating received on paper (征询意见表). */
    public Outcome recordRating(CaseContext ctx, MotionRequests.PaperRating body) {
        if (body.party > ctx.subject().parties().size()) {
            throw ProblemException.invalid("party", "第 " + body.party + " 位提出人不存在");
        }
        return rated(ctx, body.party, body.satisfaction, body.comment, "（征询意见表）");
    }

    /**
     * Every proposer rates each round once. The lead proposer's rating decides: 满意 / 基本满意 closes the item,
     * 不满意 opens another round (re-handled within 1 month; the first reply and its rating stay).
     */
    private Outcome rated(CaseContext ctx, int seq, CaseParty.Satisfaction satisfaction, String comment, String how) {
        Case c = ctx.subject();
        CaseParty party = c.party(seq);
        if (party.ratingOf(c.round()).isPresent()) {
            throw new Refused(party.name() + " 已对本轮答复作出评价");
        }
        String note = comment == null || comment.isBlank() ? null : comment.trim();
        c.rate(seq, satisfaction, note, ctx.now());
        String said = label(satisfaction) + how + "（" + party.name() + "）" + (note == null ? "" : "：" + note);
        if (seq != 1) {
            return Outcome.to(c.state(), c.leadDepartment(), said);
        }
        if (satisfaction != CaseParty.Satisfaction.DISSATISFIED) {
            return Outcome.to("CLOSED", c.leadDepartment(), said);
        }
        int round = c.reopen();
        Motion m = motion(c);
        int months = ctx.policy().rehandleWithin();
        ctx.startClock("REHANDLE", null, months, ctx.policy().maxExtension());
        String due = String.valueOf(c.dueOn());
        if (m.separate()) {
            for (Part p : m.parts()) {
                ctx.startClock("PART", p.department(), months, ctx.policy().maxExtension());
                ctx.notifyDepartment(p.department(), "REHANDLE", c.title(), c.reference(), due, note == null ? "" : note);
            }
        } else {
            ctx.notifyDepartment(c.leadDepartment(), "REHANDLE", c.title(), c.reference(), due, note == null ? "" : note);
        }
        return Outcome.to("HANDLING", c.leadDepartment(), said + "；重新办理（第 " + round + " 轮），期限至 " + due);
    }

    static String label(CaseParty.Satisfaction s) {
        return switch (s) {
            case SATISFIED -> "满意";
            case BASICALLY_SATISFIED -> "基本满意";
            case DISSATISFIED -> "不满意";
        };
    }

    // ---------------------------------------------------------------- public results

    /** 办理结果公开: the reply becomes a disclosure item of the 建议提案办理 column (personal data masked). */
    public Outcome publish(CaseContext ctx, MotionRequests.Publish body) {
        Case c = ctx.subject();
        CaseReply last = c.lastReply().orElseThrow(() -> new Refused("尚未答复，不能公开办理结果"));
        String text = Masking.text(body.text == null || body.text.isBlank() ? replies(c) : body.text.trim());
        c.publish(text);
        Motion m = motion(c);
        long item = results.publish(type(ctx), c, m, text, last, ctx.actor());
        m.published(item);
        return Outcome.note(null, "办理结果已公开");
    }

    /** The replies of the last round, each with its unit when handled separately. */
    private static String replies(Case c) {
        List<CaseReply> last = c.replies().stream().filter(r -> r.round() == c.lastReply().orElseThrow().round()).toList();
        return last.size() == 1 ? last.get(0).text()
                : String.join("\n\n", last.stream().map(CaseReply::text).toList());
    }
}
