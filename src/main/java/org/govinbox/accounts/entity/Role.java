package org.govinbox.accounts.entity;

/** What a staff account may do. An account holds one or more roles. */
public enum Role {
    /** departments, accounts, calendar, settings */
    ADMIN("系统管理员"),
    /** government office: accepts, assigns, supervises and reviews */
    DISPATCHER("交办督办员"),
    /** handling department: replies within the limit, sees only its department's items */
    HANDLER("承办人"),
    /** publishes disclosure items and keeps the catalogue */
    PUBLISHER("公开工作人员"),
    /** reads the audit trail */
    AUDITOR("审计员");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
