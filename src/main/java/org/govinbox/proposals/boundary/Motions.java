package org.govinbox.proposals.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.govinbox.accounts.boundary.AuditTrail;
import org.govinbox.casework.boundary.Cases;
import org.govinbox.casework.entity.Case;
import org.govinbox.casework.entity.CaseParty;
import org.govinbox.platform.boundary.Problem;
import org.govinbox.platform.boundary.ProblemException;
import org.govinbox.proposals.entity.Assembly;
import org.govinbox.proposals.entity.Motion;
import org.govinbox.proposals.entity.Sitting;

/**
 * Registration of suggestions and proposals by the government office: one at a time, or a whole assignment
 * meeting's list at once (all or nothing). R1: the number is unique in its sitting (409). R2: exactly one lead
 * proposer (400). R3: the sitting is of the type's assembly.
 */
@ApplicationScoped
public class Motions {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("[0-9+\\-() ]{5,20}");

    /** A registration, as the API and the bulk file give it (public fields: see CaseRequests). */
    public static class Registration {
        public Long sitting;
        /** 12, "12" or "第12号" */
        public Object number;
        public String title;
        public String content;
        public String subject;
        public Boolean key;
        /** The leader supervising a key item. */
        public String supervisor;
        public String receivedOn;
        /** SESSION (大会期间) or INTERIM (闭会期间) */
        public String channel;
        public List<Proposer> proposers;
    }

    public static class Proposer {
        public String name;
        /** LEAD (领衔) or CO_SIGNER (附议 / 联名) */
        public String role;
        /** 代表团 / 界别 */
        public String unit;
        public String phone;
        public String email;
    }

    public record Registered(long id, String number) {
    }

    /** An assignment made with the registration (the assignment meeting's list names the units). */
    public static class Assignment {
        public String lead;
        public List<String> coHandlers;
        public String mode;
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Cases cases;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Transactional
    public Registered register(MotionType type, Registration r) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Checked checked = check(type, r, "", errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("登记内容有误，请修改标出的项目", errors);
        }
        return store(type, checked);
    }

    /**
     * All or nothing: every row is checked first; the errors name the row as the spreadsheet numbers it
     * ({@code rowNumbers}) and come after those the file's reader found ({@code earlier}).
     */
    @Transactional
    public List<Registered> registerAll(MotionType type, List<Registration> rows, List<Assignment> assignments,
                                        List<Integer> rowNumbers, List<Problem.FieldError> earlier) {
        List<Problem.FieldError> errors = new ArrayList<>(earlier);
        List<Checked> checked = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            String prefix = "第" + rowNumbers.get(i) + "行 ";
            Checked c = check(type, rows.get(i), prefix, errors);
            if (c != null && !seen.add(c.sitting.id() + "#" + c.number)) {
                errors.add(new Problem.FieldError(prefix + "number", "duplicate", prefix + "编号 " + c.number + " 在文件中重复"));
            }
            checked.add(c);
        }
        if (rows.isEmpty()) {
            errors.add(new Problem.FieldError("file", "empty", "文件中没有要登记的" + type.assembly().item()));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("文件中有 " + errors.size() + " 处错误，未登记任何一件，请修改后重新导入", errors);
        }
        List<Registered> registered = new ArrayList<>();
        for (int i = 0; i < checked.size(); i++) {
            Registered r = store(type, checked.get(i));
            Assignment a = assignments.get(i);
            if (a != null) {
                cases.act(r.id(), "assign", Registrations.json(a), null);
            }
            registered.add(r);
        }
        return registered;
    }

    private record Checked(Sitting sitting, String number, Registration r, LocalDate receivedOn, String channel,
                           List<CaseParty.Details> parties) {
    }

    private Checked check(MotionType type, Registration r, String row, List<Problem.FieldError> errors) {
        int before = errors.size();
        Sitting sitting = r.sitting == null ? null : em.find(Sitting.class, r.sitting);
        if (sitting == null) {
            errors.add(error(row, "sitting", r.sitting == null ? "请选择届次会议" : "届次会议不存在"));
        } else if (sitting.assembly() != type.assembly()) {
            errors.add(error(row, "sitting", "「" + sitting.name() + "」不是" + type.assembly().label() + "的会议"));
            sitting = null;
        }
        String number = number(r.number);
        if (number == null) {
            errors.add(error(row, "number", "请填写编号，如 12 或 第12号"));
        } else if (number.length() > 32) {
            errors.add(error(row, "number", "编号不能超过 32 个字符"));
        } else if (sitting != null && em.createNamedQuery(Motion.NUMBER_TAKEN, Long.class)
                .setParameter("sitting", sitting.id()).setParameter("number", number).getSingleResult() > 0) {
            if (row.isEmpty()) {
                throw ProblemException.conflict("number", sitting.name() + "已有第" + number + "号" + type.assembly().item());
            }
            errors.add(error(row, "number", sitting.name() + "已有第" + number + "号" + type.assembly().item()));
        }
        required(row, "title", r.title, 200, "标题", errors);
        required(row, "content", r.content, 20000, "内容", errors);
        if (r.subject != null && r.subject.trim().length() > 100) {
            errors.add(error(row, "subject", "类别（主题）不能超过 100 个字"));
        }
        if (r.supervisor != null && r.supervisor.trim().length() > 100) {
            errors.add(error(row, "supervisor", "督办领导不能超过 100 个字"));
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate receivedOn = today;
        if (r.receivedOn != null && !r.receivedOn.isBlank()) {
            try {
                receivedOn = LocalDate.parse(r.receivedOn.trim());
                if (receivedOn.isAfter(today)) {
                    errors.add(error(row, "receivedOn", "收到日期不能晚于今天"));
                }
            } catch (DateTimeParseException e) {
                errors.add(error(row, "receivedOn", "收到日期应为 年-月-日，如 2026-03-12"));
            }
        }
        String channel = r.channel == null || r.channel.isBlank() ? "SESSION" : r.channel.trim().toUpperCase(Locale.ROOT);
        if (!type.policy().channels().containsKey(channel)) {
            errors.add(error(row, "channel", "提出时间须为 " + String.join("、", type.policy().channels().keySet()) + " 之一"));
        }
        List<CaseParty.Details> parties = proposers(type, r.proposers, row, errors);
        if (errors.size() > before) {
            return null;
        }
        return new Checked(sitting, number, r, receivedOn, channel, parties);
    }

    /** R2: the lead first, then the co-signers in the order given. */
    private static List<CaseParty.Details> proposers(MotionType type, List<Proposer> given, String row,
                                                     List<Problem.FieldError> errors) {
        String who = type.assembly().proposer();
        if (given == null || given.isEmpty()) {
            errors.add(error(row, "proposers", "请填写提出" + type.assembly().item() + "的" + who + "（领衔" + who + "必填）"));
            return List.of();
        }
        List<CaseParty.Details> lead = new ArrayList<>();
        List<CaseParty.Details> co = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            Proposer p = given.get(i);
            String at = "proposers[" + i + "].";
            if (p == null) {
                errors.add(error(row, at + "name", "请填写姓名"));
                continue;
            }
            String role = p.role == null || p.role.isBlank() ? "CO_SIGNER" : p.role.trim().toUpperCase(Locale.ROOT);
            if (!role.equals("LEAD") && !role.equals("CO_SIGNER")) {
                errors.add(error(row, at + "role", "身份须为 LEAD（领衔）或 CO_SIGNER（附议、联名）"));
            }
            String name = p.name == null ? "" : p.name.trim();
            if (name.isEmpty() || name.length() > 50) {
                errors.add(error(row, at + "name", name.isEmpty() ? "请填写" + who + "姓名" : "姓名不能超过 50 个字"));
            }
            String phone = p.phone == null || p.phone.isBlank() ? null : p.phone.trim();
            if (phone != null && !PHONE.matcher(phone).matches()) {
                errors.add(error(row, at + "phone", "电话号码格式不正确"));
            }
            String email = p.email == null || p.email.isBlank() ? null : p.email.trim();
            if (email != null && (email.length() > 200 || !EMAIL.matcher(email).matches())) {
                errors.add(error(row, at + "email", "邮箱格式不正确"));
            }
            String unit = p.unit == null || p.unit.isBlank() ? null : p.unit.trim();
            if (unit != null && unit.length() > 100) {
                errors.add(error(row, at + "unit", "代表团或界别不能超过 100 个字"));
            }
            CaseParty.Details d = new CaseParty.Details(role, name, phone, email, unit, true);
            (role.equals("LEAD") ? lead : co).add(d);
        }
        if (lead.isEmpty()) {
            errors.add(error(row, "proposers", "须有一位领衔" + who + "（role 为 LEAD）"));
        } else if (lead.size() > 1) {
            errors.add(error(row, "proposers", "只能有一位领衔" + who + "，其余为附议（CO_SIGNER）"));
        }
        List<CaseParty.Details> all = new ArrayList<>(lead);
        all.addAll(co);
        return all;
    }

    private Registered store(MotionType type, Checked c) {
        Registration r = c.r;
        boolean key = Boolean.TRUE.equals(r.key);
        String title = r.title.trim();
        Cases.Receipt receipt = cases.receive(new Case.Submission(type.code(), c.channel, key ? "KEY" : "NORMAL", title,
                        r.content.trim(), c.sitting.id(), c.number), c.parties, null, List.of(), "REGISTERED",
                c.parties.get(0).name(), type.assembly().item(), c.number, title);
        Case registered = em.createNamedQuery(Case.BY_QUERY_CODE, Case.class).setParameter("code", receipt.queryCode())
                .getSingleResult();
        em.persist(new Motion(registered.id(), c.sitting.id(), c.number, blank(r.subject), c.receivedOn, key,
                blank(r.supervisor)));
        em.flush();
        audit.record(type.code() + "_REGISTER", "case", String.valueOf(registered.id()), c.sitting.name() + " 第" + c.number + "号");
        return new Registered(registered.id(), c.number);
    }

    static String number(Object given) {
        if (given == null) {
            return null;
        }
        String s = given instanceof java.math.BigDecimal d ? d.stripTrailingZeros().toPlainString() : given.toString();
        s = s.trim();
        if (s.startsWith("第")) {
            s = s.substring(1);
        }
        if (s.endsWith("号")) {
            s = s.substring(0, s.length() - 1);
        }
        s = s.trim();
        return s.isEmpty() ? null : s;
    }

    private static void required(String row, String field, String value, int max, String label, List<Problem.FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(error(row, field, "请填写" + label));
        } else if (value.trim().length() > max) {
            errors.add(error(row, field, label + "不能超过 " + max + " 个字"));
        }
    }

    private static Problem.FieldError error(String row, String field, String message) {
        return new Problem.FieldError(row + field, "invalid", row + message);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
