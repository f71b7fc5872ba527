package org.govinbox.disclosure.entity;

import java.time.LocalDate;

/**
 * The catalogue metadata a publisher writes (checked by the boundary before it reaches an item): the item's
 * identity fields (index number, publication date) are the system's, never the publisher's.
 */
public record Metadata(String title, String documentNumber, String publisher, String publisherName,
                       LocalDate writtenOn, String domain, String subject, String genre, String keywords,
                       String summary, String body, Validity validity, DisclosureAttribute attribute,
                       boolean normative) {
}
