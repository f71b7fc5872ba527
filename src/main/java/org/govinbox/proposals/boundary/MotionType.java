package org.govinbox.proposals.boundary;

import static org.govinbox.casework.entity.Workflow.By.CO_HANDLER;
import static org.govinbox.casework.entity.Workflow.By.DISPATCHER;
import static org.govinbox.casework.entity.Workflow.By.LEAD;
import static org.govinbox.casework.entity.Workflow.By.SUBMITTER;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.Config;
import org.govinbox.casework.boundary.CaseAction;
import org.govinbox.casework.boundary.CaseRequests;
import org.govinbox.casework.boundary.CaseType;
import org.govinbox.casework.control.CasePolicy;
import org.govinbox.casework.entity.Workflow;
import org.govinbox.platform.control.ConfiguredList;
import org.govinbox.proposals.entity.Assembly;

/**
 * What a deputy's suggestion and a member's proposal share as case types: the workflow, the policy read from
 * {@code govinbox.case.<type>.*} with the reply classes and the co-handler's opinion clock, and the actions
 * ({@link MotionActions}). The two differ in wording, their assembly and how the return window is counted.
 * <p>
 * The life of an item: 已登记 REGISTERED → (交办: a lead and co-handlers, or separately to several units; a 3-month clock)
 * HANDLING → (复文 with a class; separately handled: when every unit's part is in) REVIEW → (审核通过) REPLIED →
 * (the lead proposer rates 满意 / 基本满意) CLOSED, or (不满意) HANDLING again for another round within 1 month.
 * Co-signers rate too, without moving the item. A unit returns a wrong assignment (退回) to REGISTERED.
 */
public abstract class MotionType implements CaseType {

    static Workflow workflow(String code, String item) {
        return Workflow.of(code)
                .state("REGISTERED", "已登记，待交办", true)
                .state("HANDLING", "办理中", true)
                .state("REVIEW", "复文待审核", true)
                .state("REPLIED", "已答复，待评价", false)
                .state("CLOSED", "已办结", false)
                .action("ASSIGN", "交办", DISPATCHER, Set.of("REGISTERED"), "HANDLING")
                .action("RETURN", "退回交办", LEAD, Set.of("HANDLING"), "REGISTERED")
                .action("OPINION", "协办意见", CO_HANDLER, Set.of("HANDLING", "REVIEW"))
                .action("CONTACT", "沟通联系" + (item.equals("建议") ? "代表" : "委员"), LEAD, Set.of("HANDLING", "REVIEW"))
                .action("REQUEST_EXTENSION", "申请延期", LEAD, Set.of("HANDLING"))
                .action("APPROVE_EXTENSION", "批准延期", DISPATCHER, Set.of("HANDLING"))
                .action("REFUSE_EXTENSION", "不批准延期", DISPATCHER, Set.of("HANDLING"))
                .action("URGE", "督办", DISPATCHER, Set.of("HANDLING"))
                .action("REPLY", "答复（复文）", LEAD, Set.of("HANDLING"), "REVIEW", "HANDLING")
                .action("REPLY_PART", "分办答复", CO_HANDLER, Set.of("HANDLING"), "REVIEW", "HANDLING")
                .action("APPROVE_REPLY", "审核通过复文", DISPATCHER, Set.of("REVIEW"), "REPLIED")
                .action("SEND_BACK_REPLY", "退回复文", DISPATCHER, Set.of("REVIEW"), "HANDLING")
                .action("RATE", "评价", SUBMITTER, Set.of("REPLIED", "CLOSED"), "CLOSED", "HANDLING", "REPLIED")
                .action("RECORD_RATING", "录入征询意见表", DISPATCHER, Set.of("REPLIED", "CLOSED"), "CLOSED", "HANDLING", "REPLIED")
                .action("PUBLISH", "公开办理结果", DISPATCHER, Set.of("REPLIED", "CLOSED"))
                .build();
    }

    private final Assembly assembly;
    private final Workflow workflow;
    private CasePolicy policy;
    private Map<String, String> replyClasses;
    private int opinionWithin;
    private List<CaseAction<?>> actions;

    protected MotionType(Assembly assembly) {
        this.assembly = assembly;
        this.workflow = workflow(assembly.caseType(), assembly.item());
    }

    /** Reads the policy and builds the actions (called by each type at start). */
    protected void read(Config config, MotionActions motions) {
        String prefix = "govinbox.case." + code().toLowerCase(java.util.Locale.ROOT) + ".";
        policy = CasePolicy.read(config, code());
        replyClasses = ConfiguredList.pairs(config.getValue(prefix + "reply-classes", String.class));
        opinionWithin = config.getValue(prefix + "opinion-within", Integer.class);
        actions = List.of(
                CaseAction.of("ASSIGN", MotionRequests.Assign.class, motions::assign),
                CaseAction.of("RETURN", CaseRequests.Reason.class, motions::returnAssignment),
                CaseAction.of("OPINION", CaseRequests.Text.class, motions::opinion)
                        .offeredWhen(c -> motions.joint(c)),
                CaseAction.of("CONTACT", MotionRequests.Contact.class, motions::contact),
                CaseAction.of("REQUEST_EXTENSION", MotionRequests.Extension.class, motions::requestExtension)
                        .offeredWhen(c -> c.extensionRequested().isEmpty()),
                CaseAction.of("APPROVE_EXTENSION", CaseRequests.None.class, motions::approveExtension)
                        .offeredWhen(c -> c.extensionRequested().isPresent()),
                CaseAction.of("REFUSE_EXTENSION", CaseRequests.Reason.class, motions::refuseExtension)
                        .offeredWhen(c -> c.extensionRequested().isPresent()),
                CaseAction.of("URGE", CaseRequests.Note.class, motions::urge),
                CaseAction.of("REPLY", MotionRequests.Reply.class, motions::reply)
                        .offeredWhen(c -> motions.partOpen(c, c.leadDepartment())),
                CaseAction.of("REPLY_PART", MotionRequests.Reply.class, motions::replyPart)
                        .offeredWhen(c -> !motions.joint(c)),
                CaseAction.of("APPROVE_REPLY", MotionRequests.Review.class, motions::approveReply),
                CaseAction.of("SEND_BACK_REPLY", CaseRequests.Reason.class, motions::sendBackReply),
                CaseAction.of("RATE", MotionRequests.Rating.class, motions::rate),
                CaseAction.of("RECORD_RATING", MotionRequests.PaperRating.class, motions::recordRating),
                CaseAction.of("PUBLISH", MotionRequests.Publish.class, motions::publish)
                        .offeredWhen(c -> !c.published()));
    }

    public Assembly assembly() {
        return assembly;
    }

    /** The reply classes, code to label, in their order. */
    public Map<String, String> replyClasses() {
        return replyClasses;
    }

    /** Months a co-handler has for its opinion to the lead. */
    public int opinionWithin() {
        return opinionWithin;
    }

    /** Whether an assignment made on {@code assignedOn} can still be returned today (the window differs by type). */
    public abstract boolean returnable(java.time.LocalDate assignedOn, java.time.LocalDate today,
                                org.govinbox.casework.boundary.CaseContext ctx);

    @Override
    public String code() {
        return assembly.caseType();
    }

    @Override
    public String submitterName() {
        return assembly.proposer();
    }

    @Override
    public Workflow workflow() {
        return workflow;
    }

    @Override
    public CasePolicy policy() {
        return policy;
    }

    @Override
    public String templates() {
        return "proposals/" + code().toLowerCase(java.util.Locale.ROOT) + "-templates.properties";
    }

    @Override
    public List<CaseAction<?>> actions() {
        return actions;
    }

    @Override
    public Map<String, Map<String, String>> choices() {
        Map<String, String> modes = new java.util.LinkedHashMap<>();
        modes.put("JOINT", "主办协办");
        modes.put("SEPARATE", "分办（各单位分别答复）");
        Map<String, String> ratings = new java.util.LinkedHashMap<>();
        ratings.put("SATISFIED", "满意");
        ratings.put("BASICALLY_SATISFIED", "基本满意");
        ratings.put("DISSATISFIED", "不满意");
        return Map.of("replyClass", replyClasses, "mode", modes, "method", MotionActions.CONTACT_METHODS,
                "satisfaction", ratings);
    }

    @Override
    public boolean remindOffice() {
        return true;
    }

    @Override
    public String finishedState() {
        return "CLOSED";
    }

    @Override
    public String submitterRole() {
        return "LEAD";
    }
}
