package org.govinbox.disclosure.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.govinbox.disclosure.entity.DisclosureAttachment;
import org.govinbox.disclosure.entity.DisclosureItem;

/** How items are shown: the catalogue line and the whole item with its metadata header (what the public sees). */
@ApplicationScoped
public class ItemViews {

    /** A line of the catalogue; a search hit also carries its title and a snippet as escaped HTML with {@code <mark>}. */
    public record ListItem(long id, String indexNumber, String title, String publisher, LocalDate publishedOn,
                           String documentNumber, String validity, String validityName, String domain,
                           String domainName, String titleHtml, String snippet) {
    }

    /** The whole item as published: every field of the catalogue metadata header, the body (sanitised) and files. */
    public record PublicDetail(long id, String indexNumber, String title, String publisher, String publisherCode,
                               LocalDate writtenOn, LocalDate publishedOn, String documentNumber, String subject,
                               String genre, String domain, String domainName, String keywords, String summary,
                               String body, String validity, String validityName, LocalDate validityChangedOn,
                               String repealedBy, String disclosureAttribute, String disclosureAttributeName,
                               boolean normative, String registrationNumber, String normativeStatus,
                               String normativeStatusName, List<DisclosureAttachment.Listed> attachments) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Catalogue catalogue;

    public ListItem line(DisclosureItem i, String titleHtml, String snippet) {
        return new ListItem(i.id(), i.indexNumber().orElse(null), i.title(), i.publisherName(), i.publishedOn(),
                i.documentNumber(), i.validity().name(), i.validity().label(), i.domain(),
                catalogue.domainName(i.domain()), titleHtml, snippet);
    }

    /** The whole item, as staff see it. */
    public PublicDetail detail(DisclosureItem i) {
        return detail(i, false);
    }

    /** The item as the public sees it: of an item disclosed on request (依申请公开), only its metadata. */
    public PublicDetail publicDetail(DisclosureItem i) {
        return detail(i, i.contentOnRequest());
    }

    private PublicDetail detail(DisclosureItem i, boolean metadataOnly) {
        var m = i.metadata();
        List<DisclosureAttachment.Listed> attachments = i.id() == null || metadataOnly ? List.of()
                : em.createNamedQuery(DisclosureAttachment.OF_ITEM, DisclosureAttachment.Listed.class)
                .setParameter("item", i.id()).getResultList();
        return new PublicDetail(i.id(), i.indexNumber().orElse(null), m.title(), m.publisherName(), m.publisher(),
                m.writtenOn(), i.publishedOn(), m.documentNumber(), m.subject(), m.genre(), m.domain(),
                catalogue.domainName(m.domain()), m.keywords(), m.summary(), metadataOnly ? null : m.body(),
                i.validity().name(),
                i.validity().label(), i.validityChangedOn(), i.repealedBy(), m.attribute().name(),
                m.attribute().label(), m.normative(), i.registrationNumber(),
                i.normativeStatus() == null ? null : i.normativeStatus().name(),
                i.normativeStatus() == null ? null : i.normativeStatus().label(), attachments);
    }
}
