package org.govinbox.casework.entity;

import static org.govinbox.casework.entity.CaseState.ACCEPTED;
import static org.govinbox.casework.entity.CaseState.ASSIGNED;
import static org.govinbox.casework.entity.CaseState.CLOSED;
import static org.govinbox.casework.entity.CaseState.RECEIVED;
import static org.govinbox.casework.entity.CaseState.REPLIED;
import static org.govinbox.casework.entity.CaseState.REVIEW;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Everything that can happen to a case, with the states it may happen in: the state machine's table.
 * Who may do it (dispatcher, handler, citizen) is the boundary's business; when it is allowed is this table's.
 */
public enum CaseAction {
    RECEIVE("收件", EnumSet.noneOf(CaseState.class)),
    ACCEPT("受理", EnumSet.of(RECEIVED)),
    REJECT("不予受理", EnumSet.of(RECEIVED)),
    MARK_DUPLICATE("标记重复件", EnumSet.of(RECEIVED, ACCEPTED)),
    ASSIGN("交办", EnumSet.of(ACCEPTED)),
    RETURN("退回", EnumSet.of(ASSIGNED)),
    OPINION("协办意见", EnumSet.of(ASSIGNED)),
    REQUEST_EXTENSION("申请延期", EnumSet.of(ASSIGNED)),
    APPROVE_EXTENSION("批准延期", EnumSet.of(ASSIGNED)),
    REFUSE_EXTENSION("不批准延期", EnumSet.of(ASSIGNED)),
    URGE("催办", EnumSet.of(ASSIGNED)),
    REPLY("答复", EnumSet.of(ASSIGNED)),
    APPROVE_REPLY("审核通过答复", EnumSet.of(REVIEW)),
    SEND_BACK_REPLY("退回答复重办", EnumSet.of(REVIEW)),
    RATE("评价", EnumSet.of(REPLIED)),
    PUBLISH("公开答复", EnumSet.of(REPLIED, CLOSED)),
    REMIND("期限提醒", EnumSet.of(RECEIVED, ACCEPTED, ASSIGNED, REVIEW)),
    RECOMPUTE("重算期限", EnumSet.of(RECEIVED, ACCEPTED, ASSIGNED, REVIEW));

    private final String label;
    private final Set<CaseState> from;

    CaseAction(String label, Set<CaseState> from) {
        this.label = label;
        this.from = from;
    }

    public String label() {
        return label;
    }

    public boolean allowedIn(CaseState state) {
        return from.contains(state);
    }

    public Set<CaseState> from() {
        return EnumSet.copyOf(from.isEmpty() ? EnumSet.noneOf(CaseState.class) : from);
    }

    /** The action named in a URL: {@code accept}, {@code request-extension} … */
    public static Optional<CaseAction> fromPath(String name) {
        try {
            return Optional.of(valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_')));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
