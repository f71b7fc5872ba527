package org.govinbox.disclosure.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import java.util.Arrays;
import org.govinbox.platform.boundary.Spreadsheets;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.govinbox.accounts.entity.Role;
import org.govinbox.accounts.boundary.Allowed;
import org.govinbox.platform.boundary.LargeBody;

/** {@code /api/disclosures/imports}: bulk import of existing items from CSV or XLSX, with progress and report. */
@Path("disclosures/imports")
@RequestScoped
@Allowed(Role.PUBLISHER)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "政府信息公开 Disclosure")
public class ImportsResource {

    @Inject
    Imports imports;

    @POST
    @Consumes(MediaType.WILDCARD)
    @LargeBody("govinbox.disclosure.import.max-bytes")
    @Operation(summary = "批量导入 Starts importing a CSV or XLSX file (body: the bytes; X-Filename: URL-encoded name)",
            description = "202 with the job; poll GET /api/disclosures/imports/{id} for progress and the per-row report. "
                    + "Header row: 索引号, 标题, 文号, 发布机构, 成文日期, 发布日期, 领域, 主题分类, 体裁, 关键词, 摘要, 正文, "
                    + "有效性, 公开属性, 规范性文件, 登记编号 (or the API's field names). Whole file or nothing.")
    public Response start(@HeaderParam("X-Filename") String filename, byte[] content) {
        Imports.JobView job = imports.start(filename, content);
        return Response.accepted(job).location(URI.create("api/disclosures/imports/" + job.id())).build();
    }

    @GET
    @Operation(summary = "导入记录 The latest imports (own, or all for the government office)")
    public List<Imports.JobView> recent() {
        return imports.recent();
    }

    @GET
    @Path("template")
    @Produces({MediaType.APPLICATION_JSON, "text/csv", Spreadsheets.XLSX})
    @Operation(summary = "导入模板 The header row and one example row, as CSV or XLSX", description = "format=csv|xlsx")
    public Response template(@QueryParam("format") String format) {
        return Spreadsheets.download("xlsx".equals(format) ? "xlsx" : "csv", "政府信息批量导入模板", Imports.TEMPLATE,
                sink -> sink.accept(Arrays.asList("", "关于做好2026年度政务公开工作的通知", "宝渭政办发〔2026〕1号", "区政府办公室",
                        "2026-01-05", "2026-01-08", "行政审批", "综合政务", "通知", "政务公开,工作要点",
                        "部署2026年度政务公开重点工作。", "正文（可留空，导入后在工作台补充）", "有效", "主动公开", "否", "")));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "导入进度 An import's state, progress and the rejected rows with field, the file's column and reason")
    public Imports.JobView one(@PathParam("id") long id) {
        return imports.view(id);
    }
}
