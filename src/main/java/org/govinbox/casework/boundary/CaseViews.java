package org.govinbox.casework.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.govinbox.accounts.boundary.Departments;
import org.govinbox.accounts.boundary.Departments.DepartmentView;
import org.govinbox.casework.control.CasePolicy;
import org.govinbox.casework.entity.Case;
import org.govinbox.casework.entity.CaseEvent;
import org.govinbox.casework.entity.CaseClock;
import org.govinbox.casework.entity.CaseParty;
import org.govinbox.casework.entity.CaseReply;
import org.govinbox.casework.entity.Workflow;

/** What the staff API shows of cases, in each type's words. Personal data only here, never in public views. */
@ApplicationScoped
public class CaseViews {

    public record ListItem(long id, String type, String typeName, String state, String stateName, String title,
                           String channel, String channelName, String category, String categoryName,
                           String department, String departmentName, Instant receivedAt, LocalDate dueOn,
                           boolean provisional, boolean overdue, boolean dueSoon, Long group, String reference) {
    }

    public record Submitter(String name, String phone, String email) {
    }

    public record Party(int seq, String role, String name, String phone, String email, String affiliation,
                        boolean consent, String satisfaction, String ratingComment, List<Rating> ratings,
                        List<Contact> contacts, Instant consentAt, String noticeVersion, Instant consentWithdrawnAt,
                        Instant contactErasedAt) {
    }

    public record Rating(int round, String satisfaction, String comment, Instant ratedAt) {
    }

    public record Contact(String how, LocalDate on, String by, String note) {
    }

    public record CoHandlerView(String department, String departmentName, String opinion) {
    }

    /** The reply shown on the case: the last one sent, or one held for review (then onTime is null). */
    public record Reply(String text, Instant repliedAt, Boolean onTime) {
    }

    public record SentReply(int round, String department, String actor, Instant sentAt, String text, LocalDate dueOn,
                            boolean onTime, String replyClass) {
    }

    public record Clock(String purpose, String department, LocalDate startedOn, LocalDate dueOn, boolean provisional,
                        String status, Boolean onTime, boolean overdue) {
    }

    /** A step on the history, with the names a person reads (the actor's and the department's) beside the codes. */
    public record Event(Instant at, String actor, String actorName, String action, String actionName, String fromState,
                        String toState, String toStateName, String department, String departmentName, String note) {
    }

    public record Attachment(long id, String filename, String mediaType, int size) {
    }

    public record Detail(long id, String type, String typeName, String state, String stateName, String title,
                         String content, String channel, String channelName, String category, String categoryName,
                         Submitter submitter, boolean publicConsent, Instant receivedAt, String department,
                         String departmentName, List<CoHandlerView> coHandlers, LocalDate assignedOn, LocalDate dueOn,
                         boolean provisional, boolean overdue, boolean dueSoon, Integer extensionRequested,
                         String extensionReason, Reply reply, String satisfaction, String ratingComment,
                         int rehandled, Long duplicateOf, String rejectReason, boolean published,
                         String publishedContent, String publishedTitle, String publishedReply, long version, List<Party> parties, List<Clock> clocks,
                         List<SentReply> replies, List<Attachment> attachments, List<Event> history, List<String> actions,
                         Long group, String reference) {
    }

    @Inject
    CaseTypes types;

    @Inject
    Departments departments;

    @Inject
    org.govinbox.accounts.boundary.Accounts accounts;

    @Inject
    CaseClocks clocks;

    List<ListItem> list(List<Case> cases, LocalDate today) {
        Map<String, String> names = departmentNames();
        return cases.stream().map(c -> {
            CaseType type = types.of(c.type());
            CasePolicy policy = type.policy();
            return new ListItem(c.id(), c.type(), type.name(), c.state(), type.workflow().state(c.state()).label(),
                    c.title(), c.channel(), policy.channels().getOrDefault(c.channel(), c.channel()), c.category(),
                    policy.categories().getOrDefault(c.category(), c.category()), c.leadDepartment(),
                    names.get(c.leadDepartment()), c.receivedAt(), c.dueOn(), c.dueProvisional(), c.overdue(today),
                    dueSoon(c, today, policy), c.group(), c.reference());
        }).toList();
    }

    Detail detail(Case c, CaseType type, List<Attachment> attachments, List<String> actions, LocalDate today) {
        Map<String, String> names = departmentNames();
        CasePolicy policy = type.policy();
        Workflow workflow = type.workflow();
        CaseParty first = c.submitter();
        Reply reply = c.heldReply() != null ? new Reply(c.heldReply(), null, null)
                : c.lastReply().map(r -> new Reply(r.text(), r.sentAt(), r.onTime())).orElse(null);
        Map<String, String> actors = accounts.displayNames(c.history().stream().map(CaseEvent::actor)
                .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet()));
        List<Event> history = c.history().stream().map(e -> new Event(e.occurredAt(), e.actor(),
                actors.getOrDefault(e.actor(), e.actor()), e.action(),
                workflow.transition(e.action()).map(Workflow.Transition::label).orElse(e.action()),
                e.fromState(), e.toState(), workflow.state(e.toState()).label(), e.department(),
                e.department() == null ? null : names.getOrDefault(e.department(), e.department()), e.note())).toList();
        return new Detail(c.id(), c.type(), type.name(), c.state(), workflow.state(c.state()).label(),
                c.title(), c.content(), c.channel(), policy.channels().getOrDefault(c.channel(), c.channel()),
                c.category(), policy.categories().getOrDefault(c.category(), c.category()),
                new Submitter(first.name(), first.phone(), first.email()), first.consent(),
                c.receivedAt(), c.leadDepartment(), names.get(c.leadDepartment()),
                c.coHandlers().stream().map(h -> new CoHandlerView(h.department(), names.get(h.department()), h.opinion())).toList(),
                c.assignedOn(), c.dueOn(), c.dueProvisional(), c.overdue(today), dueSoon(c, today, policy),
                c.extensionRequested().orElse(null), c.extensionReason(), reply,
                first.rating().map(r -> r.satisfaction().name()).orElse(null),
                first.rating().map(r -> r.comment()).orElse(null), c.round() - 1,
                c.duplicateOf(), c.rejectReason(), c.published(), c.publishedContent(), c.publishedTitle(),
                c.publishedReply(), c.version(),
                c.parties().stream().map(CaseViews::party).toList(),
                c.clocks().stream().map(k -> clock(k, today)).toList(),
                c.replies().stream().map(CaseViews::sent).toList(), attachments, history, actions, c.group(), c.reference());
    }

    private static Party party(CaseParty p) {
        return new Party(p.seq(), p.role(), p.name(), p.phone(), p.email(), p.affiliation(), p.consent(),
                p.rating().map(r -> r.satisfaction().name()).orElse(null), p.rating().map(r -> r.comment()).orElse(null),
                p.ratings().stream().map(r -> new Rating(r.round(), r.satisfaction().name(), r.comment(), r.ratedAt())).toList(),
                p.contacts().stream().map(k -> new Contact(k.how(), k.contactedOn(), k.by(), k.note())).toList(),
                p.consentAt(), p.noticeVersion(), p.consentWithdrawnAt(), p.contactErasedAt());
    }

    private static Clock clock(CaseClock k, LocalDate today) {
        return new Clock(k.purpose(), k.department(), k.startedOn(), k.dueOn(), k.provisional(), k.status().name(),
                k.onTime(), k.overdue(today));
    }

    private static SentReply sent(CaseReply r) {
        return new SentReply(r.round(), r.department(), r.actor(), r.sentAt(), r.text(), r.dueOn(), r.onTime(), r.replyClass());
    }

    private boolean dueSoon(Case c, LocalDate today, CasePolicy policy) {
        return c.dueOn() != null && clocks.dueSoon(c.dueOn(), today, policy);
    }

    private Map<String, String> departmentNames() {
        return departments.all().stream().collect(Collectors.toMap(DepartmentView::code, DepartmentView::name));
    }
}
