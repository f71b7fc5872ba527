package org.govinbox.casework.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import org.govinbox.accounts.boundary.Caller;
import org.govinbox.accounts.entity.Role;
import org.govinbox.casework.entity.Case;
import org.govinbox.casework.entity.Workflow;
import org.govinbox.platform.boundary.ProblemException;

/**
 * S1: a dispatcher sees every case; a handler only their own department's, as lead or co-handler, and any other
 * case is "not found", whatever the endpoint. S2: who performs an action is its workflow row's {@code By}: the
 * office (dispatchers), the lead unit or a co-handling unit (their handlers); submitters act only through their
 * type's public API.
 */
@RequestScoped
public class CaseScope {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    /** S1: the case if the caller may see it; "not found" otherwise, so that nothing about it leaks. */
    Case visible(long id) {
        Case c = em.find(Case.class, id);
        String scope = department();
        if (c == null) {
            throw ProblemException.notFound("第 " + id + " 号事项不存在");
        }
        if (scope != null && !c.handledBy(scope)) {
            throw ProblemException.hidden("第 " + id + " 号事项不存在", "第 " + id + " 号事项不属于本单位");
        }
        return c;
    }

    /** Null for a dispatcher (sees all); the caller's department for a handler. */
    String department() {
        if (caller.holdsAny(Role.DISPATCHER)) {
            return null;
        }
        if (caller.holdsAny(Role.HANDLER)) {
            return caller.departmentCode() == null ? "\u0000" : caller.departmentCode();
        }
        throw ProblemException.forbidden("只有交办督办员和承办人可以查看办理事项");
    }

    /** S2 */
    boolean may(Case c, Workflow.By by) {
        String own = caller.departmentCode();
        return switch (by) {
            case DISPATCHER -> caller.holdsAny(Role.DISPATCHER);
            case LEAD -> caller.holdsAny(Role.HANDLER) && own != null && own.equals(c.leadDepartment());
            case CO_HANDLER -> caller.holdsAny(Role.HANDLER) && own != null
                    && c.coHandlers().stream().anyMatch(h -> h.department().equals(own));
            case SUBMITTER, SYSTEM -> false;
        };
    }

    void authorise(Case c, Workflow.Transition t) {
        if (!may(c, t.by())) {
            throw ProblemException.forbidden("您无权对该件执行「" + t.label() + "」");
        }
    }

    /**
     * "Handled by the department, as lead or co-handler". Most departments co-handle nothing, and then the lead
     * alone uses its index; otherwise an uncorrelated subquery (a correlated EXISTS cost a table scan per page).
     */
    String handledBy(String name, String caseAlias, String handlerAlias, String department, Map<String, Object> parameters) {
        parameters.put(name, department);
        boolean coHandles = !em.createQuery("SELECT h.department FROM Case c JOIN c.coHandlers h WHERE h.department = :d",
                String.class).setParameter("d", department).setMaxResults(1).getResultList().isEmpty();
        return coHandles
                ? "(c.leadDepartment = :" + name + " OR c.id IN (SELECT " + caseAlias + ".id FROM Case " + caseAlias
                        + " JOIN " + caseAlias + ".coHandlers " + handlerAlias + " WHERE " + handlerAlias + ".department = :" + name + "))"
                : "c.leadDepartment = :" + name;
    }

    String actor() {
        return caller.username();
    }

    String actorDepartment() {
        return caller.holdsAny(Role.HANDLER) ? caller.departmentCode() : null;
    }
}
