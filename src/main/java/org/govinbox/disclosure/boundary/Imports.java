package org.govinbox.disclosure.boundary;

import org.govinbox.platform.boundary.Background;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.govinbox.accounts.boundary.Caller;
import org.govinbox.platform.control.ImportReader;
import org.govinbox.platform.entity.ImportJob;
import org.govinbox.disclosure.entity.IndexNumber;
import org.govinbox.disclosure.entity.Metadata;
import org.govinbox.platform.boundary.FileTypes;
import org.govinbox.platform.boundary.Problem;
import org.govinbox.platform.boundary.ProblemException;

/**
 * Bulk import of existing items from CSV or XLSX, in the background with its progress on the job.
 * I1: a file is imported whole or not at all — every row is checked first, and if any is rejected nothing is
 * imported and the report lists each rejected row with its field and reason; otherwise the rows go in by batches,
 * hidden, and become public together in one last transaction (a failure on the way removes them again).
 * I2: imported items keep their index numbers (a number already used is rejected) or get the next ones; the
 * series then continue after the highest imported serial, so no number is ever given twice.
 * I3: a publisher outside the government office imports only their own department's items.
 */
@ApplicationScoped
public class Imports {

    private static final Logger LOG = Logger.getLogger(Imports.class.getName());
    static final String KIND = "DISCLOSURE";
    static final int BATCH = 500;
    static final int REPORT_MAX = 1000;

    /** Column headers understood, in Chinese or as the API's field names. */
    static final Map<String, String> HEADERS = headers();

    /** A refused row: its number, the field, the column as the file names it (or the template's name), why. */
    public record RowError(int row, String field, String column, String message) {

        /** A row error whose column is the template's name for the field. */
        static RowError of(int row, String field, String message) {
            return new RowError(row, field, "file".equals(field) ? "文件" : chineseHeader(field), message);
        }
    }

    /** The template's columns, in order: the header row of the file a publisher downloads and fills in. */
    public static final List<String> TEMPLATE = List.of("索引号", "标题", "文号", "发布机构", "成文日期", "发布日期", "领域",
            "主题分类", "体裁", "关键词", "摘要", "正文", "有效性", "公开属性", "规范性文件", "登记编号");

    public record JobView(long id, String filename, String state, String stateName, int totalRows, int processed,
                          int imported, int rejected, List<RowError> errors, Instant startedAt, Instant finishedAt) {
    }

    /** One checked row, ready to be stored. */
    record Row(int number, Metadata metadata, IndexNumber indexNumber, String registrationNumber, LocalDate publishedOn) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    ImportBatches batches;

    @Inject
    Disclosures disclosures;

    @Inject
    Catalogue catalogue;

    @Inject
    Caller caller;

    @Inject
    Search search;

    @Inject
    Background background;

    /** Starts an import of {@code content}; the job's progress and report are read with {@link #view}. */
    public JobView start(String encodedName, byte[] content) {
        String scope = disclosures.scope();
        if (content == null || content.length == 0) {
            throw ProblemException.invalid("file", "文件是空的");
        }
        boolean xlsx = FileTypes.detect(content).map(FileTypes.XLSX::equals).orElse(false);
        if (!xlsx && FileTypes.detect(content).isPresent()) {
            throw ProblemException.unsupportedType("只能导入 CSV 或 XLSX 文件（按文件内容判断）");
        }
        String filename = FileTypes.filename(encodedName, xlsx ? FileTypes.XLSX : "text/csv");
        String actor = caller.username();
        long job = batches.newJob(filename, actor);
        background.run("import " + job, () -> run(job, content, xlsx, actor, scope));
        return view(job);
    }

    /** In a transaction: a non-transactional persistence context here races the background import's. */
    @Transactional
    public JobView view(long id) {
        ImportJob job = em.find(ImportJob.class, id);
        if (job == null || !KIND.equals(job.kind()) || !job.startedBy().equals(caller.username()) && disclosures.scope() != null) {
            throw ProblemException.notFound("第 " + id + " 号导入不存在");
        }
        return view(job);
    }

    @Transactional
    public List<JobView> recent() {
        String scope = disclosures.scope();
        var query = em.createQuery("SELECT j FROM ImportJob j WHERE j.kind = :kind" + (scope == null ? "" : " AND j.startedBy = :me")
                + " ORDER BY j.startedAt DESC, j.id DESC", ImportJob.class).setParameter("kind", KIND);
        if (scope != null) {
            query.setParameter("me", caller.username());
        }
        return query.setMaxResults(20).getResultList().stream().map(j -> {
            JobView v = view(j);
            return new JobView(v.id(), v.filename(), v.state(), v.stateName(), v.totalRows(), v.processed(),
                    v.imported(), v.rejected(), List.of(), v.startedAt(), v.finishedAt());
        }).toList();
    }

    private static JobView view(ImportJob job) {
        List<RowError> errors = job.report() == null ? List.of()
                : List.of(PublicPortal.JSON.fromJson(job.report(), RowError[].class));
        return new JobView(job.id(), job.filename(), job.state().name(), job.state().label(), job.totalRows(),
                job.processed(), job.imported(), job.rejected(), errors, job.startedAt(), job.finishedAt());
    }

    private void run(long job, byte[] content, boolean xlsx, String actor, String scope) {
        try {
            List<RowError> errors = new ArrayList<>();
            int[] rows = {0};
            ImportBatches.Stored stored = batches.stored();
            Checker checker = new Checker(scope, errors, stored);
            try {
                ImportReader.read(content, xlsx, (number, cells) -> {
                    if (checker.check(number, cells) == null && rows[0] == 0 && checker.atHeader()) {
                        return;
                    }
                    rows[0]++;
                    if (rows[0] % BATCH == 0) {
                        batches.progress(job, ImportJob.State.CHECKING, 0, rows[0]);
                    }
                });
                checker.finish();
            } catch (ImportReader.Unreadable e) {
                errors.add(RowError.of(0, "file", e.getMessage()));
            }
            if (!errors.isEmpty()) {
                batches.finish(job, ImportJob.State.REJECTED, 0, rejectedRows(errors), report(errors), actor);
                return;
            }
            int total = rows[0];
            batches.progress(job, ImportJob.State.IMPORTING, total, 0);
            List<Row> batch = new ArrayList<>(BATCH);
            int[] done = {0};
            Checker second = new Checker(scope, new ArrayList<>(),
                    new ImportBatches.Stored(Set.of(), Set.of(), stored.departmentNames()));
            try {
                ImportReader.read(content, xlsx, (number, cells) -> {
                    Row row = second.check(number, cells);
                    if (row != null) {
                        batch.add(row);
                    }
                    if (batch.size() == BATCH) {
                        done[0] += batches.store(job, batch, actor);
                        batch.clear();
                        batches.progress(job, ImportJob.State.IMPORTING, total, done[0]);
                    }
                });
                if (!batch.isEmpty()) {
                    done[0] += batches.store(job, batch, actor);
                }
                batches.publish(job, done[0], actor);
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "import " + job + " failed; its rows are removed", e);
                batches.undo(job);
                batches.finish(job, ImportJob.State.FAILED, 0, 0, report(List.of(RowError.of(0, "file",
                        "导入过程中出错，已全部撤销：" + e.getClass().getSimpleName()))), actor);
                return;
            }
            search.changed(new ItemsChanged(List.of(), job));
            batches.finish(job, ImportJob.State.DONE, done[0], 0, null, actor);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "import " + job + " failed", e);
            batches.finish(job, ImportJob.State.FAILED, 0, 0, report(List.of(RowError.of(0, "file",
                    "导入失败：" + e.getClass().getSimpleName()))), actor);
        }
    }

    private static int rejectedRows(List<RowError> errors) {
        Set<Integer> rows = new HashSet<>();
        errors.forEach(e -> rows.add(e.row()));
        return rows.size();
    }

    private static String report(List<RowError> errors) {
        return PublicPortal.JSON.toJson(errors.size() <= REPORT_MAX ? errors : errors.subList(0, REPORT_MAX));
    }

    /** Checks rows one by one against the header, the catalogue and what is already stored. */
    private final class Checker {
        private final String scope;
        private final List<RowError> errors;
        private final Set<String> indexNumbers = new HashSet<>();
        private final Set<String> registrationNumbers = new HashSet<>();
        private final Set<String> storedIndexNumbers;
        private final Set<String> storedRegistrationNumbers;
        private boolean justReadHeader;
        private final Map<String, String> domainsByName = new HashMap<>();
        private final Map<String, String> departmentsByName = new HashMap<>();
        private final Map<String, String> departmentNames = new HashMap<>();
        private String[] fields;
        private String[] headerNames;

        Checker(String scope, List<RowError> errors, ImportBatches.Stored stored) {
            this.scope = scope;
            this.errors = errors;
            this.storedIndexNumbers = stored.indexNumbers();
            this.storedRegistrationNumbers = stored.registrationNumbers();
            catalogue.settings().domains().forEach((code, name) -> domainsByName.put(name, code));
            stored.departmentNames().forEach((code, name) -> {
                departmentsByName.put(name, code);
                departmentNames.put(code, name);
            });
        }

        /** Whether the row just checked was the header. */
        boolean atHeader() {
            return justReadHeader;
        }

        Row check(int number, List<String> cells) {
            justReadHeader = fields == null;
            if (fields == null) {
                header(cells);
                return null;
            }
            Map<String, String> values = new HashMap<>();
            for (int c = 0; c < cells.size() && c < fields.length; c++) {
                if (fields[c] != null) {
                    values.put(fields[c], cells.get(c));
                }
            }
            ItemInput input = new ItemInput();
            input.title = values.get("title");
            input.documentNumber = values.get("documentNumber");
            String publisher = ItemInput.trimmed(values.get("publisher"));
            input.publisher = publisher == null ? null : departmentsByName.getOrDefault(publisher, publisher);
            input.writtenOn = values.get("writtenOn");
            String domain = ItemInput.trimmed(values.get("domain"));
            input.domain = domain == null ? null : domainsByName.getOrDefault(domain, domain);
            input.subject = values.get("subject");
            input.genre = values.get("genre");
            input.keywords = values.get("keywords");
            input.summary = values.get("summary");
            input.body = values.get("body");
            input.validity = values.get("validity");
            input.disclosureAttribute = values.get("disclosureAttribute");
            String normative = ItemInput.trimmed(values.get("normative"));
            input.normative = normative != null && List.of("是", "true", "TRUE", "1", "Y", "y").contains(normative);
            List<Problem.FieldError> problems = new ArrayList<>();
            Metadata metadata = input.check(catalogue.settings(), departmentNames::get, problems);
            if (metadata != null && metadata.attribute() == org.govinbox.disclosure.entity.DisclosureAttribute.NOT_DISCLOSED) {
                problems.add(new Problem.FieldError("disclosureAttribute", "published", "不予公开的信息不能导入为已发布信息"));
            }
            if (metadata != null && scope != null && !scope.equals(metadata.publisher())) {
                problems.add(new Problem.FieldError("publisher", "scope", "只能导入本部门发布的信息"));
            }
            LocalDate publishedOn = ItemInput.date(values.get("publishedOn"));
            if (publishedOn == null) {
                problems.add(new Problem.FieldError("publishedOn", "date", "发布日期应为 年-月-日，如 2021-12-15"));
            } else if (metadata != null && metadata.writtenOn().isAfter(publishedOn)) {
                problems.add(new Problem.FieldError("publishedOn", "order", "发布日期早于成文日期"));
            }
            IndexNumber indexNumber = null;
            String given = ItemInput.trimmed(values.get("indexNumber"));
            if (given != null) {
                indexNumber = IndexNumber.parse(given).orElse(null);
                if (indexNumber == null) {
                    problems.add(new Problem.FieldError("indexNumber", "format",
                            "索引号格式应为 机构代码/年份-五位序号，如 1600521X6/2021-06943"));
                } else if (!indexNumbers.add(indexNumber.toString()) || storedIndexNumbers.contains(indexNumber.toString())) {
                    problems.add(new Problem.FieldError("indexNumber", "duplicate", "索引号 " + indexNumber + " 已被使用"));
                }
            }
            String registration = ItemInput.trimmed(values.get("registrationNumber"));
            if (registration != null && (!registrationNumbers.add(registration)
                    || storedRegistrationNumbers.contains(registration))) {
                problems.add(new Problem.FieldError("registrationNumber", "duplicate", "登记编号 " + registration + " 已被使用"));
            }
            if (!problems.isEmpty()) {
                problems.forEach(p -> errors.add(new RowError(number, p.field(), columnOf(p.field()), p.message())));
                return null;
            }
            return new Row(number, metadata, indexNumber, registration, publishedOn);
        }

        /** The file's own header for a field (what the publisher reads in their spreadsheet). */
        private String columnOf(String field) {
            for (int c = 0; field != null && fields != null && c < fields.length; c++) {
                if (field.equals(fields[c]) && headerNames[c] != null && !headerNames[c].isEmpty()) {
                    return headerNames[c];
                }
            }
            return chineseHeader(field);
        }

        private void header(List<String> cells) {
            fields = new String[cells.size()];
            headerNames = new String[cells.size()];
            Set<String> seen = new HashSet<>();
            for (int c = 0; c < cells.size(); c++) {
                String name = cells.get(c) == null ? "" : cells.get(c).strip().replace("\uFEFF", "");
                headerNames[c] = name;
                fields[c] = HEADERS.get(name.toLowerCase(Locale.ROOT));
                if (fields[c] == null && !name.isEmpty()) {
                    errors.add(new RowError(1, name, name, "无法识别的列：" + name + "（可用的列见导入模板）"));
                } else if (fields[c] != null) {
                    seen.add(fields[c]);
                }
            }
            for (String required : List.of("title", "publisher", "writtenOn", "publishedOn", "domain")) {
                if (!seen.contains(required)) {
                    errors.add(RowError.of(1, required, "缺少必需的列：" + chineseHeader(required)));
                }
            }
        }

        void finish() {
            if (fields == null) {
                errors.add(RowError.of(0, "file", "文件中没有任何行"));
            }
        }
    }

    /** The template's name of a field's column (the first of its Chinese names), or the field itself. */
    private static String chineseHeader(String field) {
        return TEMPLATE.stream().filter(name -> name.equals(field) || java.util.Objects.equals(field, HEADERS.get(name)))
                .findFirst().orElse(field);
    }

    private static Map<String, String> headers() {
        Map<String, String> h = new HashMap<>();
        String[][] names = {
                {"indexNumber", "索引号"}, {"title", "标题", "名称"}, {"documentNumber", "文号"},
                {"publisher", "发布机构"}, {"writtenOn", "成文日期", "生成日期"}, {"publishedOn", "发布日期"},
                {"domain", "领域", "公开领域", "重点领域"}, {"subject", "主题分类"}, {"genre", "体裁"},
                {"keywords", "关键词"}, {"summary", "摘要", "内容概述"}, {"body", "正文"}, {"validity", "有效性"},
                {"disclosureAttribute", "公开属性", "公开方式"}, {"normative", "规范性文件"},
                {"registrationNumber", "登记编号", "统一编号"}};
        for (String[] n : names) {
            for (String name : n) {
                h.put(name.toLowerCase(Locale.ROOT), n[0]);
            }
        }
        return Map.copyOf(h);
    }
}
