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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
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
            c.protect(Cases.NO_SECRET, null); // a finished case from an earlier system: nobody follows it with a secret
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
            HistoryRows checker = new HistoryRows(errors, fallback, types.all(), departments.all(), calendars,
                    LocalDate.now(clock));
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
        return HistoryRows.type(types.all(), value);
    }
}
