package org.govinbox.casework.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.govinbox.accounts.boundary.Departments;
import org.govinbox.calendar.boundary.Calendars;
import org.govinbox.casework.entity.Case;
import org.govinbox.casework.entity.CaseParty;
import org.govinbox.platform.boundary.Clocks;
import org.govinbox.platform.control.ImportReader;

/**
 * C9: the rows of a history file, checked one by one against its header, the types' policies, the departments and
 * the dates' order; each wrong cell is reported with its row and its column as the file names it.
 */
final class HistoryRows {

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

    private final List<CaseImports.RowError> errors;
    private final List<CaseType> types;
    private final Calendars calendars;
    private final LocalDate today;
    private final CaseType fallback;
    private final Map<String, String> departmentCodes = new HashMap<>();
    private String[] fields;
    private final Map<String, String> headerOf = new HashMap<>();
    int rows;

    HistoryRows(List<CaseImports.RowError> errors, CaseType fallback, List<CaseType> types,
                List<Departments.DepartmentView> departments, Calendars calendars, LocalDate today) {
        this.errors = errors;
        this.fallback = fallback;
        this.types = types;
        this.calendars = calendars;
        this.today = today;
        departments.forEach(d -> {
            departmentCodes.put(d.code(), d.code());
            departmentCodes.put(d.name(), d.code());
        });
    }

    CaseImports.Row check(int number, List<String> cells) {
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
        CaseType type = v.containsKey("type") ? type(types, v.get("type")).orElse(null) : fallback;
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
        return new CaseImports.Row(type, new Case.Submission(type.code(), channel, category, title, content, null,
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
        errors.add(new CaseImports.RowError(number, column(field), message));
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
                errors.add(new CaseImports.RowError(1, name, "无法识别的列：" + name));
            } else if (fields[c] != null) {
                headerOf.putIfAbsent(fields[c], name);
            }
        }
        for (String required : REQUIRED) {
            if (!headerOf.containsKey(required)) {
                errors.add(new CaseImports.RowError(1, defaultHeader(required), "缺少必需的列：" + defaultHeader(required)));
            }
        }
        if (!headerOf.containsKey("type") && fallback == null) {
            errors.add(new CaseImports.RowError(1, defaultHeader("type"), "缺少必需的列：事项类型（或在导入时选定事项类型）"));
        }
    }

    void finish() {
        if (fields == null) {
            errors.add(new CaseImports.RowError(0, "文件", "文件中没有任何行"));
        } else if (rows == 0 && errors.isEmpty()) {
            errors.add(new CaseImports.RowError(0, "文件", "文件中只有标题行，没有数据"));
        }
    }

    static Optional<CaseType> type(List<CaseType> types, String value) {
        return types.stream().filter(t -> t.code().equalsIgnoreCase(value) || t.name().equals(value)).findFirst();
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
