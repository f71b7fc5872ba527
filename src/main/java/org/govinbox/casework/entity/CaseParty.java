package org.govinbox.casework.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Someone a case is from or for, with a role its type names (the writer of a letter; the lead deputy and the
 * co-signers of a suggestion; the applicant of a request): contact details, consent to publication, each of
 * their ratings (one per reply round, never overwritten) and each record of the unit meeting or calling them.
 * Personal data: shown to staff who may see the case and to nobody else.
 */
@Entity
@Table(name = "case_party")
public class CaseParty {

    public enum Satisfaction { SATISFIED, BASICALLY_SATISFIED, DISSATISFIED }

    /** What a submitter gives of themselves. */
    public record Details(String role, String name, String phone, String email, String affiliation, boolean consent,
                          String noticeVersion) {

        public Details(String role, String name, String phone, String email, String affiliation, boolean consent) {
            this(role, name, phone, email, affiliation, consent, null);
        }
    }

    /** What an erased contact detail reads as (P3). */
    public static final String ERASED = "（已删除）";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "case_id")
    private Case owner;

    @Column(nullable = false)
    private int seq;

    @Column(name = "party_role", nullable = false)
    private String role;

    @Column(nullable = false)
    private String name;

    private String phone;

    private String email;

    /** A deputy's delegation, a member's sector, an organisation's contact … */
    private String affiliation;

    @Column(nullable = false)
    private boolean consent;

    /** P1: when the consent was given (the submission's time), and the privacy notice's version they read. */
    @Column(name = "consent_at")
    private Instant consentAt;

    @Column(name = "notice_version")
    private String noticeVersion;

    @Column(name = "consent_withdrawn_at")
    private Instant consentWithdrawnAt;

    /** P3: when the contact data were erased at the end of the retention period. */
    @Column(name = "contact_erased_at")
    private Instant contactErasedAt;

    /** Q3: the secret of the party's personal link, as a slow hash; a new one with every link sent. */
    @Column(name = "secret_hash")
    private String secretHash;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "case_rating", joinColumns = @JoinColumn(name = "party_id"))
    @OrderBy("ratedAt")
    private List<Rating> ratings = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "case_contact", joinColumns = @JoinColumn(name = "party_id"))
    @OrderBy("contactedOn")
    private List<Contact> contacts = new ArrayList<>();

    protected CaseParty() {
    }

    CaseParty(Case owner, int seq, Details details, Instant at) {
        this.owner = owner;
        this.seq = seq;
        this.role = details.role();
        this.name = details.name();
        this.phone = details.phone();
        this.email = details.email();
        this.affiliation = details.affiliation();
        this.consent = details.consent();
        this.consentAt = details.consent() ? at : null;
        this.noticeVersion = details.noticeVersion();
    }

    /** P1: consent to publication withdrawn; false when there was none to withdraw. */
    boolean withdrawConsent(Instant at) {
        if (!consent) {
            return false;
        }
        consent = false;
        consentWithdrawnAt = at;
        return true;
    }

    /** P3: name, phone, e-mail and affiliation erased (what the unit noted of its contacts with them stays). */
    void eraseContact(Instant at) {
        name = ERASED;
        phone = null;
        email = null;
        affiliation = null;
        contactErasedAt = at;
    }

    void rate(int round, Satisfaction satisfaction, String comment, Instant at) {
        ratings.add(new Rating(round, satisfaction, comment, at));
    }

    void contacted(String how, LocalDate on, String by, String note) {
        contacts.add(new Contact(how, on, by, note));
    }

    /** The latest rating, if any. */
    public Optional<Rating> rating() {
        return ratings.isEmpty() ? Optional.empty() : Optional.of(ratings.get(ratings.size() - 1));
    }

    public Optional<Rating> ratingOf(int round) {
        return ratings.stream().filter(r -> r.round() == round).reduce((first, second) -> second);
    }

    public int seq() { return seq; }
    public String secretHash() { return secretHash; }

    /** Q3: a new personal link's secret replaces the last one. */
    public void protect(String hash) {
        secretHash = hash;
    }
    public String role() { return role; }
    public String name() { return name; }
    public String phone() { return phone; }
    public String email() { return email; }
    public String affiliation() { return affiliation; }
    public boolean consent() { return consent; }
    public Instant consentAt() { return consentAt; }
    public String noticeVersion() { return noticeVersion; }
    public Instant consentWithdrawnAt() { return consentWithdrawnAt; }
    public Instant contactErasedAt() { return contactErasedAt; }
    public List<Rating> ratings() { return List.copyOf(ratings); }
    public List<Contact> contacts() { return List.copyOf(contacts); }
}
