package org.govinbox.disclosure.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.govinbox.platform.entity.Refused;

/**
 * An item of government information with the national catalogue metadata (政府信息公开目录): drafted by a
 * publisher, published with a permanent index number (索引号), later withdrawn, expired or repealed. A normative
 * document (规范性文件) also carries its registration number in the unified series and its own lifecycle.
 * <p>
 * D1: the index number is given once, at first publication, and never changes (a withdrawn item keeps it).
 * D2: every change is allowed only in the states {@link ItemAction} lists, else {@link Refused}.
 * D3: every change appends one {@link DisclosureEvent}.
 * D4: timeliness (Regulations on Open Government Information, Art. 26: published within 20 working days of being
 * formed) is frozen at publication as the working days from the written-on to the published-on date.
 */
@Entity
@Table(name = "disclosure_item")
public class DisclosureItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ItemState state;

    @Column(name = "index_number")
    private String indexNumber;

    @Column(nullable = false)
    private String title;

    @Column(name = "document_number")
    private String documentNumber;

    @Column(nullable = false)
    private String publisher;

    @Column(name = "publisher_name", nullable = false)
    private String publisherName;

    @Column(name = "written_on", nullable = false)
    private LocalDate writtenOn;

    @Column(name = "published_on")
    private LocalDate publishedOn;

    @Column(name = "publish_working_days")
    private Integer publishWorkingDays;

    @Column(name = "published_in_time")
    private Boolean publishedInTime;

    private String subject;

    private String genre;

    @Column(nullable = false)
    private String domain;

    private String keywords;

    private String summary;

    @Lob
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Validity validity;

    @Column(name = "validity_changed_on")
    private LocalDate validityChangedOn;

    @Column(name = "repealed_by")
    private String repealedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "disclosure_attribute", nullable = false)
    private DisclosureAttribute attribute;

    @Column(name = "withdraw_reason")
    private String withdrawReason;

    @Column(nullable = false)
    private boolean normative;

    @Column(name = "registration_number")
    private String registrationNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "normative_status")
    private NormativeStatus normativeStatus;

    @Column(name = "import_job")
    private Long importJob;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "item", cascade = CascadeType.PERSIST)
    @OrderBy("seq")
    private List<DisclosureEvent> events = new ArrayList<>();

    protected DisclosureItem() {
    }

    /** A new draft. */
    public DisclosureItem(Metadata metadata, String actor, Instant now) {
        apply(metadata);
        this.state = ItemState.DRAFT;
        this.createdAt = now;
        this.createdBy = actor;
        this.updatedAt = now;
        record(actor, now, ItemAction.CREATE, null, null);
    }

    /**
     * An existing item brought in by a bulk import, already published under its own (or a newly given) index
     * number; it stays hidden under its import job until the whole file is in.
     */
    public static DisclosureItem imported(Metadata metadata, IndexNumber indexNumber, String registrationNumber,
                                          LocalDate publishedOn, int workingDays, int limit, long importJob,
                                          String actor, Instant now) {
        DisclosureItem item = new DisclosureItem();
        item.apply(metadata);
        item.state = ItemState.IMPORTING;
        item.indexNumber = indexNumber.toString();
        item.publishedOn = publishedOn;
        item.publishWorkingDays = workingDays;
        item.publishedInTime = workingDays <= limit;
        if (metadata.normative()) {
            item.registrationNumber = registrationNumber;
            item.normativeStatus = metadata.validity() == Validity.REPEALED ? NormativeStatus.REPEALED
                    : NormativeStatus.PUBLISHED;
        }
        if (metadata.validity() != Validity.VALID) {
            item.validityChangedOn = publishedOn;
        }
        item.importJob = importJob;
        item.createdAt = now;
        item.createdBy = actor;
        item.updatedAt = now;
        item.record(actor, now, ItemAction.IMPORT, null, "索引号 " + item.indexNumber);
        return item;
    }

    /** D2: changes the metadata; a published item keeps its index number and publication date (D1). */
    public void edit(Metadata metadata, String actor, Instant now) {
        check(ItemAction.EDIT);
        if (state == ItemState.PUBLISHED && metadata.normative() != normative) {
            throw new Refused("已发布的信息不能更改是否为规范性文件");
        }
        if (state == ItemState.PUBLISHED && !metadata.publisher().equals(publisher)) {
            throw new Refused("已发布的信息不能更改发布机构（索引号按发布机构编制）");
        }
        if (state == ItemState.PUBLISHED && metadata.attribute() == DisclosureAttribute.NOT_DISCLOSED) {
            throw new Refused("已发布的信息不能改为不予公开，请先撤回");
        }
        List<String> changed = changes(metadata);
        if (changed.isEmpty()) {
            return;
        }
        apply(metadata);
        updatedAt = now;
        record(actor, now, ItemAction.EDIT, state, "修改了：" + String.join("、", changed));
    }

    public void register(String registrationNumber, String actor, Instant now) {
        check(ItemAction.REGISTER);
        if (!normative) {
            throw new Refused("只有规范性文件需要统一登记");
        }
        if (this.registrationNumber != null) {
            throw new Refused("已登记为 " + this.registrationNumber);
        }
        this.registrationNumber = registrationNumber;
        this.normativeStatus = NormativeStatus.REGISTERED;
        updatedAt = now;
        record(actor, now, ItemAction.REGISTER, state, "登记编号 " + registrationNumber);
    }

    public void submit(String actor, Instant now) {
        check(ItemAction.SUBMIT);
        move(ItemState.IN_REVIEW, ItemAction.SUBMIT, actor, now, null);
    }

    public void sendBack(String reason, String actor, Instant now) {
        check(ItemAction.SEND_BACK);
        move(ItemState.DRAFT, ItemAction.SEND_BACK, actor, now, reason);
    }

    /**
     * D1, D4: publishes the item under its index number (given here, the first time) on {@code publishedOn};
     * {@code workingDays} is the time from written-on to published-on in working days.
     */
    public void publish(IndexNumber number, LocalDate publishedOn, int workingDays, int limit, String actor,
                        Instant now) {
        check(ItemAction.PUBLISH);
        if (normative && registrationNumber == null) {
            throw new Refused("规范性文件须先统一登记，再发布");
        }
        if (attribute == DisclosureAttribute.NOT_DISCLOSED) {
            throw new Refused("公开属性为“不予公开”的信息不能在门户发布");
        }
        if (writtenOn.isAfter(publishedOn)) {
            throw new Refused("成文日期 " + writtenOn + " 晚于发布日期 " + publishedOn);
        }
        if (indexNumber != null) {
            throw new Refused("已有索引号 " + indexNumber);
        }
        this.indexNumber = number.toString();
        this.publishedOn = publishedOn;
        this.publishWorkingDays = workingDays;
        this.publishedInTime = workingDays <= limit;
        if (normative) {
            normativeStatus = NormativeStatus.PUBLISHED;
        }
        move(ItemState.PUBLISHED, ItemAction.PUBLISH, actor, now, "索引号 " + indexNumber + "，成文后第 "
                + workingDays + " 个工作日发布" + (publishedInTime ? "" : "（超过 " + limit + " 个工作日）"));
    }

    public void withdraw(String reason, String actor, Instant now) {
        check(ItemAction.WITHDRAW);
        this.withdrawReason = reason;
        move(ItemState.WITHDRAWN, ItemAction.WITHDRAW, actor, now, reason);
    }

    public void expire(LocalDate on, String reason, String actor, Instant now) {
        check(ItemAction.EXPIRE);
        if (validity != Validity.VALID) {
            throw new Refused("该文件已" + validity.label());
        }
        validity = Validity.EXPIRED;
        validityChangedOn = on;
        updatedAt = now;
        record(actor, now, ItemAction.EXPIRE, state, on + " 起失效" + (reason == null ? "" : "：" + reason));
    }

    /** Repealed on {@code on} by {@code repealedBy} (the repealing act, e.g. its document number or title). */
    public void repeal(LocalDate on, String repealedBy, String reason, String actor, Instant now) {
        check(ItemAction.REPEAL);
        if (validity == Validity.REPEALED) {
            throw new Refused("该文件已于 " + validityChangedOn + " 废止");
        }
        validity = Validity.REPEALED;
        validityChangedOn = on;
        this.repealedBy = repealedBy;
        if (normative) {
            normativeStatus = NormativeStatus.REPEALED;
        }
        updatedAt = now;
        record(actor, now, ItemAction.REPEAL, state, on + " 由 " + repealedBy + " 废止"
                + (reason == null ? "" : "：" + reason));
    }

    /** A normative document to be (or that was) amended; it stays in force until amended or repealed. */
    public void amend(String reason, String actor, Instant now) {
        check(ItemAction.AMEND);
        if (!normative) {
            throw new Refused("只有规范性文件有修改状态");
        }
        if (validity == Validity.REPEALED) {
            throw new Refused("该文件已废止");
        }
        normativeStatus = NormativeStatus.AMENDED;
        updatedAt = now;
        record(actor, now, ItemAction.AMEND, state, reason);
    }

    /** A clean-up round decided to keep the document: only its history says so. */
    public void keptByReview(String reason, String actor, Instant now) {
        check(ItemAction.REVIEW);
        record(actor, now, ItemAction.REVIEW, state, "清理后继续有效" + (reason == null ? "" : "：" + reason));
    }

    public void attached(String filename, String actor, Instant now) {
        check(ItemAction.ATTACH);
        updatedAt = now;
        record(actor, now, ItemAction.ATTACH, state, filename);
    }

    public void detached(String filename, String actor, Instant now) {
        check(ItemAction.DETACH);
        updatedAt = now;
        record(actor, now, ItemAction.DETACH, state, filename);
    }

    /** D2: refuses an action the current state does not allow. */
    public void check(ItemAction action) {
        if (!action.allowedIn(state)) {
            throw new Refused("信息当前为“" + state.label() + "”，不能" + action.label());
        }
    }

    private void move(ItemState to, ItemAction action, String actor, Instant now, String note) {
        ItemState from = state;
        state = to;
        updatedAt = now;
        record(actor, now, action, from, note);
    }

    private void record(String actor, Instant now, ItemAction action, ItemState from, String note) {
        events.add(new DisclosureEvent(this, events.size() + 1, now, actor, action, from, state, note));
    }

    private void apply(Metadata m) {
        title = m.title();
        documentNumber = m.documentNumber();
        publisher = m.publisher();
        publisherName = m.publisherName();
        writtenOn = m.writtenOn();
        domain = m.domain();
        subject = m.subject();
        genre = m.genre();
        keywords = m.keywords();
        summary = m.summary();
        body = m.body();
        if (validity == null || state == null || state != ItemState.PUBLISHED) {
            validity = m.validity();
        }
        attribute = m.attribute();
        normative = m.normative();
    }

    private List<String> changes(Metadata m) {
        List<String> changed = new ArrayList<>();
        diff(changed, "标题", title, m.title());
        diff(changed, "文号", documentNumber, m.documentNumber());
        diff(changed, "发布机构", publisher, m.publisher());
        diff(changed, "成文日期", writtenOn, m.writtenOn());
        diff(changed, "领域", domain, m.domain());
        diff(changed, "主题分类", subject, m.subject());
        diff(changed, "体裁", genre, m.genre());
        diff(changed, "关键词", keywords, m.keywords());
        diff(changed, "摘要", summary, m.summary());
        diff(changed, "正文", body, m.body());
        if (state != ItemState.PUBLISHED) {
            diff(changed, "有效性", validity, m.validity());
        }
        diff(changed, "公开属性", attribute, m.attribute());
        diff(changed, "规范性文件", normative, m.normative());
        return changed;
    }

    private static void diff(List<String> changed, String name, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(name);
        }
    }

    public Metadata metadata() {
        return new Metadata(title, documentNumber, publisher, publisherName, writtenOn, domain, subject, genre,
                keywords, summary, body, validity, attribute, normative);
    }

    public Long id() {
        return id;
    }

    public ItemState state() {
        return state;
    }

    public Optional<String> indexNumber() {
        return Optional.ofNullable(indexNumber);
    }

    public String title() {
        return title;
    }

    public String documentNumber() {
        return documentNumber;
    }

    public String publisher() {
        return publisher;
    }

    public String publisherName() {
        return publisherName;
    }

    public LocalDate writtenOn() {
        return writtenOn;
    }

    public LocalDate publishedOn() {
        return publishedOn;
    }

    public Integer publishWorkingDays() {
        return publishWorkingDays;
    }

    public Boolean publishedInTime() {
        return publishedInTime;
    }

    public String domain() {
        return domain;
    }

    public String body() {
        return body;
    }

    /** 依申请公开: the catalogue shows the item's metadata, the content is given on request only. */
    public boolean contentOnRequest() {
        return attribute == DisclosureAttribute.ON_REQUEST;
    }

    public Validity validity() {
        return validity;
    }

    public LocalDate validityChangedOn() {
        return validityChangedOn;
    }

    public String repealedBy() {
        return repealedBy;
    }

    public String withdrawReason() {
        return withdrawReason;
    }

    public boolean normative() {
        return normative;
    }

    public String registrationNumber() {
        return registrationNumber;
    }

    public NormativeStatus normativeStatus() {
        return normativeStatus;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }

    public List<DisclosureEvent> events() {
        return List.copyOf(events);
    }
}
