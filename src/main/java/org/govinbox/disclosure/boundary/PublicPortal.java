package org.govinbox.disclosure.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govinbox.accounts.boundary.Departments;
import org.govinbox.disclosure.control.SearchIndex;
import org.govinbox.disclosure.entity.DisclosureAttachment;
import org.govinbox.disclosure.entity.DisclosureItem;
import org.govinbox.disclosure.entity.ItemState;
import org.govinbox.disclosure.entity.Validity;
import org.govinbox.platform.boundary.PageRequest;
import org.govinbox.platform.boundary.ProblemException;

/**
 * What anyone may read (rule P3: published items only): the key domains with their counts, the catalogue by
 * domain, year, publisher and validity, paged and sorted, the search, and the item itself. Answers are cached as
 * JSON until something public changes ({@link PublicCache}).
 */
@ApplicationScoped
public class PublicPortal {

    static final Jsonb JSON = JsonbBuilder.create();

    /** A catalogue request, checked by the resource. */
    public record Query(String domain, String words, Integer year, String publisher, String validity, String subject,
                        String genre, String sort, boolean ascending, PageRequest page) {

        String key() {
            return "list|" + domain + "|" + words + "|" + year + "|" + publisher + "|" + validity + "|" + subject + "|"
                    + genre + "|" + sort + "|" + ascending + "|" + page.page() + "|" + page.size();
        }
    }

    public record Domain(String code, String name, long count) {
    }

    public record FacetValue(String code, String name, long count) {
    }

    public record Catalogue(long total, int page, int size, List<ItemViews.ListItem> items,
                            Map<String, List<FacetValue>> facets, boolean indexRebuilding) {
    }

    public record Filters(List<Domain> domains, List<Integer> years, List<FacetValue> publishers,
                          List<FacetValue> validities, List<String> subjects, List<String> genres) {
    }

    public static final Map<String, String> SORTS = Map.of("publishedOn", "i.publishedOn", "writtenOn", "i.writtenOn",
            "title", "i.title", "indexNumber", "i.indexNumber");

    @PersistenceContext
    EntityManager em;

    @Inject
    PublicCache cache;

    @Inject
    Search search;

    @Inject
    ItemViews views;

    @Inject
    org.govinbox.disclosure.boundary.Catalogue catalogue;

    @Inject
    Departments departments;

    @Transactional(Transactional.TxType.SUPPORTS)
    public String domains() {
        return cache.get("domains", () -> JSON.toJson(domainCounts()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public String filters() {
        return cache.get("filters", () -> {
            List<Integer> years = em.createQuery("SELECT DISTINCT EXTRACT(YEAR FROM i.publishedOn) FROM DisclosureItem i "
                    + "WHERE i.state = :state", Object.class).setParameter("state", ItemState.PUBLISHED)
                    .getResultList().stream().map(y -> ((Number) y).intValue()).sorted((a, b) -> b - a).toList();
            List<FacetValue> publishers = new ArrayList<>();
            for (Object[] row : em.createQuery("SELECT i.publisher, COUNT(i) FROM DisclosureItem i WHERE i.state = :state "
                    + "GROUP BY i.publisher", Object[].class).setParameter("state", ItemState.PUBLISHED).getResultList()) {
                publishers.add(new FacetValue((String) row[0], publisherName((String) row[0]), ((Number) row[1]).longValue()));
            }
            List<FacetValue> validities = new ArrayList<>();
            for (Validity v : Validity.values()) {
                validities.add(new FacetValue(v.name(), v.label(), 0));
            }
            return JSON.toJson(new Filters(domainCounts(), years, publishers, validities,
                    catalogue.settings().subjects(), catalogue.settings().genres()));
        });
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public String catalogue(Query query) {
        return cache.get(query.key(), () -> JSON.toJson(query.words() == null ? browse(query) : search(query)));
    }

    /** A published normative document (规范性文件) in the public list of them, with its registration and validity. */
    public record NormativeLine(long id, String registrationNumber, String title, String documentNumber,
                                String publisher, LocalDate writtenOn, LocalDate publishedOn, String validity,
                                String validityName, String statusName) {
    }

    public record NormativeList(long total, int page, int size, List<NormativeLine> items) {
    }

    /** The published normative documents, newest registration first; {@code validity} (checked) may be null. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String normative(String validity, PageRequest page) {
        return cache.get("normative|" + validity + "|" + page.page() + "|" + page.size(), () -> {
            String where = " WHERE i.state = :state AND i.normative = TRUE" + (validity == null ? "" : " AND i.validity = :validity");
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(i) FROM DisclosureItem i" + where, Long.class);
            TypedQuery<Long> ids = em.createQuery("SELECT i.id FROM DisclosureItem i" + where
                    + " ORDER BY i.publishedOn DESC, i.id DESC", Long.class);
            count.setParameter("state", ItemState.PUBLISHED);
            ids.setParameter("state", ItemState.PUBLISHED);
            if (validity != null) {
                count.setParameter("validity", Validity.valueOf(validity));
                ids.setParameter("validity", Validity.valueOf(validity));
            }
            List<NormativeLine> items = inOrder(ids.setFirstResult(page.firstRow()).setMaxResults(page.size())
                    .getResultList()).stream().map(i -> new NormativeLine(i.id(), i.registrationNumber(), i.title(),
                    i.documentNumber(), i.publisherName(), i.writtenOn(), i.publishedOn(), i.validity().name(),
                    i.validity().label(), i.normativeStatus() == null ? null : i.normativeStatus().label())).toList();
            return JSON.toJson(new NormativeList(count.getSingleResult(), page.page(), page.size(), items));
        });
    }

    /** P3: the published item, or 404 for anything else (drafts, withdrawn, unknown alike). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String item(long id) {
        return cache.get("item|" + id, () -> JSON.toJson(views.publicDetail(published(id))));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DisclosureAttachment attachment(long id, long attachmentId) {
        if (published(id).contentOnRequest()) {
            throw ProblemException.notFound("该信息依申请公开，附件不在门户提供");
        }
        DisclosureAttachment attachment = em.find(DisclosureAttachment.class, attachmentId);
        if (attachment == null || attachment.itemId() != id) {
            throw ProblemException.notFound("附件不存在");
        }
        return attachment;
    }

    private DisclosureItem published(long id) {
        DisclosureItem item = em.find(DisclosureItem.class, id);
        if (item == null || item.state() != ItemState.PUBLISHED) {
            throw ProblemException.notFound("第 " + id + " 号信息不存在或未公开");
        }
        return item;
    }

    private List<Domain> domainCounts() {
        Map<String, Long> counts = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT i.domain, COUNT(i) FROM DisclosureItem i WHERE i.state = :state "
                + "GROUP BY i.domain", Object[].class).setParameter("state", ItemState.PUBLISHED).getResultList()) {
            counts.put((String) row[0], ((Number) row[1]).longValue());
        }
        return catalogue.settings().domains().entrySet().stream()
                .map(e -> new Domain(e.getKey(), e.getValue(), counts.getOrDefault(e.getKey(), 0L))).toList();
    }

    private Catalogue browse(Query query) {
        StringBuilder where = new StringBuilder(" WHERE i.state = :state");
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("state", ItemState.PUBLISHED);
        if (query.domain() != null) {
            where.append(" AND i.domain = :domain");
            parameters.put("domain", query.domain());
        }
        if (query.year() != null) {
            where.append(" AND i.publishedOn >= :from AND i.publishedOn < :to");
            parameters.put("from", LocalDate.of(query.year(), 1, 1));
            parameters.put("to", LocalDate.of(query.year() + 1, 1, 1));
        }
        if (query.publisher() != null) {
            where.append(" AND i.publisher = :publisher");
            parameters.put("publisher", query.publisher());
        }
        if (query.validity() != null) {
            where.append(" AND i.validity = :validity");
            parameters.put("validity", Validity.valueOf(query.validity()));
        }
        if (query.subject() != null) {
            where.append(" AND i.subject = :subject");
            parameters.put("subject", query.subject());
        }
        if (query.genre() != null) {
            where.append(" AND i.genre = :genre");
            parameters.put("genre", query.genre());
        }
        String column = query.sort() == null ? "i.publishedOn" : SORTS.get(query.sort());
        String direction = query.ascending() ? " ASC" : " DESC";
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(i) FROM DisclosureItem i" + where, Long.class);
        // the page's ids first (narrow rows to sort and skip), then those rows: deep pages stay cheap
        TypedQuery<Object[]> page = em.createQuery("SELECT i.id, " + column + " FROM DisclosureItem i" + where
                + " ORDER BY " + column + direction + ", i.id" + direction, Object[].class);
        parameters.forEach((k, v) -> {
            count.setParameter(k, v);
            page.setParameter(k, v);
        });
        List<Long> ids = page.setFirstResult(query.page().firstRow()).setMaxResults(query.page().size()).getResultList()
                .stream().map(row -> ((Number) row[0]).longValue()).toList();
        List<ItemViews.ListItem> items = inOrder(ids).stream().map(i -> views.line(i, null, null)).toList();
        return new Catalogue(count.getSingleResult(), query.page().page(), query.page().size(), items, Map.of(), false);
    }

    /** The published items with these ids, in the order of the ids. */
    private List<DisclosureItem> inOrder(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, DisclosureItem> found = new HashMap<>();
        em.createQuery("SELECT i FROM DisclosureItem i WHERE i.id IN :ids AND i.state = :state", DisclosureItem.class)
                .setParameter("ids", ids).setParameter("state", ItemState.PUBLISHED).getResultList()
                .forEach(i -> found.put(i.id(), i));
        return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    private Catalogue search(Query query) {
        SearchIndex.Result result = search.search(new SearchIndex.Search(query.words(), query.domain(), query.year(),
                query.publisher(), query.validity(), query.subject(), query.genre(), "publishedOn".equals(query.sort()),
                query.page().firstRow(),
                query.page().size()));
        Map<Long, DisclosureItem> found = new HashMap<>();
        inOrder(result.hits().stream().map(SearchIndex.Hit::id).toList()).forEach(i -> found.put(i.id(), i));
        List<ItemViews.ListItem> items = new ArrayList<>();
        for (SearchIndex.Hit hit : result.hits()) {
            DisclosureItem item = found.get(hit.id());
            if (item != null) {
                items.add(views.line(item, hit.titleHtml(), hit.snippetHtml()));
            }
        }
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        result.facets().forEach((facet, counts) -> facets.put(facet, counts.entrySet().stream()
                .map(e -> new FacetValue(e.getKey(), facetName(facet, e.getKey()), e.getValue())).toList()));
        return new Catalogue(result.total(), query.page().page(), query.page().size(), items, facets,
                search.rebuilding());
    }

    private String facetName(String facet, String code) {
        return switch (facet) {
            case "domain" -> catalogue.domainName(code);
            case "publisher" -> publisherName(code);
            case "validity" -> Validity.valueOf(code).label();
            default -> code;
        };
    }

    private String publisherName(String code) {
        return departments.byCode(code).map(Departments.DepartmentView::name).orElse(code);
    }
}
