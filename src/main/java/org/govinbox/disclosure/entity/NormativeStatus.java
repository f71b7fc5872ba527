package org.govinbox.disclosure.entity;

/**
 * The lifecycle of a normative document (规范性文件): registered with its number in the unified series, published,
 * then amended or repealed — by hand or by the decisions of a clean-up round.
 */
public enum NormativeStatus {
    REGISTERED("已登记"),
    PUBLISHED("已公布"),
    AMENDED("已修改"),
    REPEALED("已废止");

    private final String label;

    NormativeStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
