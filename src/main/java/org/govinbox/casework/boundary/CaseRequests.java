package org.govinbox.casework.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The request body of each standard action, one record each, checked by Bean Validation (400 naming the field). */
public final class CaseRequests {

    private CaseRequests() {
    }

    /** An action without a body. */
    public record None() {
    }

    public record Reason(@NotBlank(message = "请说明理由") @Size(max = 500, message = "理由不能超过 500 个字") String reason) {
    }

    public record Duplicate(@NotNull(message = "请给出重复的事项编号") Long duplicateOf) {
    }

    public record Assign(@NotBlank(message = "请选择主办单位") String lead, List<@NotBlank(message = "请选择协办单位") String> coHandlers) {
    }

    public record Text(@NotBlank(message = "请填写内容") @Size(max = 5000, message = "不能超过 5000 个字") String text) {
    }

    /** An optional note (urging). */
    public record Note(@Size(max = 500, message = "不能超过 500 个字") String text) {
    }

    public record Extension(@NotNull(message = "请填写延期天数") @Positive(message = "延期天数至少为 1") Integer days,
                            @NotBlank(message = "请说明延期理由") @Size(max = 500, message = "理由不能超过 500 个字") String reason) {
    }

    public record Publish(@Size(max = 5000, message = "不能超过 5000 个字") String publishedContent) {
    }

    public record Rate(@NotNull(message = "请选择满意、基本满意或不满意（SATISFIED、BASICALLY_SATISFIED、DISSATISFIED）")
                       org.govinbox.casework.entity.CaseParty.Satisfaction satisfaction,
                       @Size(max = 500, message = "评价意见不能超过 500 个字") String comment) {
    }
}
