package org.govinbox.casework.boundary;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.govinbox.accounts.boundary.Allowed;
import org.govinbox.accounts.entity.Role;
import org.govinbox.platform.boundary.LargeBody;
import org.govinbox.platform.boundary.Spreadsheets;

/** {@code /api/cases/imports}: the history of an earlier system, brought over as finished cases (C9). */
@Path("cases/imports")
@RequestScoped
@Allowed(Role.DISPATCHER)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "办理 Cases")
public class CaseImportsResource {

    @Inject
    CaseImports imports;

    @POST
    @Consumes(MediaType.WILDCARD)
    @LargeBody("govinbox.case.import.max-bytes")
    @Operation(summary = "导入历史数据 Starts importing finished cases from a CSV or XLSX file (body: the bytes; "
            + "X-Filename: URL-encoded name; type: the type of rows without a 事项类型 column)",
            description = "202 with the job; poll GET /api/cases/imports/{id}. Header row (Chinese names, see the README "
                    + "and GET /api/cases/imports/template): 事项类型, 渠道, 类别, 原编号, 标题, 内容, 提交人, 收件日期, "
                    + "受理日期, 办理期限, 答复日期, 承办单位, 答复内容, 评价, 重办次数. Whole file or nothing; the report "
                    + "names each wrong row with its column and reason")
    public Response start(@HeaderParam("X-Filename") String filename, @QueryParam("type") String type, byte[] content) {
        CaseImports.JobView job = imports.start(filename, content, type);
        return Response.accepted(job).location(URI.create("api/cases/imports/" + job.id())).build();
    }

    @GET
    @Operation(summary = "历史数据导入记录 The latest imports of cases")
    public List<CaseImports.JobView> recent() {
        return imports.recent();
    }

    @GET
    @Path("template")
    @Produces({MediaType.APPLICATION_JSON, "text/csv", Spreadsheets.XLSX})
    @Operation(summary = "导入模板 The header row and one example row, as CSV or XLSX", description = "format=csv|xlsx")
    public Response template(@QueryParam("format") String format) {
        List<String> headers = Arrays.stream(HistoryRows.COLUMNS).map(c -> c[1]).toList();
        return Spreadsheets.download("xlsx".equals(format) ? "xlsx" : "csv", "历史数据导入模板", headers, sink -> sink.accept(
                Arrays.asList("信箱来信", "市长信箱", "咨询", "2025-0001", "关于小区停车的咨询", "来信内容", "张某",
                        "2025-03-03", "2025-03-04", "2025-03-11", "2025-03-10", "区住建局", "答复内容", "满意", 0)));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "导入进度 An import's state, progress and the rejected rows with column and reason")
    public CaseImports.JobView one(@PathParam("id") long id) {
        return imports.view(id);
    }
}
