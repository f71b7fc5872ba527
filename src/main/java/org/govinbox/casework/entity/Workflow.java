package org.govinbox.casework.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.govinbox.platform.entity.Refused;

/**
 * One case type's state machine: its stored states, and the table of its actions — who performs each, the
 * states it is allowed in and the states it may lead to. Each type declares its own ({@code LetterWorkflow} …),
 * so a state that only one type has is legal for no other. The engine adds the actions every type has:
 * {@value #RECEIVE} (into the first state), {@value #REMIND} and {@value #RECOMPUTE} (system bookkeeping in
 * the open states, no change of state), {@value #IMPORT} (a finished case from an earlier system) and
 * {@value #ERASE_CONTACT} (the contact data of a closed case erased at the end of its retention period, P3).
 * <p>
 * W1: an action is allowed only in the states its row lists, else it is refused naming the state. W2: it leads
 * only to a state its row lists (staying where it is when it lists none). W3: every state a row names is declared.
 */
public final class Workflow {

    public static final String RECEIVE = "RECEIVE";
    public static final String REMIND = "REMIND";
    public static final String RECOMPUTE = "RECOMPUTE";
    /** A finished case brought over from an earlier system (C9). */
    public static final String IMPORT = "IMPORT";
    public static final String ERASE_CONTACT = "ERASE_CONTACT";

    /** Who performs an action: the submitter (a citizen), the government office, the lead or a co-handling unit, or the system. */
    public enum By { SUBMITTER, DISPATCHER, LEAD, CO_HANDLER, SYSTEM }

    /** A stored state; "open" states still wait for the government (a clock runs). */
    public record State(String code, String label, boolean open) {
    }

    /** One row of the table. An empty {@code to} means the action leaves the state as it is. */
    public record Transition(String action, String label, By by, Set<String> from, List<String> to) {

        public boolean allowedIn(String state) {
            return from.contains(state);
        }

        /** The action as it appears in a URL: {@code request-extension}. */
        public String path() {
            return toPath(action);
        }
    }

    private final String type;
    private final Map<String, State> states;
    private final Map<String, Transition> transitions;

    private Workflow(String type, Map<String, State> states, Map<String, Transition> transitions) {
        this.type = type;
        this.states = states;
        this.transitions = transitions;
    }

    public static Builder of(String type) {
        return new Builder(type);
    }

    public String type() {
        return type;
    }

    public String initial() {
        return states.keySet().iterator().next();
    }

    public List<State> states() {
        return List.copyOf(states.values());
    }

    public State state(String code) {
        State state = states.get(code);
        if (state == null) {
            throw new IllegalArgumentException("no state " + code + " in the workflow of " + type);
        }
        return state;
    }

    public Set<String> openStates() {
        return states.values().stream().filter(State::open).map(State::code).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public List<Transition> transitions() {
        return List.copyOf(transitions.values());
    }

    public Optional<Transition> transition(String action) {
        return Optional.ofNullable(transitions.get(action));
    }

    /** W1 */
    public Transition allowed(String action, String state) {
        Transition t = transition(action).orElseThrow(() -> new IllegalArgumentException("no action " + action + " in " + type));
        if (!t.allowedIn(state)) {
            throw new Refused("该件当前状态为「" + state(state).label() + "」（" + state + "），不能" + t.label());
        }
        return t;
    }

    /** W2: the state {@code t} leads to — {@code wanted}, or its first target when none is wanted. */
    public String target(Transition t, String current, String wanted) {
        if (t.to().isEmpty()) {
            if (wanted != null && !wanted.equals(current)) {
                throw new IllegalStateException(t.action() + " of " + type + " does not change the state");
            }
            return current;
        }
        if (wanted == null) {
            return t.to().get(0);
        }
        if (!t.to().contains(wanted)) {
            throw new IllegalStateException(t.action() + " of " + type + " cannot lead to " + wanted);
        }
        return wanted;
    }

    /** {@code REQUEST_EXTENSION} → {@code request-extension}. */
    public static String toPath(String action) {
        return action.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static String fromPath(String path) {
        return path.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    /** Declares the states (the first is where a case starts) and the action table. */
    public static final class Builder {
        private final String type;
        private final Map<String, State> states = new LinkedHashMap<>();
        private final Map<String, Transition> transitions = new LinkedHashMap<>();

        private Builder(String type) {
            this.type = type;
        }

        public Builder state(String code, String label, boolean open) {
            states.put(code, new State(code, label, open));
            return this;
        }

        /** An action allowed in {@code from}, leading to one of {@code to} (none: the state stays). */
        public Builder action(String action, String label, By by, Set<String> from, String... to) {
            transitions.put(action, new Transition(action, label, by, Set.copyOf(from), List.of(to)));
            return this;
        }

        /** W3 */
        public Workflow build() {
            if (states.isEmpty()) {
                throw new IllegalStateException("a workflow needs states");
            }
            Set<String> open = states.values().stream().filter(State::open).map(State::code).collect(Collectors.toSet());
            Map<String, Transition> all = new LinkedHashMap<>();
            all.put(RECEIVE, new Transition(RECEIVE, "收件", By.SUBMITTER, Set.of(), List.of(states.keySet().iterator().next())));
            all.putAll(transitions);
            all.put(REMIND, new Transition(REMIND, "期限提醒", By.SYSTEM, open, List.of()));
            all.put(RECOMPUTE, new Transition(RECOMPUTE, "重算期限", By.SYSTEM, open, List.of()));
            all.put(IMPORT, new Transition(IMPORT, "历史数据导入", By.SYSTEM, Set.of(), List.of()));
            Set<String> closed = states.values().stream().filter(s -> !s.open()).map(State::code).collect(Collectors.toSet());
            all.put(ERASE_CONTACT, new Transition(ERASE_CONTACT, "删除联系方式（保存期限届满）", By.SYSTEM, closed, List.of()));
            List<String> unknown = new ArrayList<>();
            all.values().forEach(t -> {
                t.from().stream().filter(s -> !states.containsKey(s)).forEach(unknown::add);
                t.to().stream().filter(s -> !states.containsKey(s)).forEach(unknown::add);
            });
            if (!unknown.isEmpty()) {
                throw new IllegalStateException("undeclared states in the workflow of " + type + ": " + unknown);
            }
            return new Workflow(type, new LinkedHashMap<>(states), all);
        }
    }
}
