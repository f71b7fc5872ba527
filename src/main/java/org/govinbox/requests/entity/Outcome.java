package org.govinbox.requests.entity;

import java.util.Arrays;
import java.util.Optional;

/**
 * The 21 ways a disclosure request ends, exactly the rows of table 三 of the national annual-report template
 * (国办公开办函〔2021〕30号; DOMAIN.md), each with the article of the Regulations on Open Government Information
 * (2019) it usually rests on — a suggestion for the decision's legal basis, which staff state themselves.
 * <p>
 * O1: the codes are the contract's ("1", "2", "3.1" … "6.3"); O2: the groups are (一) to (六) in this order.
 */
public enum Outcome {
    DISCLOSED("1", "一", "予以公开", "第三十六条第（一）项、第（二）项"),
    PARTLY_DISCLOSED("2", "二", "部分公开", "第三十七条、第三十六条第（三）项"),
    STATE_SECRET("3.1", "三", "属于国家秘密", "第十四条、第三十六条第（三）项"),
    PROHIBITED_BY_LAW("3.2", "三", "其他法律行政法规禁止公开", "第十四条、第三十六条第（三）项"),
    ENDANGERS_SECURITY("3.3", "三", "危及“三安全一稳定”", "第十四条、第三十六条第（三）项"),
    THIRD_PARTY("3.4", "三", "保护第三方合法权益", "第十五条、第三十二条、第三十六条第（三）项"),
    INTERNAL_AFFAIRS("3.5", "三", "属于三类内部事务信息", "第十六条第一款、第三十六条第（三）项"),
    PROCESS_INFORMATION("3.6", "三", "属于四类过程性信息", "第十六条第二款、第三十六条第（三）项"),
    ENFORCEMENT_FILE("3.7", "三", "属于行政执法案卷", "第十六条第二款、第三十六条第（三）项"),
    ADMINISTRATIVE_QUERY("3.8", "三", "属于行政查询事项", "第三十六条第（七）项"),
    NOT_HELD("4.1", "四", "本机关不掌握相关政府信息", "第三十六条第（四）项、第（五）项"),
    NEEDS_CREATING("4.2", "四", "没有现成信息需要另行制作", "第三十八条"),
    STILL_UNCLEAR("4.3", "四", "补正后申请内容仍不明确", "第三十条"),
    PETITION("5.1", "五", "信访举报投诉类申请", "第三十九条第一款"),
    REPEATED("5.2", "五", "重复申请", "第三十六条第（六）项"),
    PUBLICATION("5.3", "五", "要求提供公开出版物", "第三十九条第一款"),
    MASS_REPEATED("5.4", "五", "无正当理由大量反复申请", "第三十五条"),
    CONFIRMATION("5.5", "五", "要求行政机关确认或重新出具已获取信息", "第三十九条第二款"),
    NO_CORRECTION("6.1", "六", "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "第三十条"),
    FEE_UNPAID("6.2", "六", "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "第四十二条"),
    OTHER("6.3", "六", "其他", "");

    /** The group labels of table 三, 三 to 六 (一 and 二 are single rows). */
    public static final java.util.Map<String, String> GROUPS = java.util.Map.of("一", "予以公开", "二", "部分公开（区分处理的，只计这一情形，不计其他情形）",
            "三", "不予公开", "四", "无法提供", "五", "不予处理", "六", "其他处理");

    private final String code;
    private final String group;
    private final String label;
    private final String articles;

    Outcome(String code, String group, String label, String articles) {
        this.code = code;
        this.group = group;
        this.label = label;
        this.articles = articles;
    }

    public static Optional<Outcome> of(String code) {
        String c = code == null ? "" : code.trim();
        return Arrays.stream(values()).filter(o -> o.code.equals(c)).findFirst();
    }

    public String code() { return code; }
    public String group() { return group; }
    public String label() { return label; }

    /** "（三）不予公开 1. 属于国家秘密", as staff and the report's readers know it. */
    public String fullLabel() {
        return switch (group) {
            case "一", "二" -> "（" + group + "）" + label;
            default -> "（" + group + "）" + GROUPS.get(group) + " " + code.substring(2) + ". " + label;
        };
    }

    /** The usual legal basis, a suggestion (empty for 其他). */
    public String suggestedBasis() {
        return articles.isEmpty() ? "" : "《中华人民共和国政府信息公开条例》" + articles;
    }

    /** Whether the applicant receives (part of) the information. */
    public boolean discloses() {
        return this == DISCLOSED || this == PARTLY_DISCLOSED;
    }
}
