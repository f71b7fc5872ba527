package org.govinbox.disclosure.entity;

/** 公开属性: whether the item is published on the agency's initiative, released on request, or not disclosed. */
public enum DisclosureAttribute {
    PROACTIVE("主动公开"),
    ON_REQUEST("依申请公开"),
    NOT_DISCLOSED("不予公开");

    private final String label;

    DisclosureAttribute(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
