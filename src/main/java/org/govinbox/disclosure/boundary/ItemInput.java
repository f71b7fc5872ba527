package org.govinbox.disclosure.boundary;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.govinbox.disclosure.control.DisclosureSettings;
import org.govinbox.disclosure.control.HtmlSafety;
import org.govinbox.disclosure.entity.DisclosureAttribute;
import org.govinbox.disclosure.entity.DocumentNumber;
import org.govinbox.disclosure.entity.Metadata;
import org.govinbox.disclosure.entity.Validity;
import org.govinbox.platform.boundary.Problem;

/**
 * What a publisher sends to create or change an item (also one row of a bulk import), and its checks: every field
 * at fault is named, in Chinese, before anything is stored (rule D6).
 */
public class ItemInput {

    public static final int SUMMARY_MAX = 100;

    public String title;
    public String documentNumber;
    /** the publishing department's code */
    public String publisher;
    public String writtenOn;
    /** the key domain's code */
    public String domain;
    public String subject;
    public String genre;
    public String keywords;
    public String summary;
    public String body;
    public String validity;
    public String disclosureAttribute;
    public Boolean normative;

    /** The checked metadata, or the fields at fault in {@code errors}; {@code publisherName} resolves department codes. */
    Metadata check(DisclosureSettings settings, java.util.function.Function<String, String> publisherName,
                   List<Problem.FieldError> errors) {
        String t = trimmed(title);
        if (t == null) {
            errors.add(new Problem.FieldError("title", "required", "请填写标题"));
        } else if (t.length() > 300) {
            errors.add(new Problem.FieldError("title", "max", "标题不能超过 300 个字"));
        }
        String number = DocumentNumber.normalise(trimmed(documentNumber));
        if (number != null && !number.isEmpty() && !DocumentNumber.valid(number)) {
            errors.add(new Problem.FieldError("documentNumber", "format",
                    "文号格式不正确，应含发文机关代字、〔年份〕和序号，如 宝渭政字〔2021〕51号"));
        }
        String department = trimmed(publisher);
        String name = null;
        if (department == null) {
            errors.add(new Problem.FieldError("publisher", "required", "请选择发布机构"));
        } else if ((name = publisherName.apply(department)) == null) {
            errors.add(new Problem.FieldError("publisher", "unknown", "发布机构 " + department + " 不存在"));
        }
        LocalDate written = null;
        String w = trimmed(writtenOn);
        if (w == null) {
            errors.add(new Problem.FieldError("writtenOn", "required", "请填写成文日期"));
        } else {
            written = date(w);
            if (written == null) {
                errors.add(new Problem.FieldError("writtenOn", "date", "成文日期应为 年-月-日，如 2021-12-15"));
            }
        }
        String d = trimmed(domain);
        if (d == null) {
            errors.add(new Problem.FieldError("domain", "required", "请选择公开领域"));
        } else if (settings.domainName(d).isEmpty()) {
            errors.add(new Problem.FieldError("domain", "unknown", "未知的公开领域：" + d));
        }
        String s = trimmed(subject);
        if (s != null && !settings.subjects().contains(s)) {
            errors.add(new Problem.FieldError("subject", "unknown", "未知的主题分类：" + s));
        }
        String g = trimmed(genre);
        if (g != null && !settings.genres().contains(g)) {
            errors.add(new Problem.FieldError("genre", "unknown", "未知的体裁：" + g));
        }
        String k = trimmed(keywords);
        if (k != null && k.length() > 300) {
            errors.add(new Problem.FieldError("keywords", "max", "关键词不能超过 300 个字"));
        }
        String sum = trimmed(summary);
        if (sum != null && sum.codePointCount(0, sum.length()) > SUMMARY_MAX) {
            errors.add(new Problem.FieldError("summary", "max", "摘要不能超过 " + SUMMARY_MAX + " 个字"));
        }
        Validity v = parse(Validity.class, validity, Validity.VALID);
        if (v == null) {
            errors.add(new Problem.FieldError("validity", "unknown", "有效性应为 VALID（有效）、EXPIRED（失效）或 REPEALED（废止）"));
        }
        DisclosureAttribute a = parse(DisclosureAttribute.class, disclosureAttribute, DisclosureAttribute.PROACTIVE);
        if (a == null) {
            errors.add(new Problem.FieldError("disclosureAttribute", "unknown",
                    "公开属性应为 PROACTIVE（主动公开）、ON_REQUEST（依申请公开）或 NOT_DISCLOSED（不予公开）"));
        }
        String safeBody = HtmlSafety.sanitise(body);
        if (safeBody.length() > 1_000_000) {
            errors.add(new Problem.FieldError("body", "max", "正文过长"));
        }
        if (!errors.isEmpty()) {
            return null;
        }
        return new Metadata(t, number == null || number.isEmpty() ? null : number, department, name, written, d, s, g,
                k, sum, safeBody, v, a, Boolean.TRUE.equals(normative));
    }

    static LocalDate date(String value) {
        return org.govinbox.platform.control.ImportReader.date(value);
    }

    static String trimmed(String value) {
        if (value == null) {
            return null;
        }
        String t = value.strip();
        return t.isEmpty() ? null : t;
    }

    /** The enum constant named by {@code value} (its code or its Chinese label); the fallback when blank; null if unknown. */
    static <E extends Enum<E>> E parse(Class<E> type, String value, E fallback) {
        String v = trimmed(value);
        if (v == null) {
            return fallback;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(v.toUpperCase(Locale.ROOT)) || label(constant).equals(v)) {
                return constant;
            }
        }
        return null;
    }

    private static String label(Enum<?> constant) {
        if (constant instanceof Validity v) {
            return v.label();
        }
        if (constant instanceof DisclosureAttribute a) {
            return a.label();
        }
        return constant.name();
    }
}
