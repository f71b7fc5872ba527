package org.govinbox.proposals.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.govinbox.accounts.boundary.AuditTrail;
import org.govinbox.platform.boundary.ProblemException;
import org.govinbox.proposals.entity.Assembly;
import org.govinbox.proposals.entity.Sitting;

/** The sittings (届次会议): created by an administrator, read by everyone who registers or follows items. */
@ApplicationScoped
public class Sittings {

    public record SittingView(long id, String assembly, String assemblyName, String caseType, String name, int year) {

        static SittingView of(Sitting s) {
            return new SittingView(s.id(), s.assembly().name(), s.assembly().label(), s.assembly().caseType(), s.name(), s.year());
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Transactional
    public SittingView create(String assembly, String name, int year) {
        Assembly a = Assembly.valueOf(assembly.trim().toUpperCase(Locale.ROOT));
        String n = name.trim();
        if (!em.createNamedQuery(Sitting.BY_NAME, Sitting.class).setParameter("assembly", a).setParameter("name", n)
                .getResultList().isEmpty()) {
            throw ProblemException.conflict("name", "已有同名的届次会议：" + n);
        }
        Sitting s = new Sitting(a, n, year, clock.instant());
        em.persist(s);
        em.flush();
        audit.record("SITTING_CREATE", "sitting", String.valueOf(s.id()), n);
        return SittingView.of(s);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SittingView> all() {
        return em.createNamedQuery(Sitting.ALL, Sitting.class).getResultList().stream().map(SittingView::of).toList();
    }

    /** The sitting or 404. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Sitting found(long id) {
        Sitting s = em.find(Sitting.class, id);
        if (s == null) {
            throw ProblemException.notFound("届次会议不存在");
        }
        return s;
    }
}
