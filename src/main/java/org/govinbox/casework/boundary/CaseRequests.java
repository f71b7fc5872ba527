package org.govinbox.casework.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.govinbox.casework.entity.CaseParty;

/**
 * The request body of each standard action, one class each, checked by Bean Validation (400 naming the field).
 * Classes with public fields rather than records: Payara's OpenAPI processor fails on constraint annotations on
 * a record's constructor parameters (seen with 6.2025.10).
 */
public final class CaseRequests {

    private CaseRequests() {
    }

    /** An action without a body. */
    public static class None {
    }

    public static class Reason {
        @NotBlank(message = "请说明理由")
        @Size(max = 500, message = "理由不能超过 500 个字")
        public String reason;
    }

    public static class Duplicate {
        @NotNull(message = "请给出重复的事项编号")
        public Long duplicateOf;
    }

    public static class Assign {
        @NotBlank(message = "请选择主办单位")
        public String lead;
        public List<String> coHandlers;
        /** 交办意见: what the office asks of the units (optional). */
        @Size(max = 500, message = "交办意见不能超过 500 个字")
        public String instruction;
    }

    public static class Text {
        @NotBlank(message = "请填写内容")
        @Size(max = 5000, message = "不能超过 5000 个字")
        public String text;
    }

    /** An optional note (urging). */
    public static class Note {
        @Size(max = 500, message = "不能超过 500 个字")
        public String text;
    }

    public static class Extension {
        @NotNull(message = "请填写延期天数")
        @Positive(message = "延期天数至少为 1")
        public Integer days;
        @NotBlank(message = "请说明延期理由")
        @Size(max = 500, message = "理由不能超过 500 个字")
        public String reason;
    }

    /** What becomes public (each part masked again on the server); a part left empty: the case's own, masked. */
    public static class Publish {
        @Size(max = 200, message = "公开标题不能超过 200 个字")
        public String publishedTitle;
        @Size(max = 5000, message = "不能超过 5000 个字")
        public String publishedContent;
        @Size(max = 10000, message = "公开答复不能超过 10000 个字")
        public String publishedReply;
    }

    public static class Rate {
        @NotNull(message = "请选择满意、基本满意或不满意（SATISFIED、BASICALLY_SATISFIED、DISSATISFIED）")
        public CaseParty.Satisfaction satisfaction;
        @Size(max = 500, message = "评价意见不能超过 500 个字")
        public String comment;

        public static Rate of(CaseParty.Satisfaction satisfaction, String comment) {
            Rate rate = new Rate();
            rate.satisfaction = satisfaction;
            rate.comment = comment;
            return rate;
        }
    }
}
