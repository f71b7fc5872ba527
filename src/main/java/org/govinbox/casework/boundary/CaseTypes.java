package org.govinbox.casework.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.govinbox.casework.entity.Workflow;
import org.govinbox.platform.boundary.ProblemException;

/** Every case type deployed (each a {@link CaseType} bean of its own component), checked once at start (T1). */
@ApplicationScoped
public class CaseTypes {

    @Inject
    @Any
    Instance<CaseType> found;

    private Map<String, CaseType> types;

    @PostConstruct
    void register() {
        Map<String, CaseType> all = new LinkedHashMap<>();
        for (CaseType type : found) {
            check(type);
            if (all.put(type.code(), type) != null) {
                throw new IllegalStateException("two case types with the code " + type.code());
            }
        }
        types = all;
    }

    /** T1 */
    public static void check(CaseType type) {
        Workflow workflow = type.workflow();
        if (!workflow.type().equals(type.code())) {
            throw new IllegalStateException("the workflow of " + type.code() + " is for " + workflow.type());
        }
        Set<String> actions = type.actions().stream().map(CaseAction::name).collect(Collectors.toCollection(TreeSet::new));
        Set<String> rows = workflow.transitions().stream().map(Workflow.Transition::action)
                .filter(a -> !Set.of(Workflow.RECEIVE, Workflow.REMIND, Workflow.RECOMPUTE, Workflow.IMPORT,
                        Workflow.ERASE_CONTACT).contains(a))
                .collect(Collectors.toCollection(TreeSet::new));
        if (!actions.equals(rows)) {
            throw new IllegalStateException("the actions of " + type.code() + " " + actions + " are not its workflow's " + rows);
        }
    }

    public CaseType of(String code) {
        CaseType type = types.get(code);
        if (type == null) {
            throw ProblemException.invalid("type", "未知的事项类型：" + code);
        }
        return type;
    }

    public List<CaseType> all() {
        return List.copyOf(types.values());
    }
}
