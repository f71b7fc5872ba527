package org.govinbox.accounts.entity;

/** The kinds of unit a district has. */
public enum DepartmentKind {
    OFFICE("政府办"),
    BUREAU("委办局"),
    TOWN("镇"),
    STREET("街道");

    private final String label;

    DepartmentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
