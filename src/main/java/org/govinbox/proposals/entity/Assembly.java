package org.govinbox.proposals.entity;

/** Who hands the items over: the district people's congress (its deputies' suggestions) or the CPPCC committee (its members' proposals). */
public enum Assembly {
    NPC("区人民代表大会", "SUGGESTION", "建议", "代表"),
    CPPCC("政协区委员会", "PROPOSAL", "提案", "委员");

    private final String label;
    private final String caseType;
    private final String item;
    private final String proposer;

    Assembly(String label, String caseType, String item, String proposer) {
        this.label = label;
        this.caseType = caseType;
        this.item = item;
        this.proposer = proposer;
    }

    public String label() { return label; }
    /** The case type its items are: SUGGESTION or PROPOSAL. */
    public String caseType() { return caseType; }
    /** 建议 / 提案 */
    public String item() { return item; }
    /** 代表 / 委员 */
    public String proposer() { return proposer; }

    public static Assembly ofCaseType(String type) {
        for (Assembly a : values()) {
            if (a.caseType.equals(type)) {
                return a;
            }
        }
        throw new IllegalArgumentException("no assembly hands over " + type);
    }
}
