package org.govinbox.proposals.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.govinbox.casework.boundary.CaseRequests;

/** The bodies of the actions on suggestions and proposals (public fields: see {@link CaseRequests}). */
public final class MotionRequests {

    private MotionRequests() {
    }

    /** 交办: JOINT — a lead (主办) and co-handlers (协办); SEPARATE — every unit answers its own part (分办). */
    public static class Assign {
        @NotBlank(message = "请选择主办单位")
        public String lead;
        public List<String> coHandlers;
        @Pattern(regexp = "JOINT|SEPARATE", message = "办理方式须为 JOINT（主办协办）或 SEPARATE（分办）")
        public String mode;
    }

    /** 面商 / 电话 / 座谈 / 走访 with the proposer (party: which one, the lead by default). */
    public static class Contact {
        @NotBlank(message = "请选择沟通方式（面商、电话、座谈、走访）")
        public String method;
        @NotBlank(message = "请填写沟通日期")
        public String on;
        @Size(max = 2000, message = "沟通情况不能超过 2000 个字")
        public String note;
        @Positive(message = "party 须为提出人的序号")
        public Integer party;
    }

    public static class Extension {
        @NotNull(message = "请填写延期月数")
        @Positive(message = "延期月数至少为 1")
        @Max(value = 3, message = "延期月数至多为 3")
        public Integer months;
        @NotBlank(message = "请说明延期理由")
        @Size(max = 500, message = "理由不能超过 500 个字")
        public String reason;
    }

    /** 复文 and its class (A–D, from config). */
    public static class Reply {
        @NotBlank(message = "请填写答复内容（复文）")
        @Size(max = 20000, message = "答复内容不能超过 20000 个字")
        public String text;
        @NotBlank(message = "请选择答复类别（如 A、B、C、D）")
        public String replyClass;
    }

    /** The office's review: it may change the class. */
    public static class Review {
        public String replyClass;
    }

    /** A proposer's own rating, through their personal link. */
    public static class Rating extends CaseRequests.Rate {
    }

    /** A rating received on paper (征询意见表), recorded by the office for a proposer. */
    public static class PaperRating extends CaseRequests.Rate {
        @NotNull(message = "请选择评价的提出人")
        @Positive(message = "party 须为提出人的序号")
        public Integer party;
    }

    /** The office decides to publish the result; the reply is published (personal data masked) unless text is given. */
    public static class Publish {
        @Size(max = 20000, message = "不能超过 20000 个字")
        public String text;
    }
}
