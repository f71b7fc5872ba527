package org.govinbox.requests.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.govinbox.casework.entity.Case;
import org.govinbox.casework.entity.CaseParty;
import org.govinbox.platform.boundary.Problem.FieldError;
import org.govinbox.platform.boundary.ProblemException;
import org.govinbox.requests.control.IdentityNumbers;
import org.govinbox.requests.entity.ApplicantType;
import org.govinbox.requests.entity.DeliveryMethod;
import org.govinbox.requests.entity.DisclosureRequest;

/**
 * What an application must hold (Regulations Art. 29): who applies (a person with an identity document, or an
 * organisation with its code and a contact person), how to reach them, a description of the information sought,
 * the form and the way it is to be delivered. Every broken rule is named in one answer.
 * <p>
 * AP1 an applicant type of the report's columns; AP2 a name; AP3 for a person's resident identity card, an
 * 18-character number with a valid check digit (GB 11643), for another document or an organisation's code 4 to 40
 * letters, digits or hyphens; AP4 an organisation names its contact person; AP5 a mainland mobile or landline
 * number; AP6 an e-mail address if well-formed, and required for delivery by e-mail; AP7 an address for delivery
 * by post; AP8 a description within its length; AP9 a delivery way; AP10 no more attachments than allowed.
 */
@ApplicationScoped
public class ApplicationRules {

    static final Pattern PHONE = Pattern.compile("1[3-9][0-9]{9}|0[0-9]{2,3}-?[0-9]{7,8}");
    static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    static final Pattern DOCUMENT = Pattern.compile("[A-Za-z0-9-]{4,40}");
    static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\r\\n\\t]]");

    /** The application as the form and the API send it (public fields: see CaseRequests). */
    public static class Form {
        /** B1: a field people never see; a bot fills it. */
        public String website;
        public String applicantType;
        public String name;
        public String idKind;
        public String idNumber;
        public String contactPerson;
        public String phone;
        public String email;
        public String address;
        public String description;
        public String purpose;
        public String form;
        public String delivery;
        public Boolean feeWaiver;
        public String feeWaiverReason;
        public List<String> attachments;
        /** Staff only: how it arrived (POST, IN_PERSON, FAX) and on which day, yyyy-MM-dd. */
        public String via;
        public String receivedOn;
    }

    /** An application as checked. */
    public record Application(Case.Submission submission, CaseParty.Details applicant, DisclosureRequest.Applicant details,
                              DisclosureRequest.Via via, LocalDate receivedOn) {
    }

    static final Map<String, String> LABELS = new LinkedHashMap<>();

    static {
        LABELS.put("applicantType", "申请人类型");
        LABELS.put("name", "姓名或名称");
        LABELS.put("idKind", "证件类型");
        LABELS.put("idNumber", "证件号码");
        LABELS.put("contactPerson", "联系人");
        LABELS.put("phone", "联系电话");
        LABELS.put("email", "电子邮箱");
        LABELS.put("address", "通信地址");
        LABELS.put("description", "所需信息的描述");
        LABELS.put("purpose", "用途");
        LABELS.put("form", "获取信息的形式");
        LABELS.put("delivery", "获取方式");
        LABELS.put("feeWaiverReason", "减免费用理由");
        LABELS.put("attachments", "附件");
        LABELS.put("via", "收到方式");
        LABELS.put("receivedOn", "收到日期");
    }

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "govinbox.requests.description-max", defaultValue = "2000")
    int descriptionMax;

    @Inject
    @ConfigProperty(name = "govinbox.requests.attachments.max-count", defaultValue = "5")
    int attachmentsMaxCount;

    /** Checks a citizen's own application (online, today) or one staff register ({@code staff}: via and day given). */
    public Application check(Form f, boolean staff) {
        if (f == null) {
            throw ProblemException.invalid("body", "请求体不能为空");
        }
        List<FieldError> errors = new ArrayList<>();
        ApplicantType type = choice(ApplicantType.class, "applicantType", f.applicantType, errors);
        String name = text("name", f.name, 100, errors);
        DisclosureRequest.IdKind kind = idKind(type, f.idKind, errors);
        String id = f.idNumber == null ? "" : f.idNumber.trim().toUpperCase(Locale.ROOT);
        LocalDate today = LocalDate.now(clock);
        if (id.isEmpty()) {
            errors.add(new FieldError("idNumber", type != null && type.organisation()
                    ? "请填写统一社会信用代码或组织机构代码" : "请填写身份证件号码"));
        } else if (kind == DisclosureRequest.IdKind.ID_CARD) {
            String problem = IdentityNumbers.problem(id, today);
            if (problem != null) {
                errors.add(new FieldError("idNumber", problem));
            }
        } else if (!DOCUMENT.matcher(id).matches()) {
            errors.add(new FieldError("idNumber", "证件号码或代码应为 4 到 40 位字母、数字或连字符"));
        }
        String contact = blank(f.contactPerson);
        if (type != null && type.organisation() && contact == null) {
            errors.add(new FieldError("contactPerson", "法人或其他组织须填写联系人"));
        } else if (contact != null && contact.length() > 50) {
            errors.add(new FieldError("contactPerson", "联系人不能超过 50 个字"));
        }
        String phone = f.phone == null ? "" : f.phone.trim().replace(" ", "");
        if (!PHONE.matcher(phone).matches()) {
            errors.add(new FieldError("phone", "请填写 11 位手机号码或带区号的固定电话"));
        }
        DeliveryMethod delivery = choice(DeliveryMethod.class, "delivery", f.delivery, errors);
        String email = blank(f.email) == null ? null : f.email.trim().toLowerCase(Locale.ROOT);
        if (email != null && (email.length() > 200 || !EMAIL.matcher(email).matches())) {
            errors.add(new FieldError("email", "电子邮箱格式不正确"));
        } else if (email == null && delivery == DeliveryMethod.EMAIL) {
            errors.add(new FieldError("email", "选择电子邮件获取的，请填写电子邮箱"));
        }
        String address = blank(f.address);
        if (address == null && delivery == DeliveryMethod.POST) {
            errors.add(new FieldError("address", "选择邮寄的，请填写通信地址"));
        } else if (address != null && address.length() > 200) {
            errors.add(new FieldError("address", "通信地址不能超过 200 个字"));
        }
        String description = text("description", f.description, descriptionMax, errors);
        String purpose = blank(f.purpose);
        if (purpose != null && purpose.length() > 500) {
            errors.add(new FieldError("purpose", "用途不能超过 500 个字"));
        }
        DisclosureRequest.InfoForm form = blank(f.form) == null ? DisclosureRequest.InfoForm.ELECTRONIC
                : choice(DisclosureRequest.InfoForm.class, "form", f.form, errors);
        boolean waiver = Boolean.TRUE.equals(f.feeWaiver);
        String waiverReason = blank(f.feeWaiverReason);
        if (waiverReason != null && waiverReason.length() > 500) {
            errors.add(new FieldError("feeWaiverReason", "减免费用理由不能超过 500 个字"));
        }
        if (f.attachments != null && f.attachments.size() > attachmentsMaxCount) {
            errors.add(new FieldError("attachments", "附件最多 " + attachmentsMaxCount + " 个"));
        }
        DisclosureRequest.Via via = DisclosureRequest.Via.ONLINE;
        LocalDate receivedOn = today;
        if (staff) {
            via = blank(f.via) == null ? null : choice(DisclosureRequest.Via.class, "via", f.via, errors);
            if (blank(f.via) == null) {
                errors.add(new FieldError("via", "请选择收到方式（POST 信函、IN_PERSON 当面、FAX 传真、ONLINE 网上）"));
            }
            if (blank(f.receivedOn) != null) {
                try {
                    receivedOn = LocalDate.parse(f.receivedOn.trim());
                    if (receivedOn.isAfter(today)) {
                        errors.add(new FieldError("receivedOn", "收到日期不能晚于今天"));
                    }
                } catch (java.time.format.DateTimeParseException e) {
                    errors.add(new FieldError("receivedOn", "收到日期应为 年-月-日，如 2026-03-12"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("请检查以下内容：" + String.join("、", errors.stream().map(FieldError::field)
                    .distinct().map(k -> LABELS.getOrDefault(k, k)).toList()), errors);
        }
        String title = "申请公开：" + (description.codePointCount(0, description.length()) > 40
                ? description.substring(0, description.offsetByCodePoints(0, 40)) + "…" : description);
        return new Application(
                new Case.Submission(RequestType.CODE, via.name(), "GENERAL", title.replaceAll("\\s+", " "), description),
                new CaseParty.Details("APPLICANT", name, phone, email, contact, false),
                new DisclosureRequest.Applicant(type, kind, id, contact, address, purpose, form, delivery, waiver, waiverReason),
                via, receivedOn);
    }

    private static DisclosureRequest.IdKind idKind(ApplicantType type, String given, List<FieldError> errors) {
        if (type == null) {
            return null;
        }
        if (type.organisation()) {
            return DisclosureRequest.IdKind.ORGANISATION;
        }
        if (blank(given) == null || given.trim().equals("ID_CARD")) {
            return DisclosureRequest.IdKind.ID_CARD;
        }
        if (given.trim().equals("OTHER_DOCUMENT")) {
            return DisclosureRequest.IdKind.OTHER_DOCUMENT;
        }
        errors.add(new FieldError("idKind", "证件类型须为 ID_CARD（居民身份证）或 OTHER_DOCUMENT（其他有效证件）"));
        return null;
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String field, String given, List<FieldError> errors) {
        try {
            return Enum.valueOf(type, given == null ? "" : given.trim());
        } catch (IllegalArgumentException e) {
            List<String> codes = java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
            errors.add(new FieldError(field, "请选择" + LABELS.getOrDefault(field, field) + "（" + String.join("、", codes) + "）"));
            return null;
        }
    }

    private static String text(String field, String value, int max, List<FieldError> errors) {
        String trimmed = value == null ? "" : value.strip();
        String label = LABELS.get(field);
        if (trimmed.isEmpty()) {
            errors.add(new FieldError(field, "请填写" + label));
        } else if (trimmed.codePointCount(0, trimmed.length()) > max) {
            errors.add(new FieldError(field, label + "不能超过 " + max + " 个字"));
        } else if (CONTROL.matcher(trimmed).find()) {
            errors.add(new FieldError(field, label + "含有不可见的控制字符"));
        }
        return trimmed;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    int attachmentsMaxCount() {
        return attachmentsMaxCount;
    }

    int descriptionMax() {
        return descriptionMax;
    }
}
