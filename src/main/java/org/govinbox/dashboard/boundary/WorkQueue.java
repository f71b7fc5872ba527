package org.govinbox.dashboard.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.govinbox.casework.boundary.CaseType;
import org.govinbox.casework.boundary.CaseTypes;
import org.govinbox.casework.boundary.CaseLists;
import org.govinbox.accounts.entity.Role;
import org.govinbox.casework.entity.Workflow;

/**
 * R5: the console's home page — for the signed-in person, what waits on them, each with the filters of the list
 * behind it: per type, its cases in each state where the government still owes something (待受理, 待交办, 办理中,
 * 待审核 … as the type's workflow names them) or where the submitter's rating is awaited (待评价); and across types,
 * the cases due soon and those overdue. A handler counts their department's cases only (casework S1).
 */
@RequestScoped
public class WorkQueue {

    /** One count and where the list behind it is: the query of {@code GET /api/cases}. */
    public record Entry(String key, String label, String type, String typeName, String state, long count, String filter) {
    }

    public record Queue(List<Entry> entries, long dueSoon, long overdue, long redLine) {
    }

    @Inject
    CaseLists cases;

    @Inject
    CaseTypes types;

    @Inject
    CaseFacts facts;

    @Inject
    org.govinbox.accounts.boundary.Caller caller;

    public Queue ofCaller() {
        // the states that wait on someone: open ones, and finished ones from which the submitter's rating leads on
        Map<String, java.util.Set<String>> waiting = new java.util.LinkedHashMap<>();
        Map<String, Boolean> awaitsRating = new java.util.HashMap<>();
        for (CaseType t : types.all()) {
            for (Workflow.State s : t.workflow().states()) {
                boolean rating = !s.open() && t.workflow().transitions().stream()
                        .anyMatch(a -> a.by() == Workflow.By.SUBMITTER && a.allowedIn(s.code())
                                && !a.to().isEmpty() && !a.to().get(0).equals(s.code()));
                if (s.open() || rating) {
                    waiting.computeIfAbsent(t.code(), x -> new java.util.LinkedHashSet<>()).add(s.code());
                    awaitsRating.put(t.code() + "|" + s.code(), rating);
                }
            }
        }
        // the office sees every case: counted from the facts in memory (R9); a handler's, in the database (co-handled too)
        Map<String, Long> counts = caller.holdsAny(Role.DISPATCHER) && facts.ready() ? facts.byState()
                : cases.countByState(waiting.values().stream().flatMap(java.util.Set::stream)
                        .collect(Collectors.toSet())).stream()
                        .collect(Collectors.toMap(c -> c.type() + "|" + c.state(), CaseLists.StateCount::count));
        List<Entry> entries = new ArrayList<>();
        for (CaseType t : types.all()) {
            for (Workflow.State s : t.workflow().states()) {
                String key = t.code() + "|" + s.code();
                long n = counts.getOrDefault(key, 0L);
                if (awaitsRating.containsKey(key) && n > 0) {
                    boolean rating = awaitsRating.get(key);
                    entries.add(new Entry(key, rating && !s.label().contains("待评价") ? s.label() + "（待评价）" : s.label(),
                            t.code(), t.name(), s.code(), n, "type=" + t.code() + "&state=" + s.code()));
                }
            }
        }
        if (caller.holdsAny(Role.DISPATCHER) && facts.ready()) {
            Map<String, java.time.LocalDate> horizons = new java.util.HashMap<>();
            types.all().forEach(t -> horizons.put(t.code(), cases.dueSoonHorizon(t.code())));
            java.time.LocalDate today = java.time.LocalDate.now(org.govinbox.platform.boundary.Clocks.CHINA);
            long[] due = facts.dueCounts(today, horizons, today.minusMonths(CaseLists.RED_LINE_MONTHS));
            return new Queue(entries, due[0], due[1], due[2]);
        }
        return new Queue(entries, count("SOON"), count("OVERDUE"), count("RED_LINE"));
    }

    private long count(String due) {
        return cases.count(new CaseLists.Filter(null, null, null, null, null, null, due, null, null, null, null, null));
    }
}
