package org.govinbox.mailbox.boundary;

import static org.govinbox.casework.entity.Workflow.By.CO_HANDLER;
import static org.govinbox.casework.entity.Workflow.By.DISPATCHER;
import static org.govinbox.casework.entity.Workflow.By.LEAD;
import static org.govinbox.casework.entity.Workflow.By.SUBMITTER;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;
import org.govinbox.casework.boundary.CaseAction;
import org.govinbox.casework.boundary.CaseRequests;
import org.govinbox.casework.boundary.CaseType;
import org.govinbox.casework.boundary.StandardActions;
import org.govinbox.casework.control.CasePolicy;
import org.govinbox.casework.entity.Workflow;

/**
 * The mailbox letter (市长信箱 / 区长信箱) as a case type: its workflow, its policy ({@code govinbox.case.letter.*})
 * and its actions, all of them the engine's standard ones.
 * <p>
 * The life of a letter: 待受理 RECEIVED → (受理) ACCEPTED → (交办) ASSIGNED → (答复, or via REVIEW when replies are
 * reviewed) REPLIED → (满意 / 基本满意) CLOSED, or (不满意) back to ASSIGNED for another round; also REJECTED (不予受理)
 * and DUPLICATE (重复件) from intake, 退回 from ASSIGNED back to ACCEPTED, and 公开 of a replied letter, which its
 * writer's 撤回公开同意 (at any time) prevents or takes down.
 */
@ApplicationScoped
public class LetterType implements CaseType {

    public static final String CODE = "LETTER";

    static final Workflow WORKFLOW = Workflow.of(CODE)
            .state("RECEIVED", "待受理", true)
            .state("ACCEPTED", "已受理，待交办", true)
            .state("ASSIGNED", "办理中", true)
            .state("REVIEW", "答复待审核", true)
            .state("REPLIED", "已答复", false)
            .state("CLOSED", "已办结", false)
            .state("REJECTED", "不予受理", false)
            .state("DUPLICATE", "重复件", false)
            .action("ACCEPT", "受理", DISPATCHER, Set.of("RECEIVED"), "ACCEPTED")
            .action("REJECT", "不予受理", DISPATCHER, Set.of("RECEIVED"), "REJECTED")
            .action("MARK_DUPLICATE", "标记重复件", DISPATCHER, Set.of("RECEIVED", "ACCEPTED"), "DUPLICATE")
            .action("ASSIGN", "交办", DISPATCHER, Set.of("ACCEPTED"), "ASSIGNED")
            .action("RETURN", "退回", LEAD, Set.of("ASSIGNED"), "ACCEPTED")
            .action("OPINION", "协办意见", CO_HANDLER, Set.of("ASSIGNED"))
            .action("REQUEST_EXTENSION", "申请延期", LEAD, Set.of("ASSIGNED"))
            .action("APPROVE_EXTENSION", "批准延期", DISPATCHER, Set.of("ASSIGNED"))
            .action("REFUSE_EXTENSION", "不批准延期", DISPATCHER, Set.of("ASSIGNED"))
            .action("URGE", "催办", DISPATCHER, Set.of("ASSIGNED"))
            .action("REPLY", "答复", LEAD, Set.of("ASSIGNED"), "REPLIED", "REVIEW")
            .action("APPROVE_REPLY", "审核通过答复", DISPATCHER, Set.of("REVIEW"), "REPLIED")
            .action("SEND_BACK_REPLY", "退回答复重办", DISPATCHER, Set.of("REVIEW"), "ASSIGNED")
            .action("RATE", "评价", SUBMITTER, Set.of("REPLIED"), "CLOSED", "ASSIGNED")
            .action("PUBLISH", "公开答复", DISPATCHER, Set.of("REPLIED", "CLOSED"))
            .action("WITHDRAW_CONSENT", "撤回公开同意", SUBMITTER,
                    Set.of("RECEIVED", "ACCEPTED", "ASSIGNED", "REVIEW", "REPLIED", "CLOSED", "REJECTED", "DUPLICATE"))
            .build();

    @Inject
    StandardActions standard;

    private CasePolicy policy;
    private List<CaseAction<?>> actions;

    @PostConstruct
    void read() {
        policy = CasePolicy.read(ConfigProvider.getConfig(), CODE);
        actions = List.of(
                CaseAction.of("ACCEPT", CaseRequests.None.class, standard::accept),
                CaseAction.of("REJECT", CaseRequests.Reason.class, standard::reject),
                CaseAction.of("MARK_DUPLICATE", CaseRequests.Duplicate.class, standard::markDuplicate),
                CaseAction.of("ASSIGN", CaseRequests.Assign.class, standard::assign),
                CaseAction.of("RETURN", CaseRequests.Reason.class, standard::returnAssignment),
                CaseAction.of("OPINION", CaseRequests.Text.class, standard::opinion),
                CaseAction.of("REQUEST_EXTENSION", CaseRequests.Extension.class, standard::requestExtension),
                CaseAction.of("APPROVE_EXTENSION", CaseRequests.None.class, standard::approveExtension)
                        .offeredWhen(c -> c.extensionRequested().isPresent()),
                CaseAction.of("REFUSE_EXTENSION", CaseRequests.Reason.class, standard::refuseExtension)
                        .offeredWhen(c -> c.extensionRequested().isPresent()),
                CaseAction.of("URGE", CaseRequests.Note.class, standard::urge),
                CaseAction.of("REPLY", CaseRequests.Text.class, standard::reply),
                CaseAction.of("APPROVE_REPLY", CaseRequests.None.class, standard::approveReply),
                CaseAction.of("SEND_BACK_REPLY", CaseRequests.Reason.class, standard::sendBackReply),
                CaseAction.of("RATE", CaseRequests.Rate.class, standard::rate),
                CaseAction.of("PUBLISH", CaseRequests.Publish.class, standard::publish)
                        .offeredWhen(c -> c.submitter().consent() && !c.published())
                        .previewedBy(standard::publication),
                CaseAction.of("WITHDRAW_CONSENT", CaseRequests.None.class, standard::withdrawConsent)
                        .offeredWhen(c -> c.submitter().consent()));
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String name() {
        return "信箱来信";
    }

    @Override
    public String submitterName() {
        return "群众";
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
        return "mailbox/templates.properties";
    }

    @Override
    public List<CaseAction<?>> actions() {
        return actions;
    }

    @Override
    public String finishedState() {
        return "CLOSED";
    }

    @Override
    public String submitterRole() {
        return "WRITER";
    }
}
