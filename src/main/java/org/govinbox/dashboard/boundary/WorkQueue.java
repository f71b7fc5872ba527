package org.govinbox.dashboard.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.govinbox.casework.boundary.CaseType;
import org.govinbox.casework.boundary.CaseTypes;
import org.govinbox.casework.boundary.Cases;
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
    Cases cases;

    @Inject
    CaseTypes types;

    public Queue ofCaller() {
        Map<String, Long> counts = cases.countByState().stream()
                .collect(Collectors.toMap(c -> c.type() + "|" + c.state(), Cases.StateCount::count));
        List<Entry> entries = new ArrayList<>();
        for (CaseType t : types.all()) {
            for (Workflow.State s : t.workflow().states()) {
                // a finished state from which the submitter's action (a rating) leads on: its rating is awaited
                boolean awaitsRating = !s.open() && t.workflow().transitions().stream()
                        .anyMatch(a -> a.by() == Workflow.By.SUBMITTER && a.allowedIn(s.code())
                                && !a.to().isEmpty() && !a.to().get(0).equals(s.code()));
                long n = counts.getOrDefault(t.code() + "|" + s.code(), 0L);
                if ((s.open() || awaitsRating) && n > 0) {
                    entries.add(new Entry(t.code() + "|" + s.code(), awaitsRating && !s.label().contains("待评价") ? s.label() + "（待评价）" : s.label(),
                            t.code(), t.name(), s.code(), n, "type=" + t.code() + "&state=" + s.code()));
                }
            }
        }
        return new Queue(entries, count("SOON"), count("OVERDUE"), count("RED_LINE"));
    }

    private long count(String due) {
        return cases.count(new Cases.Filter(null, null, null, null, null, null, due, null, null, null, null, null));
    }
}
