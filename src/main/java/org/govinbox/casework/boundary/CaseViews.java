package org.govinbox.casework.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the staff API shows of cases. Personal data only here, never in public views. */
public final class CaseViews {

    private CaseViews() {
    }

    public record ListItem(long id, String type, String typeName, String state, String stateName, String title,
                           String channel, String channelName, String category, String categoryName,
                           String department, String departmentName, Instant receivedAt, LocalDate dueOn,
                           boolean provisional, boolean overdue, boolean dueSoon) {
    }

    public record Submitter(String name, String phone, String email) {
    }

    public record CoHandlerView(String department, String departmentName, String opinion) {
    }

    public record Reply(String text, Instant repliedAt, Boolean onTime) {
    }

    public record Event(Instant at, String actor, String action, String actionName, String fromState,
                        String toState, String toStateName, String department, String note) {
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
                         String publishedContent, long version, List<Attachment> attachments, List<Event> history,
                         List<String> actions) {
    }
}
