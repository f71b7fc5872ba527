package org.govinbox.casework.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.govinbox.accounts.boundary.AuditTrail;
import org.govinbox.accounts.boundary.Caller;
import org.govinbox.accounts.boundary.Departments;
import org.govinbox.accounts.entity.AuditEvent;
import org.govinbox.calendar.boundary.Calendars;
import org.govinbox.casework.entity.Case;
import org.govinbox.casework.entity.CaseParty;
import org.govinbox.platform.boundary.Background;
import org.govinbox.platform.boundary.Clocks;
import org.govinbox.platform.boundary.FileTypes;
import org.govinbox.platform.boundary.ProblemException;
import org.govinbox.platform.control.ImportReader;
import org.govinbox.platform.entity.ImportJob;

/**
 * C9: the history of an earlier system — letters, suggestions, proposals, any type that takes it
 * ({@link CaseType#finishedState}) — brought over from CSV or XLSX as finished cases marked imported, each with its
 * recorded dates (received, accepted, due, replied), unit, category, reply and rating, counted by every rate like any
 * other case. In the background with its progress on the job; the whole file or nothing: every row is checked first,
 * and if any is wrong nothing is stored and the report names each wrong row with its column (as the file names it)
 * and reason. The government office imports (dispatchers).
 */
@ApplicationScoped
public class CaseImports {

    private static final Logger LOG = Logger.getLogger(CaseImports.class.getName());
    static final String KIND = "CASES";
    static final int REPORT_MAX = 1000;
    static final int FLUSH_EVERY = 200;
    static final Jsonb JSON = JsonbBuilder.create();
    static final String NO_NAME = "（历史数据）";

    /** The columns understood: the field, then its headers (the first is the one the README and the template use). */
    static final String[][] COLUMNS = {
            {"type", "事项类型", "类型"}, {"channel", "渠道", "信箱", "来信渠道"}, {"category", "类别", "来信类别", "分类"},
            {"reference", "原编号", "编号"}, {"title", "标题", "主题"}, {"content", "内容", "来信内容", "正文"},
            {"name", "提交人", "来信人", "姓名"}, {"receivedOn", "收件日期", "来信日期", "提交日期"},
            {"acceptedOn", "受理日期"}, {"dueOn", "办理期限", "答复期限"}, {"repliedOn", "答复日期"},
            {"department", "承办单位", "答复部门", "答复单位"}, {"reply", "答复内容", "答复"},
            {"rating", "评价", "满意度"}, {"rehandled", "重办次数"}};
    static final Map<String, String> HEADERS = headers();
    static final List<String> REQUIRED = List.of("title", "receivedOn", "dueOn", "repliedOn", "department");

    public record RowError(int row, String column, String message) {
    }

    public record JobView(long id, String filename, String state, String stateName, int totalRows, int processed,
                          int imported, int rejected, List<RowError> errors, Instant startedAt, Instant finishedAt) {
    }

    /** One checked row, ready to be stored. */
    record Row(CaseType type, Case.Submission submission, String name, Case.History history) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    CaseTypes types;

    @Inject
    Departments departments;

    @Inject
    Calendars calendars;

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    @Inject
    Background background;

    @Inject
    org.govinbox.platform.boundary.ImportJobs jobs;

    @Inject
    Clock clock;

    @Inject
    jakarta.enterprise.event.Event<CasesChanged> changed;

    /** Starts importing {@code content}; {@code defaultType} is the type of rows without one. */
    public JobView start(String encodedName, byte[] content, String defaultType) {
        if (content == null || content.length == 0) {
            throw ProblemException.invalid("file", "文件是空的");
        }
        boolean xlsx = FileTypes.detect(content).map(FileTypes.XLSX::equals).orElse(false);
        if (!xlsx && FileTypes.detect(content).isPresent()) {
            throw ProblemException.unsupportedType("只能导入 CSV 或 XLSX 文件（按文件内容判断）");
        }
        CaseType fallback = null;
        if (defaultType != null && !defaultType.isBlank()) {
            fallback = type(defaultType.trim()).orElseThrow(() -> ProblemException.invalid("type", "没有「" + defaultType + "」这种事项类型"));
            if (fallback.finishedState() == null) {
                throw ProblemException.invalid("type", fallback.name() + "不接受历史数据导入");
            }
        }
        String filename = FileTypes.filename(encodedName, xlsx ? FileTypes.XLSX : "text/csv");
        String actor = caller.username();
        long job = jobs.newJob(KIND, filename, actor);
        CaseType given = fallback;
        background.run("case import " + job, () -> run(job, content, xlsx, actor, given));
        return view(job);
    }

    @Transactional
    public JobView view(long id) {
        ImportJob job = em.find(ImportJob.class, id);
        if (job == null || !KIND.equals(job.kind())) {
            throw ProblemException.notFound("第 " + id + " 号导入不存在");
        }
        return view(job);
    }

    @Transactional
    public List<JobView> recent() {
        return em.createQuery("SELECT j FROM ImportJob j WHERE j.kind = :kind ORDER BY j.startedAt DESC, j.id DESC",
                ImportJob.class).setParameter("kind", KIND).setMaxResults(20).getResultList().stream().map(j -> {
                    JobView v = view(j);
                    return new JobView(v.id(), v.filename(), v.state(), v.stateName(), v.totalRows(), v.processed(),
                            v.imported(), v.rejected(), List.of(), v.startedAt(), v.finishedAt());
                }).toList();
    }

    private static JobView view(ImportJob job) {
        List<RowError> errors = job.report() == null ? List.of() : List.of(JSON.fromJson(job.report(), RowError[].class));
        return new JobView(job.id(), job.filename(), job.state().name(), job.state().label(), job.totalRows(),
                job.processed(), job.imported(), job.rejected(), errors, job.startedAt(), job.finishedAt());
    }

    /** This bean through its container proxy, so that its own transactional methods run in their transactions. */
    private CaseImports self() {
        return jakarta.enterprise.inject.spi.CDI.current().select(CaseImports.class).get();
    }

    /** A job that stored nothing ends with its report, in the audit trail too. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @jakarta.enterprise.context.control.ActivateRequestContext
    public void refuse(long job, ImportJob.State state, int total, List<RowError> errors, String actor) {
        ImportJob j = em.find(ImportJob.class, job);
        Set<Integer> rows = new HashSet<>();
        errors.forEach(e -> rows.add(e.row()));
        j.progress(state, total, j.processed());
        j.finish(state, 0, rows.size(), JSON.toJson(errors.size() <= REPORT_MAX ? errors : errors.subList(0, REPORT_MAX)),
                clock.instant());
        audit.record(actor, "case.import", "import", String.valueOf(job), AuditEvent.Result.FAILURE,
                j.filename() + "：" + state.label() + (rows.isEmpty() ? "" : "，" + rows.size() + " 行有错误"));
    }

    /** Stores every row and ends the job, in one transaction: all of them or none (in the background: own context). */
    @Transactional
    @jakarta.enterprise.context.control.ActivateRequestContext
    public void store(long job, List<Row> rows, String actor) {
        Instant now = clock.instant();
        String note = "从原系统导入（导入批次 " + job + "）";
        int n = 0;
        Map<String, List<Long>> touched = new LinkedHashMap<>();
        for (Row row : rows) {
            String state = row.type().finishedState();
            Case c = Case.imported(row.type().workflow(), row.submission(),
                    new CaseParty.Details(row.type().submitterRole(), row.name(), null, null, null, false),
                    Cases.uniqueCode(em), state, row.history(), actor, now, note);
            em.persist(c);
            em.flush();
            touched.computeIfAbsent(row.type().code(), t -> new ArrayList<>()).add(c.id());
            if (++n % FLUSH_EVERY == 0) {
                em.clear();
            }
        }
        em.flush();
        ImportJob j = em.find(ImportJob.class, job);
        audit.record(actor, "case.import", "import", String.valueOf(job), AuditEvent.Result.SUCCESS,
                j.filename() + "：导入 " + rows.size() + " 件");
        touched.forEach((type, ids) -> changed.fire(new CasesChanged(type, ids)));
    }

    /**
     * The job is done once its cases are stored and everyone who keeps figures has read them (the observers of
     * {@link CasesChanged} run when {@link #store} commits): whoever polls the job then sees them counted.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void done(long job, int imported) {
        ImportJob j = em.find(ImportJob.class, job);
        j.progress(ImportJob.State.DONE, imported, imported);
        j.finish(ImportJob.State.DONE, imported, 0, null, clock.instant());
    }

    private void run(long job, byte[] content, boolean xlsx, String actor, CaseType fallback) {
        CaseImports self = self();
        try {
            List<RowError> errors = new ArrayList<>();
            List<Row> rows = new ArrayList<>();
            Checker checker = new Checker(errors, fallback);
            try {
                ImportReader.read(content, xlsx, (number, cells) -> {
                    Row row = checker.check(number, cells);
                    if (row != null) {
                        rows.add(row);
                    }
                    if (number % 500 == 0) {
                        jobs.progress(job, ImportJob.State.CHECKING, 0, rows.size());
                    }
                });
                checker.finish();
            } catch (ImportReader.Unreadable e) {
                errors.add(new RowError(0, "文件", e.getMessage()));
            }
            if (!errors.isEmpty()) {
                self.refuse(job, ImportJob.State.REJECTED, checker.rows, errors, actor);
                return;
            }
            jobs.progress(job, ImportJob.State.IMPORTING, rows.size(), 0);
            self.store(job, rows, actor);
            self.done(job, rows.size());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "case import " + job + " failed; nothing was stored", e);
            self.refuse(job, ImportJob.State.FAILED, 0, List.of(new RowError(0, "文件",
                    "导入过程中出错，未导入任何数据：" + e.getClass().getSimpleName())), actor);
        }
    }

    private java.util.Optional<CaseType> type(String value) {
        return types.all().stream().filter(t -> t.code().equalsIgnoreCase(value) || t.name().equals(value)).findFirst();
    }

    /** Checks rows one by one against the header, the types' policies and the departments. */
    private final class Checker {
        private final List<RowError> errors;
        private final CaseType fallback;
        private final Map<String, String> departmentCodes = new HashMap<>();
        private String[] fields;
        private final Map<String, String> headerOf = new HashMap<>();
        int rows;

        Checker(List<RowError> errors, CaseType fallback) {
            this.errors = errors;
            this.fallback = fallback;
            departments.all().forEach(d -> {
                departmentCodes.put(d.code(), d.code());
                departmentCodes.put(d.name(), d.code());
            });
        }

        Row check(int number, List<String> cells) {
            if (fields == null) {
                header(cells);
                return null;
            }
            Map<String, String> v = new HashMap<>();
            boolean empty = true;
            for (int c = 0; c < cells.size() && c < fields.length; c++) {
                String cell = cells.get(c) == null ? null : cells.get(c).strip();
                if (fields[c] != null && cell != null && !cell.isEmpty()) {
                    v.put(fields[c], cell);
                    empty = false;
                }
            }
            if (empty) {
                return null;
            }
            rows++;
            int before = errors.size();
            CaseType type = v.containsKey("type") ? type(v.get("type")).orElse(null) : fallback;
            if (type == null) {
                error(number, "type", v.containsKey("type") ? "没有「" + v.get("type") + "」这种事项类型" : "缺少事项类型");
                return null;
            }
            if (type.finishedState() == null) {
                error(number, "type", type.name() + "不接受历史数据导入");
                return null;
            }
            String channel = code(number, "channel", v.get("channel"), type.policy().channels());
            String category = code(number, "category", v.get("category"), type.policy().categories());
            String title = v.get("title");
            if (title == null) {
                error(number, "title", "缺少标题");
            } else if (title.length() > 200) {
                error(number, "title", "标题不能超过 200 字");
            }
            String name = v.getOrDefault("name", NO_NAME);
            if (name.length() > 50) {
                error(number, "name", "提交人不能超过 50 字");
            }
            LocalDate received = date(number, "receivedOn", v.get("receivedOn"));
            LocalDate accepted = date(number, "acceptedOn", v.get("acceptedOn"));
            LocalDate due = date(number, "dueOn", v.get("dueOn"));
            LocalDate replied = date(number, "repliedOn", v.get("repliedOn"));
            LocalDate today = LocalDate.now(clock);
            if (received != null) {
                after(number, "acceptedOn", accepted, received, "受理日期早于收件日期");
                after(number, "dueOn", due, received, "办理期限早于收件日期");
                after(number, "repliedOn", replied, received, "答复日期早于收件日期");
                if (received.isAfter(today)) {
                    error(number, "receivedOn", "收件日期晚于今天");
                }
            }
            if (accepted != null && replied != null && replied.isBefore(accepted)) {
                error(number, "repliedOn", "答复日期早于受理日期");
            }
            if (replied != null && replied.isAfter(today)) {
                error(number, "repliedOn", "答复日期晚于今天：历史数据只导入已答复的事项");
            }
            String department = null;
            if (v.get("department") == null) {
                error(number, "department", "缺少承办单位");
            } else {
                department = departmentCodes.get(v.get("department"));
                if (department == null) {
                    error(number, "department", "没有「" + v.get("department") + "」这个部门（填部门名称或代码）");
                }
            }
            CaseParty.Satisfaction rating = null;
            if (v.get("rating") != null) {
                rating = switch (v.get("rating")) {
                    case "满意", "SATISFIED" -> CaseParty.Satisfaction.SATISFIED;
                    case "基本满意", "BASICALLY_SATISFIED" -> CaseParty.Satisfaction.BASICALLY_SATISFIED;
                    case "不满意", "DISSATISFIED" -> CaseParty.Satisfaction.DISSATISFIED;
                    default -> {
                        error(number, "rating", "评价须为 满意、基本满意 或 不满意");
                        yield null;
                    }
                };
            }
            int rehandled = 0;
            if (v.get("rehandled") != null) {
                try {
                    rehandled = Integer.parseInt(v.get("rehandled"));
                } catch (NumberFormatException e) {
                    rehandled = -1;
                }
                if (rehandled < 0 || rehandled > 9) {
                    error(number, "rehandled", "重办次数须为 0 到 9 的整数");
                }
            }
            if (errors.size() > before) {
                return null;
            }
            Boolean acceptedOnTime = accepted == null ? null : !accepted.isAfter(calendars.current()
                    .due(type.policy().clock(), received, type.policy().acceptWithin()).due());
            String content = v.getOrDefault("content", title);
            String reply = v.getOrDefault("reply", "（原系统未载答复内容）");
            Case.History history = new Case.History(at(received), accepted, acceptedOnTime, department, due, at(replied),
                    reply, rating, rehandled);
            return new Row(type, new Case.Submission(type.code(), channel, category, title, content, null,
                    v.get("reference")), name, history);
        }

        private Instant at(LocalDate day) {
            return day.atTime(LocalTime.NOON).atZone(Clocks.CHINA).toInstant();
        }

        private String code(int number, String field, String value, Map<String, String> choices) {
            if (value == null) {
                if (choices.size() == 1) {
                    return choices.keySet().iterator().next();
                }
                error(number, field, "缺少" + column(field) + "（可填：" + String.join("、", choices.values()) + "）");
                return null;
            }
            for (Map.Entry<String, String> e : choices.entrySet()) {
                if (e.getKey().equalsIgnoreCase(value) || e.getValue().equals(value)) {
                    return e.getKey();
                }
            }
            error(number, field, "「" + value + "」不是可选的" + column(field) + "（可填：" + String.join("、", choices.values()) + "）");
            return null;
        }

        private LocalDate date(int number, String field, String value) {
            if (value == null) {
                if (REQUIRED.contains(field)) {
                    error(number, field, "缺少" + column(field));
                }
                return null;
            }
            LocalDate parsed = ImportReader.date(value);
            if (parsed == null) {
                error(number, field, column(field) + "应为 年-月-日，如 2025-03-18");
            }
            return parsed;
        }

        private void after(int number, String field, LocalDate value, LocalDate earliest, String message) {
            if (value != null && value.isBefore(earliest)) {
                error(number, field, message);
            }
        }

        private void error(int number, String field, String message) {
            errors.add(new RowError(number, column(field), message));
        }

        /** The column as the file names it (or as the template does, when the file lacks it). */
        private String column(String field) {
            return headerOf.getOrDefault(field, defaultHeader(field));
        }

        private void header(List<String> cells) {
            fields = new String[cells.size()];
            for (int c = 0; c < cells.size(); c++) {
                String name = cells.get(c) == null ? "" : cells.get(c).strip().replace("\uFEFF", "");
                fields[c] = HEADERS.get(name.toLowerCase(Locale.ROOT));
                if (fields[c] == null && !name.isEmpty()) {
                    errors.add(new RowError(1, name, "无法识别的列：" + name));
                } else if (fields[c] != null) {
                    headerOf.putIfAbsent(fields[c], name);
                }
            }
            for (String required : REQUIRED) {
                if (!headerOf.containsKey(required)) {
                    errors.add(new RowError(1, defaultHeader(required), "缺少必需的列：" + defaultHeader(required)));
                }
            }
            if (!headerOf.containsKey("type") && fallback == null) {
                errors.add(new RowError(1, defaultHeader("type"), "缺少必需的列：事项类型（或在导入时选定事项类型）"));
            }
        }

        void finish() {
            if (fields == null) {
                errors.add(new RowError(0, "文件", "文件中没有任何行"));
            } else if (rows == 0 && errors.isEmpty()) {
                errors.add(new RowError(0, "文件", "文件中只有标题行，没有数据"));
            }
        }
    }

    static String defaultHeader(String field) {
        for (String[] c : COLUMNS) {
            if (c[0].equals(field)) {
                return c[1];
            }
        }
        return field;
    }

    private static Map<String, String> headers() {
        Map<String, String> h = new LinkedHashMap<>();
        for (String[] c : COLUMNS) {
            for (String name : c) {
                h.put(name.toLowerCase(Locale.ROOT), c[0]);
            }
        }
        return Map.copyOf(h);
    }
}
