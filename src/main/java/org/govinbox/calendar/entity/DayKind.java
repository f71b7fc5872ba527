package org.govinbox.calendar.entity;

/** What a listed day is: a day off by the State Council's schedule, or a weekend day made a working day (调休). */
public enum DayKind {
    HOLIDAY("放假"),
    MAKEUP_WORKDAY("调休上班");

    private final String label;

    DayKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
