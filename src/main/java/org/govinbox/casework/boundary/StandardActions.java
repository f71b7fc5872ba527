package org.govinbox.casework.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.govinbox.casework.boundary.CaseAction.Outcome;
import org.govinbox.casework.boundary.CaseRequests.Assign;
import org.govinbox.casework.boundary.CaseRequests.Duplicate;
import org.govinbox.casework.boundary.CaseRequests.Extension;
import org.govinbox.casework.boundary.CaseRequests.None;
import org.govinbox.casework.boundary.CaseRequests.Note;
import org.govinbox.casework.boundary.CaseRequests.Publish;
import org.govinbox.casework.boundary.CaseRequests.Rate;
import org.govinbox.casework.boundary.CaseRequests.Reason;
import org.govinbox.casework.boundary.CaseRequests.Text;
import org.govinbox.casework.control.CasePolicy;
import org.govinbox.casework.control.Masking;
import org.govinbox.casework.entity.Case;
import org.govinbox.casework.entity.CaseParty;
import org.govinbox.casework.entity.CaseReply;
import org.govinbox.platform.boundary.ProblemException;
import org.govinbox.platform.entity.Refused;

/**
 * The actions most case types share, for a type to list among its own ({@code CaseAction.of("ACCEPT", None.class,
 * standard::accept)}); what each does depends on the type's policy, never on the type. Clock purposes: ACCEPT,
 * REPLY, REHANDLE. Mail templates used (T2): REJECTED, ASSIGNED, URGED, REPLIED.
 */
@ApplicationScoped
public class StandardActions {

    /** Meets the acceptance clock (its timeliness frozen) and starts the reply clock of the case's category. */
    public Outcome accept(CaseContext ctx, None body) {
        CasePolicy policy = ctx.policy();
        ctx.meetClock("ACCEPT");
        ctx.startClock("REPLY", null, policy.replyWithin(ctx.subject().category()), policy.maxExtension());
        return Outcome.note(null, null);
    }

    /** A configured reason only; the submitter is told. */
    public Outcome reject(CaseContext ctx, Reason body) {
        if (!ctx.policy().rejectReasons().contains(body.reason.trim())) {
            throw ProblemException.invalid("reason", "不予受理的理由须从配置的理由中选择");
        }
        Case c = ctx.subject();
        c.reject(body.reason.trim(), ctx.now());
        tellSubmitter(ctx, "REJECTED", c.title(), c.rejectReason());
        return Outcome.note(null, c.rejectReason());
    }

    public Outcome markDuplicate(CaseContext ctx, Duplicate body) {
        Case original = ctx.sameType("duplicateOf", body.duplicateOf);
        ctx.subject().markDuplicate(original, ctx.now());
        return Outcome.note(null, "与第 " + original.id() + " 号重复");
    }

    /** A lead unit and optional co-handling units, each told by mail. */
    public Outcome assign(CaseContext ctx, Assign body) {
        String lead = ctx.department("lead", body.lead.trim());
        List<String> co = new ArrayList<>();
        for (String d : body.coHandlers == null ? List.<String>of() : body.coHandlers) {
            co.add(ctx.department("coHandlers", d.trim()));
        }
        Case c = ctx.subject();
        c.assign(ctx.today(), lead, co);
        String due = String.valueOf(c.dueOn());
        String coNames = String.join("、", co.stream().map(ctx::departmentName).toList());
        String instruction = body.instruction == null || body.instruction.isBlank() ? null : "交办意见：" + body.instruction.strip();
        String leadRole = co.isEmpty() ? "主办" : "主办（协办：" + coNames + "）";
        ctx.notifyDepartment(lead, "ASSIGNED", c.title(), c.id(), join(leadRole, instruction), due);
        co.forEach(d -> ctx.notifyDepartment(d, "ASSIGNED", c.title(), c.id(), join("协办，请将协办意见送主办单位", instruction), due));
        String note = join(co.isEmpty() ? null : "协办：" + coNames, instruction);
        return Outcome.note(lead, note.isEmpty() ? null : note);
    }

    /** The parts that are there, joined by ；. */
    private static String join(String... parts) {
        return String.join("；", java.util.Arrays.stream(parts).filter(java.util.Objects::nonNull).toList());
    }

    /** Within the policy's return window (working days after the assignment); after it the assignment stands. */
    public Outcome returnAssignment(CaseContext ctx, Reason body) {
        Case c = ctx.subject();
        if (c.assignedOn() == null || ctx.workingDaysSince(c.assignedOn()) > ctx.policy().returnWindow()) {
            throw new Refused("交办已超过退回期限，交办成立，不能再退回");
        }
        c.unassign(ctx.now());
        return Outcome.note(ctx.actorDepartment(), body.reason.trim());
    }

    public Outcome opinion(CaseContext ctx, Text body) {
        ctx.subject().opinion(ctx.actorDepartment(), body.text.trim());
        return Outcome.note(ctx.actorDepartment(), body.text.trim());
    }

    /** C7: up to the policy's maximum, before the due date. */
    public Outcome requestExtension(CaseContext ctx, Extension body) {
        CasePolicy policy = ctx.policy();
        if (body.days > policy.maxExtension()) {
            throw ProblemException.invalid("days", "延期天数须为 1 到 " + policy.maxExtension() + policy.clock().unit());
        }
        Case c = ctx.subject();
        c.requestExtension(body.days, body.reason.trim(), ctx.today());
        return Outcome.note(c.leadDepartment(), "申请延期 " + body.days + policy.clock().unit() + "：" + body.reason.trim());
    }

    /** D8: refused after the due date, so that no late reply becomes a timely one. */
    public Outcome approveExtension(CaseContext ctx, None body) {
        Case c = ctx.subject();
        String reason = c.extensionReason() == null ? "延期" : c.extensionReason();
        int units = c.decideExtension();
        ctx.extendClock(replyPurpose(c), units, reason);
        return Outcome.note(c.leadDepartment(), "批准延期 " + units + ctx.policy().clock().unit() + "，期限至 " + c.dueOn());
    }

    public Outcome refuseExtension(CaseContext ctx, Reason body) {
        ctx.subject().decideExtension();
        return Outcome.note(ctx.subject().leadDepartment(), body.reason.trim());
    }

    public Outcome urge(CaseContext ctx, Note body) {
        Case c = ctx.subject();
        String note = body.text == null || body.text.isBlank() ? "请抓紧办理" : body.text.trim();
        ctx.notifyDepartment(c.leadDepartment(), "URGED", c.title(), c.id(), String.valueOf(c.dueOn()), note);
        return Outcome.note(c.leadDepartment(), note);
    }

    /** The lead's reply: goes out at once, or to review first (the row's second target) when the policy says so. */
    public Outcome reply(CaseContext ctx, Text body) {
        Case c = ctx.subject();
        if (ctx.policy().reviewReplies()) {
            c.holdReply(body.text.trim());
            return Outcome.to(ctx.alternative(), c.leadDepartment(), "答复已提交审核");
        }
        return send(ctx, body.text.trim());
    }

    public Outcome approveReply(CaseContext ctx, None body) {
        return send(ctx, ctx.subject().heldReply());
    }

    public Outcome sendBackReply(CaseContext ctx, Reason body) {
        ctx.subject().holdReply(null);
        return Outcome.note(ctx.subject().leadDepartment(), body.reason.trim());
    }

    /** P2: exactly what a publication shows: the title, the content and the latest reply, each masked. */
    public record Publication(String title, String content, String reply, String writer) {
    }

    /** C6, P2: the parts the dispatcher edited (or the case's own), masked as {@link #publication} shows them. */
    public Outcome publish(CaseContext ctx, Publish body) {
        Publication p = publication(ctx.subject(), body);
        ctx.subject().publish(p.title(), p.content(), p.reply());
        return Outcome.note(null, null);
    }

    /** P2: what {@link #publish} would make public, for the dispatcher to read before (and as the public page shows). */
    public Publication publication(Case c, Publish body) {
        c.checkPublishable();
        List<String> names = c.parties().stream().map(CaseParty::name).toList();
        String reply = c.replies().stream().filter(r -> r.sentAt() != null).reduce((first, second) -> second)
                .map(CaseReply::text).orElse(null);
        return new Publication(Masking.publication(given(body.publishedTitle, c.title()), names),
                Masking.publication(given(body.publishedContent, c.content()), names),
                Masking.publication(given(body.publishedReply, reply), names), Masking.name(c.submitter().name()));
    }

    private static String given(String edited, String own) {
        return edited == null || edited.isBlank() ? own : edited.trim();
    }

    /** P1: the first party withdraws their consent to publication; a publication already made is taken down. */
    public Outcome withdrawConsent(CaseContext ctx, None body) {
        boolean wasPublished = ctx.subject().published();
        if (!ctx.subject().withdrawConsent(ctx.now())) {
            throw new Refused("未同意公开，无需撤回");
        }
        return Outcome.note(null, wasPublished ? "已撤回公开同意，已公开的内容已撤下" : "已撤回公开同意");
    }

    /** The first party rates; 不满意 opens another round with the same lead and a fresh clock (the row's second target). */
    public Outcome rate(CaseContext ctx, Rate body) {
        Case c = ctx.subject();
        String comment = body.comment == null || body.comment.isBlank() ? null : body.comment.trim();
        c.rate(1, body.satisfaction, comment, ctx.now());
        if (body.satisfaction == CaseParty.Satisfaction.DISSATISFIED) {
            int round = c.reopen();
            ctx.startClock("REHANDLE", null, ctx.policy().rehandleWithin(), ctx.policy().maxExtension());
            ctx.notifyDepartment(c.leadDepartment(), "ASSIGNED", c.title(), c.id(), "不满意，重新办理", String.valueOf(c.dueOn()));
            return Outcome.to(ctx.alternative(), c.leadDepartment(), "不满意，退回原承办单位重新办理（第 " + (round - 1) + " 次）。"
                    + (comment == null ? "" : "意见：" + comment));
        }
        return Outcome.note(c.leadDepartment(), (body.satisfaction == CaseParty.Satisfaction.SATISFIED ? "满意" : "基本满意")
                + (comment == null ? "" : "：" + comment));
    }

    /** C4: the reply answers the running reply or re-handling clock, its timeliness frozen now. */
    private Outcome send(CaseContext ctx, String text) {
        Case c = ctx.subject();
        CaseReply reply = c.sendReply(replyPurpose(c), c.leadDepartment(), ctx.actor(), ctx.now(), ctx.today(), text, null);
        tellSubmitter(ctx, "REPLIED", c.title(), ctx.today().toString());
        return Outcome.note(c.leadDepartment(), reply.onTime() ? "按期答复" : "逾期答复");
    }

    private static String replyPurpose(Case c) {
        return c.clock("REHANDLE").isPresent() ? "REHANDLE" : "REPLY";
    }

    /** The submitter's mail: code and name first, then the template's own arguments (for a type's own actions too). */
    public static void tellSubmitter(CaseContext ctx, String template, Object... arguments) {
        Case c = ctx.subject();
        Object[] all = new Object[arguments.length + 2];
        all[0] = c.queryCode();
        all[1] = c.submitter().name();
        System.arraycopy(arguments, 0, all, 2, arguments.length);
        ctx.notifyParty(c.submitter(), template, all);
    }
}
