package org.govinbox.dashboard.boundary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * R9: the facts of every case as parallel arrays of small numbers, one row a case in the order of their numbers, and
 * the scans the figures are counted by. Rows are put as the database hands them over (the columns of
 * {@code CaseFacts.COLUMNS}); reads and writes take a read-write lock. No text, no personal data.
 */
final class FactTable {

    static final int NONE = Integer.MIN_VALUE;
    static final byte EXCLUDED = 1, REPLIED = 2, ON_TIME = 4, ACCEPTED = 8, ACCEPTED_ON_TIME = 16, REHANDLED = 32;

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Dictionary typeCodes = new Dictionary();
    private final Dictionary departments = new Dictionary();
    private final Dictionary channels = new Dictionary();
    private final Dictionary categories = new Dictionary();
    private final Dictionary states = new Dictionary();
    private boolean[] openState = new boolean[16];
    private long[] id = new long[1024];
    private byte[] type = new byte[1024];
    private int[] day = new int[1024];
    private int[] month = new int[1024];
    private short[] department = new short[1024];
    private byte[] channel = new byte[1024];
    private byte[] category = new byte[1024];
    private short[] state = new short[1024];
    private byte[] flags = new byte[1024];
    private byte[] satisfaction = new byte[1024];
    private int[] replyDue = new int[1024];
    private int[] due = new int[1024];
    private int size;
    private final BiPredicate<String, String> open;

    /** {@code open}: whether a type's state waits for the government (from the type's workflow). */
    FactTable(BiPredicate<String, String> open) {
        this.open = open;
    }

    /** Codes and their small numbers (a department, a channel …), in the order first seen. */
    static final class Dictionary {
        final List<String> codes = new ArrayList<>();
        final Map<String, Integer> index = new HashMap<>();

        int of(String code) {
            if (code == null) {
                return -1;
            }
            Integer i = index.get(code);
            if (i == null) {
                i = codes.size();
                codes.add(code);
                index.put(code, i);
            }
            return i;
        }

        int find(String code) {
            return code == null ? -1 : index.getOrDefault(code, -2);
        }

        String code(int i) {
            return i < 0 ? null : codes.get(i);
        }
    }

    /** Puts rows in place when the case is known, else in the order of the numbers. */
    void putAll(List<Object[]> rows) {
        lock.writeLock().lock();
        try {
            rows.forEach(this::put);
        } finally {
            lock.writeLock().unlock();
        }
    }

    int rows() {
        return size;
    }

    /** One row, under the write lock. */
    private void put(Object[] r) {
        long caseId = ((Number) r[0]).longValue();
        int at = size > 0 && id[size - 1] < caseId ? -(size + 1) : Arrays.binarySearch(id, 0, size, caseId);
        if (at < 0) {
            at = -at - 1;
            grow();
            if (at < size) {
                shift(at);
            }
            size++;
        }
        id[at] = caseId;
        String typeCode = (String) r[1];
        type[at] = (byte) typeCodes.of(typeCode);
        day[at] = r[2] == null ? NONE : (int) date(r[2]).toEpochDay();
        month[at] = r[3] == null ? NONE : ((Number) r[3]).intValue();
        department[at] = (short) departments.of((String) r[4]);
        channel[at] = (byte) channels.of((String) r[5]);
        category[at] = (byte) categories.of((String) r[6]);
        int s = states.of(typeCode + "|" + r[7]);
        if (s >= openState.length) {
            openState = Arrays.copyOf(openState, openState.length * 2);
        }
        openState[s] = open.test(typeCode, (String) r[7]);
        state[at] = (short) s;
        Boolean onTime = bool(r[8]);
        Boolean acceptOnTime = bool(r[10]);
        byte f = 0;
        f |= Boolean.TRUE.equals(bool(r[13])) ? EXCLUDED : 0;
        f |= onTime != null ? REPLIED : 0;
        f |= Boolean.TRUE.equals(onTime) ? ON_TIME : 0;
        f |= acceptOnTime != null ? ACCEPTED : 0;
        f |= Boolean.TRUE.equals(acceptOnTime) ? ACCEPTED_ON_TIME : 0;
        f |= r[12] != null && ((Number) r[12]).intValue() > 1 ? REHANDLED : 0;
        flags[at] = f;
        replyDue[at] = r[9] == null ? NONE : (int) date(r[9]).toEpochDay();
        due[at] = r[14] == null ? NONE : (int) date(r[14]).toEpochDay();
        satisfaction[at] = (byte) switch (r[11] == null ? "" : (String) r[11]) {
            case "SATISFIED" -> 1;
            case "BASICALLY_SATISFIED" -> 2;
            case "DISSATISFIED" -> 3;
            default -> 0;
        };
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : value instanceof LocalDate l ? l : LocalDate.parse(value.toString());
    }

    private static Boolean bool(Object value) {
        return value == null ? null : value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
    }

    private void grow() {
        if (size < id.length) {
            return;
        }
        int n = id.length + (id.length >> 1);
        id = Arrays.copyOf(id, n);
        type = Arrays.copyOf(type, n);
        day = Arrays.copyOf(day, n);
        month = Arrays.copyOf(month, n);
        department = Arrays.copyOf(department, n);
        channel = Arrays.copyOf(channel, n);
        category = Arrays.copyOf(category, n);
        state = Arrays.copyOf(state, n);
        flags = Arrays.copyOf(flags, n);
        satisfaction = Arrays.copyOf(satisfaction, n);
        replyDue = Arrays.copyOf(replyDue, n);
        due = Arrays.copyOf(due, n);
    }

    private void shift(int at) {
        int n = size - at;
        System.arraycopy(id, at, id, at + 1, n);
        System.arraycopy(type, at, type, at + 1, n);
        System.arraycopy(day, at, day, at + 1, n);
        System.arraycopy(month, at, month, at + 1, n);
        System.arraycopy(department, at, department, at + 1, n);
        System.arraycopy(channel, at, channel, at + 1, n);
        System.arraycopy(category, at, category, at + 1, n);
        System.arraycopy(state, at, state, at + 1, n);
        System.arraycopy(flags, at, flags, at + 1, n);
        System.arraycopy(satisfaction, at, satisfaction, at + 1, n);
        System.arraycopy(replyDue, at, replyDue, at + 1, n);
        System.arraycopy(due, at, due, at + 1, n);
    }

    /**
     * The counters of {@link CaseStats} (received, replied, on time, overdue, open, accepted on time, accepted late,
     * re-handled, 满意, 基本满意, 不满意) per group key — the group's codes joined by "|" ("" for none) — for the cases
     * of {@code typeCodes} received from {@code from} to {@code to}, of {@code departmentCode} when given.
     */
    Map<String, long[]> tally(List<String> wantedTypes, LocalDate from, LocalDate to, String departmentCode,
                              List<CaseStats.GroupBy> groupBy, LocalDate today) {
        lock.readLock().lock();
        try {
            boolean[] typeWanted = new boolean[Math.max(1, typeCodes.codes.size())];
            wantedTypes.forEach(t -> {
                int i = typeCodes.find(t);
                if (i >= 0) {
                    typeWanted[i] = true;
                }
            });
            int dept = departmentCode == null ? -3 : departments.find(departmentCode);
            int first = (int) from.toEpochDay();
            int last = (int) to.toEpochDay();
            int now = (int) today.toEpochDay();
            Map<Long, long[]> groups = new HashMap<>();
            long lastKey = Long.MIN_VALUE;
            long[] lastGroup = null;
            for (int i = 0; i < size; i++) {
                int d = day[i];
                if (d < first || d > last || d == NONE || !typeWanted[type[i]] || (flags[i] & EXCLUDED) != 0
                        || dept != -3 && department[i] != dept) {
                    continue;
                }
                long key = 0;
                for (CaseStats.GroupBy g : groupBy) {
                    key = key * 1_000_000L + value(g, i);
                }
                long[] n;
                if (key == lastKey) {
                    n = lastGroup;
                } else {
                    n = groups.computeIfAbsent(key, k -> new long[11]);
                    lastKey = key;
                    lastGroup = n;
                }
                byte f = flags[i];
                n[0]++;
                if ((f & REPLIED) != 0) {
                    n[1]++;
                    if ((f & ON_TIME) != 0) {
                        n[2]++;
                    }
                } else if (replyDue[i] != NONE && replyDue[i] < now) {
                    n[3]++;
                }
                if (openState[state[i]]) {
                    n[4]++;
                }
                if ((f & ACCEPTED) != 0) {
                    n[(f & ACCEPTED_ON_TIME) != 0 ? 5 : 6]++;
                }
                if ((f & REHANDLED) != 0) {
                    n[7]++;
                }
                if (satisfaction[i] > 0) {
                    n[7 + satisfaction[i]]++;
                }
            }
            Map<String, long[]> result = new HashMap<>();
            groups.forEach((key, n) -> result.put(keyOf(groupBy, key), n));
            return result;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** A group's value of row {@code i}: a small number below a million (a dictionary index + 1, or a month). */
    private long value(CaseStats.GroupBy g, int i) {
        return switch (g) {
            case DEPARTMENT -> department[i] + 1;
            case MONTH -> month[i] == NONE ? 0 : month[i];
            case CHANNEL -> channel[i] + 1;
            case CATEGORY -> category[i] + 1;
            case TYPE -> type[i] + 1;
        };
    }

    private String keyOf(List<CaseStats.GroupBy> groupBy, long key) {
        String[] parts = new String[groupBy.size()];
        for (int g = groupBy.size() - 1; g >= 0; g--) {
            int v = (int) (key % 1_000_000L);
            key /= 1_000_000L;
            Function<Integer, String> code = switch (groupBy.get(g)) {
                case DEPARTMENT -> departments::code;
                case MONTH -> m -> m == 0 ? null : String.valueOf(m);
                case CHANNEL -> channels::code;
                case CATEGORY -> categories::code;
                case TYPE -> typeCodes::code;
            };
            String c = code.apply(groupBy.get(g) == CaseStats.GroupBy.MONTH ? v : v - 1);
            parts[g] = c == null ? "" : c;
        }
        return String.join("|", parts);
    }

    /** How many cases of every type are in each state ("TYPE|STATE"), of every unit. */
    Map<String, Long> byState() {
        lock.readLock().lock();
        try {
            long[] n = new long[states.codes.size()];
            for (int i = 0; i < size; i++) {
                n[state[i]]++;
            }
            Map<String, Long> result = new HashMap<>();
            for (int s = 0; s < n.length; s++) {
                result.put(states.code(s), n[s]);
            }
            return result;
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * The work queue's three counts of every unit, as the staff list's filters count them: due soon (from today to
     * before the type's horizon), overdue (the case's own due date passed), past the red line (a running clock,
     * received before {@code redLine}, no reply, counted).
     */
    long[] dueCounts(LocalDate today, Map<String, LocalDate> horizons, LocalDate redLine) {
        lock.readLock().lock();
        try {
            int now = (int) today.toEpochDay();
            int line = (int) redLine.toEpochDay();
            int[] horizon = new int[Math.max(1, typeCodes.codes.size())];
            for (int t = 0; t < horizon.length && t < typeCodes.codes.size(); t++) {
                LocalDate h = horizons.get(typeCodes.code(t));
                horizon[t] = h == null ? now : (int) h.toEpochDay();
            }
            long soon = 0, overdue = 0, red = 0;
            for (int i = 0; i < size; i++) {
                int d = due[i];
                if (d == NONE) {
                    continue;
                }
                if (d < now) {
                    overdue++;
                } else if (d < horizon[type[i]]) {
                    soon++;
                }
                if (day[i] != NONE && day[i] < line && (flags[i] & (EXCLUDED | REPLIED)) == 0) {
                    red++;
                }
            }
            return new long[] {soon, overdue, red};
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * The counted cases of {@code typeCode} received from {@code from} to {@code to} whose first reply went out, newest
     * first (by day of receipt, then number): the page from {@code offset}, of {@code pageSize}.
     */
    CaseFacts.Page replied(String typeCode, LocalDate from, LocalDate to, int offset, int pageSize) {
        lock.readLock().lock();
        try {
            int t = typeCodes.find(typeCode);
            int first = (int) from.toEpochDay();
            int last = (int) to.toEpochDay();
            int keep = offset + pageSize;
            // the newest `keep` by (day, number), in a heap whose head is the oldest of them
            java.util.PriorityQueue<long[]> newest = new java.util.PriorityQueue<>(Math.max(1, keep),
                    (a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
            long total = 0;
            for (int i = 0; i < size; i++) {
                if (type[i] != t || day[i] < first || day[i] > last || day[i] == NONE
                        || (flags[i] & (EXCLUDED | REPLIED)) != REPLIED) {
                    continue;
                }
                total++;
                if (keep == 0) {
                    continue;
                }
                if (newest.size() < keep) {
                    newest.add(new long[] {day[i], id[i]});
                } else {
                    long[] oldest = newest.peek();
                    if (day[i] > oldest[0] || day[i] == oldest[0] && id[i] > oldest[1]) {
                        newest.poll();
                        newest.add(new long[] {day[i], id[i]});
                    }
                }
            }
            List<long[]> sorted = new ArrayList<>(newest);
            sorted.sort((a, b) -> a[0] != b[0] ? Long.compare(b[0], a[0]) : Long.compare(b[1], a[1]));
            List<Long> ids = sorted.stream().skip(offset).map(a -> a[1]).toList();
            return new CaseFacts.Page(total, ids);
        } finally {
            lock.readLock().unlock();
        }
    }
}
