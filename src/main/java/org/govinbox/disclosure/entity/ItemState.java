package org.govinbox.disclosure.entity;

/** Where a disclosure item stands in the publishing workflow (stored). Only PUBLISHED items are public. */
public enum ItemState {
    DRAFT("草稿"),
    IN_REVIEW("待审核"),
    PUBLISHED("已发布"),
    /** brought in by a bulk import that is still running: hidden until the whole file is in (rule I1) */
    IMPORTING("导入中"),
    /** taken off the portal with a reason; it keeps its index number, which is never reused */
    WITHDRAWN("已撤回");

    private final String label;

    ItemState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
