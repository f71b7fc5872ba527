package org.govinbox.inquiry;

import static org.govinbox.casework.entity.Workflow.By.DISPATCHER;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.govinbox.calendar.entity.ClockKind;
import org.govinbox.casework.boundary.CaseAction;
import org.govinbox.casework.boundary.CaseAction.Outcome;
import org.govinbox.casework.boundary.CaseContext;
import org.govinbox.casework.boundary.CaseRequests;
import org.govinbox.casework.boundary.CaseType;
import org.govinbox.casework.boundary.StandardActions;
import org.govinbox.casework.control.CasePolicy;
import org.govinbox.casework.entity.CaseReply;
import org.govinbox.casework.entity.Workflow;

/** The test-only case type (see package-info): 待处理 → (等待补充材料 ⇄) → 已答复 with a class A–D. */
@ApplicationScoped
public class InquiryType implements CaseType {

    public static final String CODE = "INQUIRY";

    static final Workflow WORKFLOW = Workflow.of(CODE)
            .state("RECEIVED", "待处理", true)
            .state("WAITING", "等待补充材料", true)
            .state("ANSWERED", "已答复", false)
            .action("ASK_MORE", "要求补充材料", DISPATCHER, Set.of("RECEIVED"), "WAITING")
            .action("SUPPLIED", "材料已补充", DISPATCHER, Set.of("WAITING"), "RECEIVED")
            .action("URGE", "催办", DISPATCHER, Set.of("RECEIVED", "WAITING"))
            .action("ANSWER", "答复", DISPATCHER, Set.of("RECEIVED"), "ANSWERED")
            .build();

    /** What is missing. */
    public static class AskMore {
        @NotBlank(message = "请写明需要补充的材料")
        public String what;
    }

    /** The answer and its class. */
    public static class Answer {
        @NotBlank(message = "请填写答复内容")
        public String text;
        @NotBlank(message = "请选择答复类别")
        @Pattern(regexp = "[ABCD]", message = "答复类别须为 A、B、C 或 D")
        public String replyClass;
    }

    @Inject
    StandardActions standard;

    private List<CaseAction<?>> actions;

    @PostConstruct
    void build() {
        actions = List.of(
                CaseAction.of("ASK_MORE", AskMore.class, InquiryType::askMore),
                CaseAction.of("SUPPLIED", CaseRequests.None.class, InquiryType::supplied),
                CaseAction.of("URGE", CaseRequests.Note.class, standard::urge),
                CaseAction.of("ANSWER", Answer.class, InquiryType::answer));
    }

    /** The clock stops while the inquirer supplies what is missing. */
    static Outcome askMore(CaseContext ctx, AskMore body) {
        ctx.pauseClock("ACCEPT", body.what);
        return Outcome.note(null, "需补充：" + body.what);
    }

    static Outcome supplied(CaseContext ctx, CaseRequests.None body) {
        ctx.resumeClock("ACCEPT");
        return Outcome.note(null, "期限至 " + ctx.subject().dueOn());
    }

    static Outcome answer(CaseContext ctx, Answer body) {
        CaseReply reply = ctx.subject().sendReply("ACCEPT", null, ctx.actor(), ctx.now(), ctx.today(), body.text, body.replyClass);
        return Outcome.note(null, (reply.onTime() ? "按期答复" : "逾期答复") + "（" + body.replyClass + " 类）");
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String name() {
        return "咨询登记（测试类型）";
    }

    @Override
    public String submitterName() {
        return "咨询人";
    }

    @Override
    public Workflow workflow() {
        return WORKFLOW;
    }

    @Override
    public CasePolicy policy() {
        Map<String, Integer> within = new LinkedHashMap<>(Map.of("GENERAL", 5));
        // a month clock of 24: its due date always lies in a year without official calendar data (provisional)
        return new CasePolicy(CODE, Map.of("WEB", "网上咨询"), Map.of("GENERAL", "一般咨询"), ClockKind.MONTHS, 24,
                within, 0, 5, 0, 2, false, List.of());
    }

    @Override
    public String templates() {
        return "inquiry/templates.properties";
    }

    @Override
    public List<CaseAction<?>> actions() {
        return actions;
    }
}
