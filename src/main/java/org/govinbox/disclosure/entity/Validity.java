package org.govinbox.disclosure.entity;

/** 有效性 of a document: repealed documents name the date and the act that repealed them. */
public enum Validity {
    VALID("有效"),
    EXPIRED("失效"),
    REPEALED("废止");

    private final String label;

    Validity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
