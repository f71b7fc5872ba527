package org.govinbox.mailbox.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.govinbox.casework.control.CasePolicy;
import org.govinbox.casework.entity.Case;
import org.govinbox.casework.entity.CaseParty;
import org.govinbox.mailbox.boundary.LettersResource.LetterForm;
import org.govinbox.platform.boundary.Problem.FieldError;
import org.govinbox.platform.boundary.ProblemException;

/**
 * What a letter must be: L1 a configured mailbox and category; L2 a title and content that are not empty
 * after trimming, within their lengths, without control characters (line breaks and tabs allowed in the
 * content); L3 a name; L4 a mainland mobile number; L5 an e-mail address only if well-formed; L6 no more
 * attachments than allowed. HTML is kept as written and escaped wherever shown. Every broken rule is named.
 */
@ApplicationScoped
public class LetterRules {

    static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");
    /** An ASCII local part; the domain may be internationalised (政府.中国), sent in its IDNA form. */
    static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)*\\.[\\p{L}]{2,}");
    static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\r\\n\\t]]");
    static final Pattern ANY_CONTROL = Pattern.compile("\\p{Cntrl}");

    /** A letter as checked: what was written, and its writer. */
    public record Letter(Case.Submission submission, CaseParty.Details writer) {
    }

    @Inject
    LetterType type;

    @Inject
    @ConfigProperty(name = "govinbox.letter.attachments.max-count", defaultValue = "3")
    int attachmentsMaxCount;

    @Inject
    @ConfigProperty(name = "govinbox.letter.attachments.max-bytes", defaultValue = "5242880")
    long attachmentsMaxBytes;

    @Inject
    @ConfigProperty(name = "govinbox.letter.title-max", defaultValue = "100")
    int titleMax;

    @Inject
    @ConfigProperty(name = "govinbox.letter.content-max", defaultValue = "5000")
    int contentMax;

    /** P1: the privacy notice's version; a writer's consent is recorded with the version they read. */
    @Inject
    @ConfigProperty(name = "govinbox.privacy.notice-version")
    String noticeVersion;

    @Inject
    @ConfigProperty(name = "govinbox.privacy.notice")
    String notice;

    @Inject
    @ConfigProperty(name = "govinbox.case.letter.contact-retention-days")
    java.util.Optional<Integer> retentionDays;

    /** P1: the notice as the form shows it, the retention period filled in. */
    public String notice() {
        String period = retentionDays.map(d -> d % 365 == 0 ? d / 365 + " 年" : d + " 天").orElse(null);
        return period == null ? notice.replaceAll("[^。]*\\{retention\\}[^。]*。", "") : notice.replace("{retention}", period);
    }

    public String noticeVersion() {
        return noticeVersion;
    }

    /** The form's own words for its fields, for the summary above them. */
    private static final java.util.Map<String, String> LABELS = java.util.Map.of("mailbox", "信箱", "category", "类别",
            "title", "标题", "content", "内容", "name", "姓名", "phone", "手机号码", "email", "电子邮箱", "attachments", "附件",
            "privacy", "个人信息保护说明");

    public Letter check(LetterForm form) {
        if (form == null) {
            throw ProblemException.invalid("body", "请求体不能为空");
        }
        CasePolicy policy = type.policy();
        List<FieldError> errors = new ArrayList<>();
        if (form.mailbox == null || !policy.channels().containsKey(form.mailbox)) {
            errors.add(new FieldError("mailbox", "请选择信箱（" + String.join("、", policy.channels().values()) + "）"));
        }
        if (form.category == null || !policy.categories().containsKey(form.category)) {
            errors.add(new FieldError("category", "请选择来信类别（" + String.join("、", policy.categories().values()) + "）"));
        }
        String title = text("title", "标题", form.title, titleMax, false, errors);
        String content = text("content", "内容", form.content, contentMax, true, errors);
        String name = text("name", "姓名", form.name, 50, false, errors);
        String phone = form.phone == null ? "" : form.phone.trim().replace(" ", "").replace("-", "");
        if (!MOBILE.matcher(phone).matches()) {
            errors.add(new FieldError("phone", "请填写 11 位手机号码"));
        }
        String email = form.email == null || form.email.isBlank() ? null : form.email.trim().toLowerCase(Locale.ROOT);
        if (email != null && (email.length() > 200 || !EMAIL.matcher(email).matches())) {
            errors.add(new FieldError("email", "电子邮箱格式不正确"));
        }
        if (form.attachments != null && form.attachments.size() > attachmentsMaxCount) {
            errors.add(new FieldError("attachments", "附件最多 " + attachmentsMaxCount + " 个"));
        }
        // P1: the notice is accepted on the server too, in the version the form showed
        if (!Boolean.TRUE.equals(form.privacyAccepted)) {
            errors.add(new FieldError("privacy", "请阅读并同意个人信息保护说明"));
        } else if (form.noticeVersion != null && !form.noticeVersion.equals(noticeVersion)) {
            errors.add(new FieldError("privacy", "个人信息保护说明已更新，请刷新页面，重新阅读并确认"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("请检查以下内容：" + String.join("、",
                    errors.stream().map(e -> LABELS.getOrDefault(e.field(), e.field())).distinct().toList()), errors);
        }
        return new Letter(new Case.Submission(LetterType.CODE, form.mailbox, form.category, title, content),
                new CaseParty.Details("WRITER", name, phone, email, null, Boolean.TRUE.equals(form.publicConsent),
                        noticeVersion));
    }

    public CaseParty.Satisfaction satisfaction(String value) {
        try {
            return CaseParty.Satisfaction.valueOf(value == null ? "" : value.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("satisfaction", "请选择满意、基本满意或不满意（SATISFIED、BASICALLY_SATISFIED、DISSATISFIED）");
        }
    }

    public String comment(String comment) {
        if (comment == null || comment.isBlank()) {
            return null;
        }
        List<FieldError> errors = new ArrayList<>();
        String checked = text("comment", "评价意见", comment, 500, true, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors.get(0).message(), errors);
        }
        return checked;
    }

    public int attachmentsMaxCount() {
        return attachmentsMaxCount;
    }

    public long attachmentsMaxBytes() {
        return attachmentsMaxBytes;
    }

    public int titleMax() {
        return titleMax;
    }

    public int contentMax() {
        return contentMax;
    }

    private static String text(String field, String label, String value, int max, boolean multiline, List<FieldError> errors) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            errors.add(new FieldError(field, "请填写" + label));
            return trimmed;
        }
        int length = trimmed.codePointCount(0, trimmed.length());
        if (length > max) {
            errors.add(new FieldError(field, label + "不能超过 " + max + " 个字（现有 " + length + " 个）"));
        }
        if ((multiline ? CONTROL : ANY_CONTROL).matcher(trimmed).find()) {
            errors.add(new FieldError(field, label + "含有不可见的控制字符"));
        }
        return trimmed;
    }
}
