package org.govinbox.requests.entity;

/**
 * Who applied, in the columns of table 三 of the national annual-report template: a natural person, or a legal
 * person or other organisation of one of five kinds (国办公开办函〔2021〕30号).
 */
public enum ApplicantType {
    PERSON("自然人"),
    COMMERCIAL("商业企业"),
    RESEARCH("科研机构"),
    NON_PROFIT("社会公益组织"),
    LEGAL_SERVICE("法律服务机构"),
    OTHER("其他");

    private final String label;

    ApplicantType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean organisation() {
        return this != PERSON;
    }
}
