package org.govinbox.disclosure.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.govinbox.accounts.entity.Role;
import org.govinbox.disclosure.entity.DisclosureAttachment;
import org.govinbox.disclosure.entity.ItemAction;
import org.govinbox.disclosure.entity.ItemState;
import org.govinbox.accounts.boundary.Allowed;
import org.govinbox.platform.boundary.LargeBody;
import org.govinbox.platform.boundary.Page;
import org.govinbox.platform.boundary.PageRequest;
import org.govinbox.platform.boundary.ProblemException;
import org.govinbox.platform.boundary.Public;
import org.govinbox.platform.boundary.Representations;
import org.govinbox.platform.boundary.Retry;

/**
 * {@code /api/disclosures}: the public catalogue, search and items (published only), and the publishers' drafting
 * and publishing ({@code manage}, create, change, actions, attachments, timeliness).
 */
@Path("disclosures")
@RequestScoped
@Allowed(Role.PUBLISHER)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "政府信息公开 Disclosure")
public class DisclosuresResource {

    @Inject
    PublicPortal portal;

    @Inject
    Disclosures disclosures;

    @Inject
    Search search;

    @Inject
    Catalogue catalogue;

    @Inject
    Guide guide;


    @GET
    @Public
    @Operation(summary = "公开目录与检索 The published catalogue: browse by domain, year, publisher, validity, subject "
            + "and genre, or "
            + "search Chinese words with q", description = "sort=publishedOn (default) | writtenOn | title | indexNumber, "
            + "order=desc (default) | asc; with q: by relevance unless sort=publishedOn, each item with titleHtml and "
            + "snippet (escaped HTML, matches in <mark>), and facets by domain, publisher, year, validity, subject, genre")
    public Response catalogue(@QueryParam("domain") String domain, @QueryParam("q") String q,
                              @QueryParam("year") String year, @QueryParam("publisher") String publisher,
                              @QueryParam("validity") String validity, @QueryParam("subject") String subject,
                              @QueryParam("genre") String genre, @QueryParam("sort") String sort,
                              @QueryParam("order") String order, @QueryParam("page") String page,
                              @QueryParam("size") String size) {
        String d = blank(domain);
        if (d != null && catalogue.settings().domainName(d).isEmpty()) {
            throw ProblemException.invalid("domain", "未知的公开领域：" + d);
        }
        Integer y = null;
        if (blank(year) != null) {
            try {
                y = Integer.parseInt(year.trim());
            } catch (NumberFormatException e) {
                y = -1;
            }
            if (y < 1900 || y > 9999) {
                throw ProblemException.invalid("year", "年份应为四位数字，如 2021");
            }
        }
        String v = validity(validity);
        String sub = blank(subject);
        if (sub != null && !catalogue.settings().subjects().contains(sub)) {
            throw ProblemException.invalid("subject", "未知的主题分类：" + sub);
        }
        String g = blank(genre);
        if (g != null && !catalogue.settings().genres().contains(g)) {
            throw ProblemException.invalid("genre", "未知的体裁：" + g);
        }
        String s = blank(sort);
        if (s != null && !PublicPortal.SORTS.containsKey(s)) {
            throw ProblemException.invalid("sort", "sort 应为 publishedOn、writtenOn、title 或 indexNumber");
        }
        String o = order(order);
        String words = blank(q);
        if (words != null && words.length() > 100) {
            throw ProblemException.invalid("q", "检索词不能超过 100 个字");
        }
        return json(portal.catalogue(new PublicPortal.Query(d, words, y, blank(publisher), v, sub, g, s, "asc".equals(o),
                PageRequest.of(page, size))));
    }

    @GET
    @Public
    @Path("normative")
    @Operation(summary = "规范性文件 The published normative documents with registration number and validity",
            description = "validity=VALID | EXPIRED | REPEALED; newest first, paged")
    public Response normative(@QueryParam("validity") String validity, @QueryParam("page") String page,
                              @QueryParam("size") String size) {
        return json(portal.normative(validity(validity), PageRequest.of(page, size)));
    }

    /** asc, desc or null (the default order), else 400 naming {@code order}. */
    private static String order(String order) {
        String o = blank(order);
        if (o != null && !o.equals("asc") && !o.equals("desc")) {
            throw ProblemException.invalid("order", "order 应为 asc 或 desc");
        }
        return o;
    }

    private static String validity(String validity) {
        String v = blank(validity);
        if (v != null) {
            v = v.toUpperCase(Locale.ROOT);
            if (!List.of("VALID", "EXPIRED", "REPEALED").contains(v)) {
                throw ProblemException.invalid("validity", "有效性应为 VALID、EXPIRED 或 REPEALED");
            }
        }
        return v;
    }

    @GET
    @Public
    @Path("filters")
    @Operation(summary = "目录筛选项 The catalogue's filters: domains with counts, years, publishers, validities")
    public Response filters() {
        return json(portal.filters());
    }

    @GET
    @Public
    @Path("{id}")
    @Operation(summary = "公开信息 A published item with its whole metadata header; 404 for anything not published")
    public Response item(@PathParam("id") long id) {
        return json(portal.item(id));
    }

    @GET
    @Public
    @Path("{id}/attachments/{attachment}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "公开信息的附件 An attachment of a published item")
    public Response publicAttachment(@PathParam("id") long id, @PathParam("attachment") long attachment) {
        return file(portal.attachment(id, attachment));
    }

    @GET
    @Public
    @Path("guide")
    @Operation(summary = "公开指南 The disclosure guide (Regulations Art. 12) as sanitised HTML")
    public Response guide() {
        return json(guide.json());
    }

    /** A new text of the guide. */
    public record GuideText(String body) {
    }

    @PUT
    @Path("guide")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "修改公开指南 Replaces the guide (sanitised to a safe subset of HTML); If-Match: its version")
    public Guide.View updateGuide(@HeaderParam("If-Match") String ifMatch, GuideText text) {
        Long expected = Representations.ifMatch(ifMatch);
        Guide.View updated = Retry.onTransientFailure(() -> guide.update(text == null ? null : text.body(), expected));
        // no item changed, but the public pages (and the other instances' caches) show the guide
        search.changed(new ItemsChanged(List.of(), null));
        return updated;
    }

    @GET
    @Path("choices")
    @Operation(summary = "表单选项 Domains, subjects, genres and the publishing rules, for the publisher's forms")
    public Catalogue.Choices choices() {
        return catalogue.choices();
    }

    @GET
    @Path("manage")
    @Operation(summary = "信息管理列表 The items the publisher may manage (own department; the government office: all)",
            description = "filters: state (DRAFT, IN_REVIEW, PUBLISHED, WITHDRAWN), domain, q (title, index or "
                    + "document number contains), normative=true|false; sort=updatedAt (default, newest change first) | "
                    + "publishedOn | writtenOn | title | indexNumber, order=desc (default) | asc")
    public Page<Disclosures.StaffListItem> manage(@QueryParam("state") String state, @QueryParam("domain") String domain,
                                                  @QueryParam("q") String q, @QueryParam("normative") String normative,
                                                  @QueryParam("sort") String sort, @QueryParam("order") String order,
                                                  @QueryParam("page") String page, @QueryParam("size") String size) {
        String by = blank(sort);
        if (by != null && !Disclosures.STAFF_SORTS.containsKey(by)) {
            throw ProblemException.invalid("sort", "排序应为 updatedAt、publishedOn、writtenOn、title 或 indexNumber");
        }
        String o = order(order);
        ItemState wanted = null;
        if (blank(state) != null) {
            try {
                wanted = ItemState.valueOf(state.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalid("state", "未知的状态：" + state);
            }
        }
        Boolean n = blank(normative) == null ? null : Boolean.valueOf(normative.trim());
        return disclosures.list(wanted, blank(domain), blank(q), n, by, "asc".equals(o), PageRequest.of(page, size));
    }

    @GET
    @Path("manage/{id}")
    @Operation(summary = "信息详情（管理） An item with its state, timeliness, allowed actions and history; ETag is its version")
    public Response manageOne(@PathParam("id") long id) {
        return tagged(disclosures.detail(id));
    }

    @GET
    @Path("manage/{id}/attachments/{attachment}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "附件（管理） An attachment of an item the publisher may see, published or not")
    public Response attachment(@PathParam("id") long id, @PathParam("attachment") long attachment) {
        return file(disclosures.attachment(id, attachment));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "新建信息（草稿） A new draft with its catalogue metadata", description = "400 naming each field "
            + "at fault (dates YYYY-MM-DD, document number with 〔year〕, summary at most 100 characters, known domain)")
    public Response create(ItemInput input) {
        Disclosures.StaffDetail created = Retry.onTransientFailure(() -> disclosures.create(input));
        return Response.created(URI.create("api/disclosures/manage/" + created.item().id()))
                .entity(new Created(created.item().id(), created)).tag(etag(created)).build();
    }

    /** The answer to a create: the contract's {@code id}, and the item as the publisher sees it. */
    public record Created(long id, Disclosures.StaffDetail detail) {
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "修改信息 Changes an item's metadata (the index number and publication date never change)",
            description = "If-Match: the version read; 409 when it changed since")
    public Response update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, ItemInput input) {
        Long expected = Representations.ifMatch(ifMatch);
        Disclosures.StaffDetail detail = Retry.onTransientFailure(() -> disclosures.update(id, input, expected));
        afterCommit(detail);
        return tagged(detail);
    }

    @POST
    @Path("{id}/{action}")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Operation(summary = "发布流程 An action: register (规范性文件登记), submit, send-back {reason}, publish, withdraw "
            + "{reason}, expire {on, reason}, repeal {on, repealedBy, reason}, amend {reason}",
            description = "409 naming the state when it does not allow the action")
    public Response act(@PathParam("id") long id, @PathParam("action") String action,
                        @HeaderParam("If-Match") String ifMatch, String body) {
        ItemAction wanted = ItemAction.fromPath(action)
                .orElseThrow(() -> ProblemException.notFound("没有「" + action + "」这项操作"));
        Long expected = Representations.ifMatch(ifMatch);
        Disclosures.StaffDetail detail = Retry.onTransientFailure(() -> disclosures.act(id, wanted, body, expected));
        afterCommit(detail);
        return tagged(detail);
    }

    @POST
    @Path("{id}/attachments")
    @Consumes(MediaType.WILDCARD)
    @LargeBody("govinbox.disclosure.attachments.max-bytes")
    @Operation(summary = "上传附件 Uploads a file (body: the bytes; X-Filename: its URL-encoded name; Content-Type: its "
            + "type)", description = "PDF, DOCX, XLSX, PNG, JPEG, GIF, WebP recognised by content; 415 when the content "
            + "is not an allowed type or not the type claimed")
    public Response upload(@PathParam("id") long id, @HeaderParam("X-Filename") String filename,
                           @HeaderParam("Content-Type") String contentType, byte[] content) {
        DisclosureAttachment.Listed listed = Retry.onTransientFailure(() ->
                disclosures.attach(id, filename, contentType, content));
        search.changed(ItemsChanged.of(id));
        return Response.status(Response.Status.CREATED).entity(listed).build();
    }

    @DELETE
    @Path("{id}/attachments/{attachment}")
    @Operation(summary = "删除附件 Removes a file from an unpublished item")
    public Response detach(@PathParam("id") long id, @PathParam("attachment") long attachment) {
        disclosures.detach(id, attachment);
        return Response.noContent().build();
    }

    @GET
    @Path("timeliness")
    @Operation(summary = "发布及时性 Per publishing department: items published in a year, within 20 working days of "
            + "being formed or late (Regulations Art. 26)")
    public List<Disclosures.Timeliness> timeliness(@QueryParam("year") String year) {
        int y;
        try {
            y = blank(year) == null ? java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear()
                    : Integer.parseInt(year.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("year", "年份应为四位数字");
        }
        return disclosures.timeliness(y);
    }

    private void afterCommit(Disclosures.StaffDetail detail) {
        if (!detail.state().equals(ItemState.DRAFT.name()) && !detail.state().equals(ItemState.IN_REVIEW.name())) {
            search.changed(ItemsChanged.of(detail.item().id()));
        }
    }

    static Response json(String json) {
        return Response.ok(json, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).build();
    }

    private static Response file(DisclosureAttachment a) {
        return Representations.download(a.content(), a.mediaType(), a.filename());
    }

    private static Response tagged(Disclosures.StaffDetail detail) {
        return Response.ok(detail).tag(etag(detail)).build();
    }

    private static EntityTag etag(Disclosures.StaffDetail detail) {
        return new EntityTag(String.valueOf(detail.version()));
    }

    static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
