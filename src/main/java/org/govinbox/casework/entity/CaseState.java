package org.govinbox.casework.entity;

/** The stored states of a case, whatever its type. Overdue and due-soon are derived, never stored. */
public enum CaseState {
    RECEIVED("待受理"),
    ACCEPTED("已受理，待交办"),
    ASSIGNED("办理中"),
    REVIEW("答复待审核"),
    REPLIED("已答复"),
    CLOSED("已办结"),
    REJECTED("不予受理"),
    DUPLICATE("重复件");

    private final String label;

    CaseState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Still waiting for the government: a due date runs. */
    public boolean open() {
        return this == RECEIVED || this == ACCEPTED || this == ASSIGNED || this == REVIEW;
    }
}
