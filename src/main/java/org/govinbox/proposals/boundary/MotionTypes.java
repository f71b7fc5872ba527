package org.govinbox.proposals.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The two types by code (the engine's registry hands out proxies of the {@code CaseType} interface only). */
@ApplicationScoped
public class MotionTypes {

    @Inject
    SuggestionType suggestions;

    @Inject
    ProposalType proposals;

    public MotionType of(String code) {
        return switch (code) {
            case SuggestionType.CODE -> suggestions;
            case ProposalType.CODE -> proposals;
            default -> throw new IllegalArgumentException("not a suggestion or proposal: " + code);
        };
    }
}
