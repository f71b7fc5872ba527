package org.govinbox.proposals.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.eclipse.microprofile.config.ConfigProvider;
import org.govinbox.casework.boundary.CaseContext;
import org.govinbox.proposals.entity.Assembly;

/** 人大代表建议: a deputy's suggestion; a wrong assignment is returned within 7 working days (DOMAIN.md). */
@ApplicationScoped
public class SuggestionType extends MotionType {

    public static final String CODE = "SUGGESTION";

    @Inject
    MotionActions motions;

    public SuggestionType() {
        super(Assembly.NPC);
    }

    @PostConstruct
    void start() {
        read(ConfigProvider.getConfig(), motions);
    }

    @Override
    public boolean returnable(LocalDate assignedOn, LocalDate today, CaseContext ctx) {
        return ctx.workingDaysSince(assignedOn) <= policy().returnWindow();
    }

    @Override
    public String name() {
        return "人大代表建议";
    }
}
