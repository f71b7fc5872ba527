package org.govinbox.requests.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.govinbox.platform.entity.Refused;

/**
 * What a disclosure request (依申请公开) has beyond the case engine's aggregate (same id): the applicant as the
 * annual report counts them, their identity document or organisation code, what they want and how it is to reach
 * them, the one correction the office may ask for, the decision with its legal basis and letter (告知书), the fee
 * (信息处理费), each delivery of the decision and each remedy sought against it. Regulations on Open Government
 * Information (2019) Art. 29–45.
 * <p>
 * A1: a correction is asked for at most once (Art. 30). A2: a request is decided once; the decision names one of
 * the 21 outcomes and its legal basis. A3: 4.3 (still unclear after correction) only after a correction.
 */
@Entity
@Table(name = "disclosure_request")
public class DisclosureRequest {

    /** The kind of identity document: an 18-digit resident identity card (check digit verified), another, or an organisation's code. */
    public enum IdKind { ID_CARD, OTHER_DOCUMENT, ORGANISATION }

    /** The form the information is wanted in. */
    public enum InfoForm {
        PAPER("纸质文本"), ELECTRONIC("电子数据");

        private final String label;

        InfoForm(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** How a request arrived; its clocks run from the day it did (Art. 31). */
    public enum Via {
        ONLINE("网上申请"), POST("信函"), IN_PERSON("当面提交"), FAX("传真");

        private final String label;

        Via(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** How the fee is counted (国办函〔2020〕109号): by items a month or by pages; the office picks one. */
    public enum FeeMethod { ITEMS, PAGES }

    /** The applicant's own details, as given. */
    public record Applicant(ApplicantType type, IdKind idKind, String idNumber, String contactPerson, String address,
                            String purpose, InfoForm form, DeliveryMethod delivery, boolean feeWaiver,
                            String feeWaiverReason) {
    }

    @Id
    @Column(name = "case_id")
    private Long caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "applicant_type", nullable = false)
    private ApplicantType applicantType;

    @Enumerated(EnumType.STRING)
    @Column(name = "id_kind", nullable = false)
    private IdKind idKind;

    @Column(name = "id_number", nullable = false)
    private String idNumber;

    @Column(name = "contact_person")
    private String contactPerson;

    private String address;

    private String purpose;

    @Enumerated(EnumType.STRING)
    @Column(name = "info_form", nullable = false)
    private InfoForm form;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DeliveryMethod delivery;

    @Column(name = "fee_waiver", nullable = false)
    private boolean feeWaiver;

    @Column(name = "fee_waiver_reason")
    private String feeWaiverReason;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "received_via", nullable = false)
    private Via via;

    @Column(name = "correction_text")
    private String correctionText;

    @Column(name = "correction_asked")
    private LocalDate correctionAsked;

    @Column(name = "corrected_on")
    private LocalDate correctedOn;

    @Column(name = "outcome")
    private String outcome;

    @Column(name = "legal_basis")
    private String legalBasis;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Lob
    @Column(name = "decision_letter")
    private String letter;

    @Enumerated(EnumType.STRING)
    @Column(name = "fee_method")
    private FeeMethod feeMethod;

    @Column(name = "fee_pages")
    private Integer feePages;

    @Column(name = "fee_amount")
    private Integer feeAmount;

    @Column(name = "fee_noticed_on")
    private LocalDate feeNoticedOn;

    @Column(name = "fee_paid_on")
    private LocalDate feePaidOn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "disclosure_request_delivery", joinColumns = @JoinColumn(name = "case_id"))
    private List<Delivery> deliveries = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "disclosure_request_remedy", joinColumns = @JoinColumn(name = "case_id"))
    private List<Remedy> remedies = new ArrayList<>();

    protected DisclosureRequest() {
    }

    public DisclosureRequest(long caseId, Applicant a, LocalDate receivedOn, Via via) {
        this.caseId = caseId;
        this.applicantType = a.type();
        this.idKind = a.idKind();
        this.idNumber = a.idNumber();
        this.contactPerson = a.contactPerson();
        this.address = a.address();
        this.purpose = a.purpose();
        this.form = a.form();
        this.delivery = a.delivery();
        this.feeWaiver = a.feeWaiver();
        this.feeWaiverReason = a.feeWaiverReason();
        this.receivedOn = receivedOn;
        this.via = via;
    }

    /** A1 */
    public void askCorrection(String text, LocalDate on) {
        if (correctionAsked != null) {
            throw new Refused("补正只能要求一次（已于 " + correctionAsked + " 要求补正）");
        }
        correctionText = text;
        correctionAsked = on;
    }

    public void corrected(LocalDate on) {
        correctedOn = on;
    }

    /** A2, A3 */
    public void decide(Outcome decided, String basis, LocalDate on, String decisionLetter) {
        if (outcome != null) {
            throw new Refused("该申请已于 " + decidedOn + " 作出答复");
        }
        if (decided == Outcome.STILL_UNCLEAR && correctedOn == null) {
            throw new Refused("只有补正后申请内容仍不明确的，才能答复「" + decided.label() + "」");
        }
        outcome = decided.code();
        legalBasis = basis;
        decidedOn = on;
        letter = decisionLetter;
    }

    public void noticeFee(FeeMethod method, Integer pages, int amount, LocalDate on) {
        feeMethod = method;
        feePages = pages;
        feeAmount = amount;
        feeNoticedOn = on;
        feePaidOn = null;
    }

    public void paid(LocalDate on) {
        feePaidOn = on;
    }

    public void delivered(Delivery d) {
        deliveries.add(d);
    }

    /** A remedy recorded again (same kind, same filing day) takes its new result. */
    public void remedy(Remedy r) {
        remedies.removeIf(old -> old.kind() == r.kind() && old.filedOn().equals(r.filedOn()));
        remedies.add(r);
    }

    public long caseId() { return caseId; }
    public ApplicantType applicantType() { return applicantType; }
    public IdKind idKind() { return idKind; }
    public String idNumber() { return idNumber; }
    public String contactPerson() { return contactPerson; }
    public String address() { return address; }
    public String purpose() { return purpose; }
    public InfoForm form() { return form; }
    public DeliveryMethod delivery() { return delivery; }
    public boolean feeWaiver() { return feeWaiver; }
    public String feeWaiverReason() { return feeWaiverReason; }
    public LocalDate receivedOn() { return receivedOn; }
    public Via via() { return via; }
    public String correctionText() { return correctionText; }
    public LocalDate correctionAsked() { return correctionAsked; }
    public LocalDate correctedOn() { return correctedOn; }
    public Optional<Outcome> outcome() { return Outcome.of(outcome); }
    public String legalBasis() { return legalBasis; }
    public LocalDate decidedOn() { return decidedOn; }
    public String letter() { return letter; }
    public FeeMethod feeMethod() { return feeMethod; }
    public Integer feePages() { return feePages; }
    public Integer feeAmount() { return feeAmount; }
    public LocalDate feeNoticedOn() { return feeNoticedOn; }
    public LocalDate feePaidOn() { return feePaidOn; }
    public List<Delivery> deliveries() { return List.copyOf(deliveries); }
    public List<Remedy> remedies() { return List.copyOf(remedies); }
}
