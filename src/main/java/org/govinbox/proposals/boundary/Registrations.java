package org.govinbox.proposals.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.govinbox.accounts.boundary.Departments;
import org.govinbox.platform.boundary.FileTypes;
import org.govinbox.platform.boundary.Problem;
import org.govinbox.platform.boundary.ProblemException;
import org.govinbox.platform.boundary.RequestBodies;
import org.govinbox.platform.boundary.Retry;
import org.govinbox.platform.control.ImportReader;

/**
 * What the two registration resources share: reading a registration, and reading an assignment meeting's list
 * (CSV or XLSX) into registrations and assignments, all or nothing.
 */
@ApplicationScoped
public class Registrations {

    /** The list's columns: Chinese headers, or the API's field names. */
    static final Map<String, String> COLUMNS = new HashMap<>();

    static {
        String[][] names = {
                {"编号", "number"}, {"标题", "title"}, {"内容", "content"}, {"类别", "subject"}, {"重点", "key"},
                {"督办领导", "supervisor"}, {"收到日期", "receivedOn"}, {"提出时间", "channel"},
                {"领衔人", "leadName"}, {"领衔人单位", "leadUnit"}, {"领衔人电话", "leadPhone"}, {"领衔人邮箱", "leadEmail"},
                {"附议人", "coSigners"}, {"主办单位", "lead"}, {"协办单位", "coHandlers"}, {"办理方式", "mode"}};
        for (String[] n : names) {
            COLUMNS.put(n[0], n[1]);
            COLUMNS.put(n[1].toLowerCase(Locale.ROOT), n[1]);
        }
    }

    @Inject
    RequestBodies bodies;

    @Inject
    Motions motions;

    @Inject
    Departments departments;

    Response one(MotionType type, String body) {
        Motions.Registration r = bodies.read(body, Motions.Registration.class);
        Motions.Registered registered = Retry.onTransientFailure(() -> motions.register(type, r));
        return Response.status(Response.Status.CREATED).entity(Map.of("id", registered.id(), "number", registered.number())).build();
    }

    Response file(MotionType type, String sitting, byte[] content) {
        long sittingId;
        try {
            sittingId = Long.parseLong(sitting == null ? "" : sitting.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("sitting", "请选择届次会议（sitting）");
        }
        if (content == null || content.length == 0) {
            throw ProblemException.invalid("file", "请选择要导入的 CSV 或 XLSX 文件");
        }
        boolean xlsx = FileTypes.detect(content).map(FileTypes.XLSX::equals).orElse(false);
        if (!xlsx && FileTypes.detect(content).isPresent()) {
            throw ProblemException.unsupportedType("只能导入 CSV 或 XLSX 文件（按文件内容判断）");
        }
        List<Motions.Registration> rows = new ArrayList<>();
        List<Motions.Assignment> assignments = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        List<Problem.FieldError> errors = new ArrayList<>();
        Map<Integer, String> header = new HashMap<>();
        try {
            ImportReader.read(content, xlsx, (number, cells) -> {
                if (number == 1) {
                    for (int i = 0; i < cells.size(); i++) {
                        String name = cells.get(i) == null ? "" : cells.get(i).trim();
                        String field = COLUMNS.get(name.toLowerCase(Locale.ROOT));
                        if (field == null && !name.isEmpty()) {
                            field = COLUMNS.get(name);
                        }
                        if (field != null) {
                            header.put(i, field);
                        } else if (!name.isEmpty()) {
                            errors.add(new Problem.FieldError("第1行 " + name, "unknown", "第1行 未知的列：" + name));
                        }
                    }
                    return;
                }
                if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                    return;
                }
                Map<String, String> row = new HashMap<>();
                header.forEach((i, field) -> row.put(field, i < cells.size() && cells.get(i) != null ? cells.get(i).trim() : ""));
                rows.add(registration(sittingId, row));
                numbers.add(number);
                assignments.add(assignment(row, "第" + number + "行 ", errors));
            });
        } catch (ImportReader.Unreadable e) {
            throw ProblemException.invalid("file", e.getMessage());
        }
        List<Motions.Registered> registered = Retry.onTransientFailure(() -> motions.registerAll(type, rows, assignments,
                numbers, errors));
        return Response.status(Response.Status.CREATED).entity(Map.of("registered", registered.size(),
                "ids", registered.stream().map(Motions.Registered::id).toList())).build();
    }

    private static Motions.Registration registration(long sitting, Map<String, String> row) {
        Motions.Registration r = new Motions.Registration();
        r.sitting = sitting;
        r.number = row.get("number");
        r.title = row.get("title");
        r.content = row.get("content");
        r.subject = row.get("subject");
        String key = row.getOrDefault("key", "").trim();
        r.key = key.equals("是") || key.equalsIgnoreCase("true") || key.equals("重点") || key.equals("1");
        r.supervisor = row.get("supervisor");
        r.receivedOn = row.get("receivedOn");
        r.channel = row.get("channel");
        r.proposers = new ArrayList<>();
        Motions.Proposer lead = new Motions.Proposer();
        lead.role = "LEAD";
        lead.name = row.get("leadName");
        lead.unit = row.get("leadUnit");
        lead.phone = row.get("leadPhone");
        lead.email = row.get("leadEmail");
        if (lead.name != null && !lead.name.isBlank()) {
            r.proposers.add(lead);
        }
        for (String name : split(row.get("coSigners"))) {
            Motions.Proposer co = new Motions.Proposer();
            co.role = "CO_SIGNER";
            co.name = name;
            r.proposers.add(co);
        }
        return r;
    }

    /** The units named in the row, by code or name; null when the row assigns nothing. */
    private Motions.Assignment assignment(Map<String, String> row, String at, List<Problem.FieldError> errors) {
        String lead = row.getOrDefault("lead", "");
        if (lead.isBlank()) {
            return null;
        }
        Motions.Assignment a = new Motions.Assignment();
        a.lead = unit(lead, at + "主办单位", errors);
        a.coHandlers = split(row.get("coHandlers")).stream().map(u -> unit(u, at + "协办单位", errors)).toList();
        String mode = row.getOrDefault("mode", "").trim();
        a.mode = mode.isEmpty() || mode.equals("主办协办") || mode.equalsIgnoreCase("JOINT") ? "JOINT"
                : mode.equals("分办") || mode.equalsIgnoreCase("SEPARATE") ? "SEPARATE" : null;
        if (a.mode == null) {
            errors.add(new Problem.FieldError(at + "办理方式", "invalid", at + "办理方式须为 主办协办 或 分办"));
        }
        return a;
    }

    private String unit(String given, String at, List<Problem.FieldError> errors) {
        String g = given.trim();
        return departments.all().stream().filter(d -> d.code().equals(g) || d.name().equals(g)).findFirst()
                .map(Departments.DepartmentView::code).orElseGet(() -> {
                    errors.add(new Problem.FieldError(at, "unknown", at + " 没有名为「" + g + "」的单位"));
                    return g;
                });
    }

    private static List<String> split(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(value.split("[、,，;；\\s]+")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    static String json(Object o) {
        try (Jsonb jsonb = JsonbBuilder.create()) {
            return jsonb.toJson(o);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
