package org.govinbox.proposals.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.eclipse.microprofile.config.ConfigProvider;
import org.govinbox.casework.boundary.CaseContext;
import org.govinbox.proposals.entity.Assembly;

/** 政协委员提案: a member's proposal; an objection to the assignment within 1 week, calendar days (DOMAIN.md). */
@ApplicationScoped
public class ProposalType extends MotionType {

    public static final String CODE = "PROPOSAL";

    @Inject
    MotionActions motions;

    public ProposalType() {
        super(Assembly.CPPCC);
    }

    @PostConstruct
    void start() {
        read(ConfigProvider.getConfig(), motions);
    }

    @Override
    public boolean returnable(LocalDate assignedOn, LocalDate today, CaseContext ctx) {
        return !today.isAfter(assignedOn.plusDays(policy().returnWindow()));
    }

    @Override
    public String name() {
        return "政协委员提案";
    }
}
