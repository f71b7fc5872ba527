package org.govinbox.proposals.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.govinbox.accounts.boundary.Departments;
import org.govinbox.casework.entity.Case;
import org.govinbox.casework.entity.CaseReply;
import org.govinbox.proposals.entity.Motion;
import org.govinbox.proposals.entity.Part;
import org.govinbox.proposals.entity.Sitting;

/** The office's list of a sitting (the assignment meeting's view): every item with its units, state, due date and class. */
@ApplicationScoped
public class MotionViews {

    public record Unit(String code, String name, String role) {
    }

    public record Row(long id, String type, String number, String title, String subject, boolean key, String supervisor,
                      String leadProposer, int proposers, List<Unit> units, String mode, String state, String stateName,
                      LocalDate receivedOn, LocalDate dueOn, boolean overdue, String replyClass, String leadRating,
                      boolean contacted, int round, boolean published) {
    }

    /** The filters of the list; null: any. */
    public record Filter(String unit, String replyClass, String state, Boolean key, Boolean overdue) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Sittings sittings;

    @Inject
    MotionTypes types;

    @Inject
    Departments departments;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Row> of(long sittingId, Filter filter) {
        Sitting sitting = sittings.found(sittingId);
        MotionType type = types.of(sitting.assembly().caseType());
        LocalDate today = LocalDate.now(clock);
        Map<String, String> names = departments.all().stream()
                .collect(Collectors.toMap(Departments.DepartmentView::code, Departments.DepartmentView::name));
        List<Row> rows = new ArrayList<>();
        for (Motion m : em.createNamedQuery(Motion.OF_SITTING, Motion.class).setParameter("sitting", sittingId).getResultList()) {
            Case c = em.find(Case.class, m.caseId());
            List<Unit> units = new ArrayList<>();
            if (m.separate()) {
                m.parts().stream().map(Part::department).sorted(Comparator.comparing(d -> !d.equals(c.leadDepartment())))
                        .forEach(d -> units.add(new Unit(d, names.get(d), "分办")));
            } else if (c.leadDepartment() != null) {
                units.add(new Unit(c.leadDepartment(), names.get(c.leadDepartment()), "主办"));
                c.coHandlers().forEach(h -> units.add(new Unit(h.department(), names.get(h.department()), "协办")));
            }
            String replyClass = c.lastReply().map(CaseReply::replyClass).orElse(null);
            Row row = new Row(c.id(), c.type(), m.number(), c.title(), m.subject(), m.key(), m.supervisor(),
                    c.submitter().name(), c.parties().size(), units, m.mode() == null ? null : m.mode().name(), c.state(),
                    type.workflow().state(c.state()).label(), m.receivedOn(), c.dueOn(), c.overdue(today), replyClass,
                    c.submitter().rating().map(r -> r.satisfaction().name()).orElse(null),
                    c.parties().stream().anyMatch(p -> !p.contacts().isEmpty()), c.round(), c.published());
            if (matches(row, filter)) {
                rows.add(row);
            }
        }
        rows.sort(Comparator.comparing(Row::number, PublicResultsResource::byNumber));
        return rows;
    }

    private static boolean matches(Row row, Filter f) {
        return (f.unit() == null || row.units().stream().anyMatch(u -> u.code().equals(f.unit())))
                && (f.replyClass() == null || f.replyClass().equals(row.replyClass()))
                && (f.state() == null || f.state().equals(row.state()))
                && (f.key() == null || f.key() == row.key())
                && (f.overdue() == null || f.overdue() == row.overdue());
    }
}
