package org.govinbox.calendar.control;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.govinbox.calendar.entity.Deadline;

/** D5 of {@link Deadline}: after a year is imported, every provisional due date is computed again. */
public final class ProvisionalDueDates {

    private ProvisionalDueDates() {
    }

    /** Recomputes every provisional deadline on {@code calendar}; answers those that changed. */
    public static List<Deadline> recompute(EntityManager em, WorkingDayCalendar calendar, int importedYear,
                                           String actor, Instant at) {
        List<Deadline> changed = new ArrayList<>();
        for (Deadline deadline : em.createNamedQuery(Deadline.PROVISIONAL, Deadline.class).getResultList()) {
            if (deadline.recompute(calendar, actor, "导入 " + importedYear + " 年工作日日历后重新计算", at)) {
                changed.add(deadline);
            }
        }
        return changed;
    }
}
