package org.govinbox.casework.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.govinbox.casework.entity.Case;
import org.govinbox.platform.boundary.Page;
import org.govinbox.platform.boundary.PageRequest;

/**
 * The staff's lists of cases, every type, scoped to what the caller may see (S1): a page with its filters and
 * sorting, the counts behind the work queue, and the export of a whole list.
 */
@ApplicationScoped
public class CaseLists {

    /**
     * The filters of the staff list ({@code group}: the batch a type files cases under, e.g. a sitting). {@code due}:
     * SOON (due within the type's due-soon working days), OVERDUE (past its due date), RED_LINE (received more than
     * three months ago and not yet replied: the national red line); {@code from}/{@code to}: the day of receipt;
     * {@code satisfaction}: the first party's latest rating.
     */
    public record Filter(String type, String state, String department, Boolean overdue, String sort, Long group,
                         String due, LocalDate from, LocalDate to, String channel, String category, String satisfaction) {
    }

    /** The national red line (government website inspection indicators, 2019): no message unanswered beyond 3 months. */
    public static final int RED_LINE_MONTHS = 3;

    @PersistenceContext
    EntityManager em;

    @Inject
    CaseTypes types;

    @Inject
    CaseEngine engine;

    @Inject
    CaseScope scope;

    @Inject
    CaseViews views;

    @Inject
    Clock clock;

    /** S1 */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<CaseViews.ListItem> list(Filter filter, PageRequest page) {
        LocalDate today = LocalDate.now(clock);
        Map<String, Object> parameters = new HashMap<>();
        String where = where(filter, today, parameters);
        // a list by due date (overdue, due soon, the red line) has no case without one: the due-date index orders it
        boolean allDue = filter.due() != null || Boolean.TRUE.equals(filter.overdue());
        String order = "received".equals(filter.sort()) ? " ORDER BY c.receivedAt DESC, c.id DESC"
                : allDue ? " ORDER BY c.dueOn ASC, c.id ASC" : " ORDER BY c.dueOn ASC NULLS LAST, c.id ASC";
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(c) FROM Case c" + where, Long.class);
        TypedQuery<Case> select = em.createQuery("SELECT c FROM Case c" + where + order, Case.class);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            select.setParameter(name, value);
        });
        List<CaseViews.ListItem> items = views.list(select.setFirstResult(page.firstRow()).setMaxResults(page.size())
                .getResultList(), today);
        return new Page<>(count.getSingleResult(), page.page(), page.size(), items);
    }

    /** How many cases of a type are in a state, of those the caller may see (S1). */
    public record StateCount(String type, String state, long count) {
    }

    /** S1: the caller's cases in {@code states} (of any type), per type and state. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StateCount> countByState(java.util.Collection<String> states) {
        if (states.isEmpty()) {
            return List.of();
        }
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<StateCount> query = em.createQuery("SELECT NEW org.govinbox.casework.boundary.CaseLists.StateCount("
                + "c.type, c.state, COUNT(c)) FROM Case c" + where(new Filter(null, null, null, null, null, null, null,
                null, null, null, null, null), LocalDate.now(clock), parameters) + " AND c.state IN :states"
                + " GROUP BY c.type, c.state", StateCount.class);
        parameters.forEach(query::setParameter);
        return query.setParameter("states", states).getResultList();
    }

    /** S1: how many of the caller's cases the filter selects. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(Filter filter) {
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(c) FROM Case c" + where(filter, LocalDate.now(clock), parameters), Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    /** The first day that is no longer "due soon" for cases of {@code type} (as the list's filter SOON counts it). */
    public LocalDate dueSoonHorizon(String type) {
        return engine.clocks().dueSoonHorizon(LocalDate.now(clock), types.of(type).policy());
    }

    /** A row of the staff list's export: what the list shows, without personal data. */
    public record ExportRow(long id, String type, String channel, String category, String title, String state,
                            LocalDate receivedOn, String leadDepartment, LocalDate dueOn, Instant firstReplyAt,
                            Boolean firstReplyOnTime, String satisfaction, boolean imported) {
    }

    /**
     * S1: every case of the staff list under {@code filter}, in the order of their receipt, handed to {@code sink} a
     * thousand at a time, each batch its own query starting after the last case of the one before (memory stays flat
     * however many there are).
     */
    public void export(Filter filter, java.util.function.Consumer<ExportRow> sink) {
        LocalDate today = LocalDate.now(clock);
        Map<String, Object> parameters = new HashMap<>();
        String where = where(filter, today, parameters)
                + " AND c.receivedOn >= :afterDay AND (c.receivedOn > :afterDay OR c.id > :after) ORDER BY c.receivedOn, c.id";
        LocalDate afterDay = LocalDate.of(1900, 1, 1);
        long after = 0;
        while (true) {
            TypedQuery<Object[]> query = em.createQuery("SELECT c.id, c.type, c.channel, c.category, c.title, c.state, "
                    + "c.receivedOn, c.leadDepartment, c.replyDueOn, c.dueOn, c.firstReplyAt, c.firstReplyOnTime, "
                    + "c.satisfaction, c.imported FROM Case c" + where, Object[].class);
            parameters.forEach(query::setParameter);
            List<Object[]> rows = query.setParameter("afterDay", afterDay).setParameter("after", after)
                    .setMaxResults(1000).getResultList();
            for (Object[] r : rows) {
                sink.accept(new ExportRow(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                        (String) r[4], (String) r[5], (LocalDate) r[6], (String) r[7],
                        (LocalDate) (r[8] != null ? r[8] : r[9]), (Instant) r[10], bool(r[11]), (String) r[12],
                        Boolean.TRUE.equals(bool(r[13]))));
            }
            if (rows.size() < 1000) {
                return;
            }
            Object[] last = rows.get(rows.size() - 1);
            after = ((Number) last[0]).longValue();
            afterDay = (LocalDate) last[6];
        }
    }

    /** A boolean column as the database hands it over (Derby: a Boolean; some drivers: a number). */
    private static Boolean bool(Object value) {
        return value == null ? null : value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
    }

    private String where(Filter filter, LocalDate today, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        String department = scope.department();
        if (department != null) {
            where.append(" AND ").append(scope.handledBy("scope", "c2", "h", department, parameters));
        }
        equal(where, parameters, "type", filter.type());
        equal(where, parameters, "group", filter.group());
        equal(where, parameters, "state", filter.state());
        equal(where, parameters, "channel", filter.channel());
        equal(where, parameters, "category", filter.category());
        equal(where, parameters, "satisfaction", filter.satisfaction());
        if (filter.department() != null) {
            where.append(" AND ").append(scope.handledBy("department", "c3", "h2", filter.department(), parameters));
        }
        if (filter.overdue() != null) {
            where.append(filter.overdue() ? " AND c.dueOn < :today" : " AND (c.dueOn IS NULL OR c.dueOn >= :today)");
            parameters.put("today", today);
        }
        if (filter.from() != null) {
            where.append(" AND c.receivedOn >= :from");
            parameters.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.append(" AND c.receivedOn <= :to");
            parameters.put("to", filter.to());
        }
        if ("OVERDUE".equals(filter.due())) {
            where.append(" AND c.dueOn < :today");
            parameters.put("today", today);
        } else if ("SOON".equals(filter.due())) {
            List<String> soon = new ArrayList<>();
            for (CaseType t : filter.type() == null ? types.all() : List.of(types.of(filter.type()))) {
                String name = "soon" + soon.size();
                soon.add("(c.type = :" + name + "t AND c.dueOn < :" + name + ")");
                parameters.put(name + "t", t.code());
                parameters.put(name, engine.clocks().dueSoonHorizon(today, t.policy()));
            }
            where.append(" AND c.dueOn >= :today AND (").append(String.join(" OR ", soon)).append(")");
            parameters.put("today", today);
        } else if ("RED_LINE".equals(filter.due())) {
            // received more than three months ago, still owing its first reply, and counted (not rejected nor a duplicate)
            // a running clock (a due date after 2000, a range the due-date index answers) and no reply after 3 months
            where.append(" AND c.dueOn >= :anyDue AND c.receivedOn < :redLine AND c.firstReplyAt IS NULL"
                    + " AND c.rejectReason IS NULL AND c.duplicateOf IS NULL");
            parameters.put("anyDue", LocalDate.of(2000, 1, 1));
            parameters.put("redLine", today.minusMonths(RED_LINE_MONTHS));
        }
        return where.toString();
    }

    private static void equal(StringBuilder where, Map<String, Object> parameters, String field, Object value) {
        if (value != null) {
            where.append(" AND c.").append(field).append(" = :").append(field);
            parameters.put(field, value);
        }
    }
}
