package org.govinbox.disclosure.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govinbox.accounts.boundary.AuditTrail;
import org.govinbox.accounts.boundary.Caller;
import org.govinbox.accounts.boundary.Departments;
import org.govinbox.accounts.entity.DepartmentKind;
import org.govinbox.accounts.entity.Role;
import org.govinbox.calendar.boundary.Calendars;
import org.govinbox.disclosure.control.DisclosureSettings;
import org.govinbox.disclosure.entity.DisclosureAttachment;
import org.govinbox.disclosure.entity.DisclosureEvent;
import org.govinbox.disclosure.entity.DisclosureItem;
import org.govinbox.disclosure.entity.IndexNumber;
import org.govinbox.disclosure.entity.ItemAction;
import org.govinbox.disclosure.entity.ItemState;
import org.govinbox.disclosure.entity.Metadata;
import org.govinbox.disclosure.entity.Validity;
import org.govinbox.platform.boundary.FileTypes;
import org.govinbox.platform.boundary.Page;
import org.govinbox.platform.boundary.PageRequest;
import org.govinbox.platform.boundary.Problem;
import org.govinbox.platform.boundary.ProblemException;
import org.govinbox.platform.boundary.RequestBodies;
import org.govinbox.platform.entity.Refused;

/**
 * The publishers' use cases: drafting, editing, attaching, the publishing workflow and the changes of validity,
 * each in one transaction with its history event and its audit event.
 * <p>
 * P1: a publisher sees and changes only their own department's items, unless their department is the government
 * office (it sees all); any other item is "not found". P2: with review on, a draft is submitted and a
 * government-office publisher publishes it or sends it back. P3: only published items are public.
 */
@ApplicationScoped
public class Disclosures {

    public static final String NORMATIVE_SERIES = "NORMATIVE";
    public static final List<String> ATTACHMENT_TYPES = List.of("application/pdf", FileTypes.DOCX, FileTypes.XLSX,
            "image/png", "image/jpeg", "image/gif", "image/webp");

    /** The body of each action, one class each, checked by Bean Validation (400 naming the field). */
    public static final class Bodies {

        private Bodies() {
        }

        public static class None {
        }

        public static class Reason {
            @NotBlank(message = "请填写原因或说明")
            @Size(max = 500, message = "不能超过 500 个字")
            public String reason;
        }

        /** Expiry: from when (default today) and why. */
        public static class Expiry {
            @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "日期应为 年-月-日，如 2026-11-28")
            public String on;
            @Size(max = 500, message = "不能超过 500 个字")
            public String reason;
        }

        public static class Repeal extends Expiry {
            @NotBlank(message = "请填写废止依据（废止该文件的文件名称或文号）")
            @Size(max = 500, message = "不能超过 500 个字")
            public String repealedBy;
        }

        static final Map<ItemAction, Class<?>> OF = Map.of(ItemAction.REGISTER, None.class, ItemAction.SUBMIT, None.class,
                ItemAction.SEND_BACK, Reason.class, ItemAction.PUBLISH, None.class, ItemAction.WITHDRAW, Reason.class,
                ItemAction.EXPIRE, Expiry.class, ItemAction.REPEAL, Repeal.class, ItemAction.AMEND, Reason.class);
    }

    public record Event(int seq, Instant occurredAt, String actor, String action, String actionName, String fromState,
                        String toState, String note) {
    }

    public record StaffDetail(ItemViews.PublicDetail item, String state, String stateName, Integer publishWorkingDays,
                              Boolean publishedInTime, String withdrawReason, long version, List<String> actions,
                              List<Event> history) {
    }

    public record StaffListItem(long id, String state, String stateName, String indexNumber, String title,
                                String documentNumber, String publisher, String publisherName, LocalDate writtenOn,
                                LocalDate publishedOn, String validity, String domain, String domainName,
                                boolean normative, String registrationNumber, Integer publishWorkingDays,
                                Boolean publishedInTime, Instant updatedAt) {
    }

    public record Timeliness(String publisher, String publisherName, long published, long inTime, long late,
                             double averageWorkingDays) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalFigures figures;

    @Inject
    RequestBodies bodies;

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    @Inject
    Departments departments;

    @Inject
    Calendars calendars;

    @Inject
    NumberSeries numbers;

    @Inject
    Catalogue catalogue;

    @Inject
    ItemViews views;

    @Inject
    Clock clock;

    @Inject
    jakarta.enterprise.event.Event<ItemsChanged> itemsChanged;

    @Transactional
    public StaffDetail create(ItemInput input) {
        Metadata metadata = checked(input);
        inScope(metadata.publisher());
        DisclosureItem item = new DisclosureItem(metadata, caller.username(), clock.instant());
        em.persist(item);
        em.flush();
        audit.record("DISCLOSURE_CREATE", "disclosure", String.valueOf(item.id()), item.title());
        return staffDetail(item);
    }

    /**
     * Publishes an item another component's decision made public (the result of a suggestion or proposal, decided by
     * the government office), inside the caller's transaction: created and published at once, review not needed.
     * The search index follows when the transaction commits ({@link ItemsChanged} observed after success).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long publishDecided(ItemInput input, String actor) {
        Metadata metadata = checked(input);
        Instant now = clock.instant();
        DisclosureItem item = new DisclosureItem(metadata, actor, now);
        em.persist(item);
        em.flush();
        DisclosureSettings settings = catalogue.settings();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        String agency = settings.agencyCodeOf(item.publisher());
        int serial = numbers.next(IndexNumber.series(agency), today.getYear());
        if (serial > IndexNumber.MAX_SERIAL) {
            throw new Refused("机构 " + agency + " 本年度索引号已用尽");
        }
        item.publish(new IndexNumber(agency, today.getYear(), serial), today,
                calendars.workingDaysAfter(item.writtenOn(), today), settings.publishWithin(), actor, now);
        audit.record("DISCLOSURE_PUBLISH", "disclosure", String.valueOf(item.id()), item.indexNumber().orElse(item.title()));
        itemsChanged.fire(ItemsChanged.of(item.id()));
        return item.id();
    }

    @Transactional
    public StaffDetail update(long id, ItemInput input, Long expectedVersion) {
        DisclosureItem item = visible(id);
        expect(item, expectedVersion);
        Metadata metadata = checked(input);
        inScope(metadata.publisher());
        item.edit(metadata, caller.username(), clock.instant());
        audit.record("DISCLOSURE_EDIT", "disclosure", String.valueOf(id), item.title());
        em.flush();
        return staffDetail(item);
    }

    @Transactional
    public StaffDetail act(long id, ItemAction action, String body, Long expectedVersion) {
        DisclosureItem item = visible(id);
        expect(item, expectedVersion);
        DisclosureSettings settings = catalogue.settings();
        String actor = caller.username();
        Instant now = clock.instant();
        Object input = bodies.read(body, Bodies.OF.getOrDefault(action, Bodies.None.class));
        switch (action) {
            case REGISTER -> register(item, now);
            case SUBMIT -> {
                if (!settings.review()) {
                    throw new Refused("未开启发布审核，草稿可直接发布");
                }
                item.submit(actor, now);
            }
            case SEND_BACK -> {
                mustReview();
                item.sendBack(((Bodies.Reason) input).reason.trim(), actor, now);
            }
            case PUBLISH -> publish(item, settings, now);
            case WITHDRAW -> item.withdraw(((Bodies.Reason) input).reason.trim(), actor, now);
            case EXPIRE -> item.expire(date(((Bodies.Expiry) input).on), ItemInput.trimmed(((Bodies.Expiry) input).reason), actor, now);
            case REPEAL -> item.repeal(date(((Bodies.Repeal) input).on), ((Bodies.Repeal) input).repealedBy.trim(),
                    ItemInput.trimmed(((Bodies.Repeal) input).reason), actor, now);
            case AMEND -> item.amend(((Bodies.Reason) input).reason.trim(), actor, now);
            default -> throw ProblemException.notFound("没有「" + action.path() + "」这项操作");
        }
        em.flush();
        audit.record("DISCLOSURE_" + action.name(), "disclosure", String.valueOf(id),
                item.indexNumber().orElse(item.title()));
        return staffDetail(item);
    }

    private void publish(DisclosureItem item, DisclosureSettings settings, Instant now) {
        if (settings.review()) {
            if (item.state() == ItemState.DRAFT) {
                throw new Refused("已开启发布审核：请先送审，由政府办公开工作人员发布");
            }
            mustReview();
        }
        if (item.normative() && item.registrationNumber() == null) {
            register(item, now);
        }
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        if (item.writtenOn().isAfter(today)) {
            throw new Refused("成文日期 " + item.writtenOn() + " 晚于今天，不能发布");
        }
        String agency = settings.agencyCodeOf(item.publisher());
        int serial = numbers.next(IndexNumber.series(agency), today.getYear());
        if (serial > IndexNumber.MAX_SERIAL) {
            throw new Refused("机构 " + agency + " 本年度索引号已用尽");
        }
        item.publish(new IndexNumber(agency, today.getYear(), serial), today,
                calendars.workingDaysAfter(item.writtenOn(), today), settings.publishWithin(), caller.username(), now);
    }

    private void register(DisclosureItem item, Instant now) {
        if (!item.normative()) {
            throw new Refused("只有规范性文件需要统一登记");
        }
        int year = LocalDate.ofInstant(now, clock.getZone()).getYear();
        String number = catalogue.settings().registrationNumber(year, numbers.next(NORMATIVE_SERIES, year));
        item.register(number, caller.username(), now);
    }

    /** P2: review decisions are the government office's. */
    private void mustReview() {
        if (!inOffice()) {
            throw ProblemException.forbidden("只有政府办公开工作人员可以审核发布");
        }
    }

    @Transactional
    public DisclosureAttachment.Listed attach(long id, String filename, String claimedType, byte[] content) {
        DisclosureItem item = visible(id);
        if (content == null || content.length == 0) {
            throw ProblemException.invalid("file", "文件是空的");
        }
        String detected = FileTypes.detect(content).filter(ATTACHMENT_TYPES::contains).orElse(null);
        String claimed = claimedType == null ? "" : claimedType.split(";")[0].trim().toLowerCase(java.util.Locale.ROOT);
        boolean claimsSomething = !claimed.isEmpty() && !claimed.equals("application/octet-stream");
        if (detected == null || claimsSomething && !claimed.equals(detected)) {
            throw ProblemException.unsupportedType("附件只能是 PDF、Word（DOCX）、Excel（XLSX）或图片，且内容须与所声明的类型一致（按文件内容判断）");
        }
        long count = em.createQuery("SELECT COUNT(a) FROM DisclosureAttachment a WHERE a.itemId = :item", Long.class)
                .setParameter("item", id).getSingleResult();
        if (count >= catalogue.settings().maxAttachments()) {
            throw ProblemException.conflict("file", "每条信息最多 " + catalogue.settings().maxAttachments() + " 个附件");
        }
        String name = FileTypes.filename(filename, detected);
        item.attached(name, caller.username(), clock.instant());
        DisclosureAttachment attachment = new DisclosureAttachment(id, name, detected, content, clock.instant());
        em.persist(attachment);
        em.flush();
        audit.record("DISCLOSURE_ATTACH", "disclosure", String.valueOf(id), name);
        return attachment.listed();
    }

    @Transactional
    public void detach(long id, long attachmentId) {
        DisclosureItem item = visible(id);
        DisclosureAttachment attachment = em.find(DisclosureAttachment.class, attachmentId);
        if (attachment == null || attachment.itemId() != id) {
            throw ProblemException.notFound("附件不存在");
        }
        item.detached(attachment.filename(), caller.username(), clock.instant());
        em.remove(attachment);
        audit.record("DISCLOSURE_DETACH", "disclosure", String.valueOf(id), attachment.filename());
    }

    /** An attachment of an item the caller may see (staff). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public DisclosureAttachment attachment(long id, long attachmentId) {
        visible(id);
        DisclosureAttachment attachment = em.find(DisclosureAttachment.class, attachmentId);
        if (attachment == null || attachment.itemId() != id) {
            throw ProblemException.notFound("附件不存在");
        }
        return attachment;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public StaffDetail detail(long id) {
        return staffDetail(visible(id));
    }

    /** The staff list's orders: the column to sort by (checked by the resource). */
    public static final Map<String, String> STAFF_SORTS = Map.of("updatedAt", "i.updatedAt", "publishedOn", "i.publishedOn",
            "writtenOn", "i.writtenOn", "title", "i.title", "indexNumber", "i.indexNumber");

    /**
     * P1: the items the caller may see, newest change first unless {@code sort} (a key of {@link #STAFF_SORTS}) says
     * otherwise; filters by state, domain and words of the title.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<StaffListItem> list(ItemState state, String domain, String title, Boolean normative,
                                    String sort, boolean ascending, PageRequest page) {
        StringBuilder where = new StringBuilder(" WHERE i.state <> org.govinbox.disclosure.entity.ItemState.IMPORTING");
        Map<String, Object> parameters = new LinkedHashMap<>();
        String scope = scope();
        if (scope != null) {
            where.append(" AND i.publisher = :scope");
            parameters.put("scope", scope);
        }
        if (state != null) {
            where.append(" AND i.state = :state");
            parameters.put("state", state);
        }
        if (domain != null) {
            where.append(" AND i.domain = :domain");
            parameters.put("domain", domain);
        }
        if (normative != null) {
            where.append(" AND i.normative = :normative");
            parameters.put("normative", normative);
        }
        if (title != null) {
            where.append(" AND (i.title LIKE :title OR i.indexNumber LIKE :title OR i.documentNumber LIKE :title)");
            parameters.put("title", "%" + title.replace("%", "").replace("_", "") + "%");
        }
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(i) FROM DisclosureItem i" + where, Long.class);
        TypedQuery<DisclosureItem> select = em.createQuery("SELECT i FROM DisclosureItem i" + where
                + " ORDER BY " + (sort == null ? "i.updatedAt" : STAFF_SORTS.get(sort)) + (ascending ? " ASC" : " DESC")
                + ", i.id" + (ascending ? " ASC" : " DESC"), DisclosureItem.class);
        parameters.forEach((k, v) -> {
            count.setParameter(k, v);
            select.setParameter(k, v);
        });
        List<StaffListItem> items = select.setFirstResult(page.firstRow()).setMaxResults(page.size()).getResultList()
                .stream().map(this::listItem).toList();
        return new Page<>(count.getSingleResult(), page.page(), page.size(), items);
    }

    /** D4, for the caller's scope (the dashboard reads {@link PortalFigures#timeliness} itself). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Timeliness> timeliness(int year) {
        return figures.timeliness(year, scope());
    }

    StaffDetail staffDetail(DisclosureItem item) {
        List<Event> history = item.events().stream().map(Disclosures::event).toList();
        List<String> actions = new ArrayList<>();
        for (ItemAction action : ItemAction.values()) {
            if (ItemAction.fromPath(action.path()).isPresent() && action.allowedIn(item.state()) && offered(action, item)) {
                actions.add(action.path());
            }
        }
        return new StaffDetail(views.detail(item), item.state().name(), item.state().label(),
                item.publishWorkingDays(), item.publishedInTime(), item.withdrawReason(), item.version(), actions,
                history);
    }

    /** Whether the console offers the action on this item now (the state allows it, and its other conditions hold). */
    private boolean offered(ItemAction action, DisclosureItem item) {
        boolean review = catalogue.settings().review();
        return switch (action) {
            case REGISTER -> item.normative() && item.registrationNumber() == null;
            case SUBMIT -> review;
            case SEND_BACK -> review && inOffice();
            case PUBLISH -> review ? item.state() == ItemState.IN_REVIEW && inOffice() : item.state() == ItemState.DRAFT;
            case EXPIRE -> item.validity() == Validity.VALID;
            case REPEAL -> item.validity() != Validity.REPEALED;
            case AMEND -> item.normative() && item.validity() != Validity.REPEALED;
            default -> true;
        };
    }

    private StaffListItem listItem(DisclosureItem i) {
        return new StaffListItem(i.id(), i.state().name(), i.state().label(), i.indexNumber().orElse(null), i.title(),
                i.documentNumber(), i.publisher(), i.publisherName(), i.writtenOn(), i.publishedOn(),
                i.validity().name(), i.domain(), catalogue.domainName(i.domain()), i.normative(),
                i.registrationNumber(), i.publishWorkingDays(), i.publishedInTime(), i.updatedAt());
    }

    private static Event event(DisclosureEvent e) {
        return new Event(e.seq(), e.occurredAt(), e.actor(), e.action().name(), e.action().label(),
                e.fromState() == null ? null : e.fromState().name(), e.toState().name(), e.note());
    }

    /** P1: the item if the caller may see it, else "not found" (nothing about it leaks). */
    DisclosureItem visible(long id) {
        DisclosureItem item = em.find(DisclosureItem.class, id);
        String scope = scope();
        if (item == null || scope != null && !scope.equals(item.publisher()) || item.state() == ItemState.IMPORTING) {
            throw ProblemException.notFound("第 " + id + " 号信息不存在");
        }
        return item;
    }

    /** Null for a government-office publisher (sees all); else the caller's department. */
    String scope() {
        if (!caller.holdsAny(Role.PUBLISHER)) {
            throw ProblemException.forbidden("只有公开工作人员可以管理政府信息");
        }
        return inOffice() ? null : caller.departmentCode() == null ? "\u0000" : caller.departmentCode();
    }

    boolean inOffice() {
        String department = caller.departmentCode();
        return department != null && departments.byCode(department)
                .map(d -> d.kind() == DepartmentKind.OFFICE).orElse(false);
    }

    private void inScope(String publisher) {
        String scope = scope();
        if (scope != null && !scope.equals(publisher)) {
            throw ProblemException.invalid("publisher", "只能以本部门名义发布信息");
        }
    }

    private Metadata checked(ItemInput input) {
        if (input == null) {
            throw ProblemException.invalid("body", "请求内容不能为空");
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        Metadata metadata = input.check(catalogue.settings(), code -> departments.byCode(code)
                .map(Departments.DepartmentView::name).orElse(null), errors);
        if (metadata == null) {
            throw ProblemException.invalid(errors.get(0).message(), errors);
        }
        return metadata;
    }

    private static void expect(DisclosureItem item, Long expectedVersion) {
        if (expectedVersion != null && expectedVersion != item.version()) {
            throw ProblemException.conflict("该信息已被他人修改（版本 " + item.version() + "），请刷新后再试");
        }
    }

    private LocalDate date(String value) {
        String v = ItemInput.trimmed(value);
        if (v == null) {
            return calendars.today();
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("on", "日期应为 年-月-日，如 2026-11-28");
        }
    }
}
