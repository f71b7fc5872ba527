package org.govinbox.requests.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.govinbox.accounts.boundary.Allowed;
import org.govinbox.accounts.boundary.Caller;
import org.govinbox.accounts.entity.Role;
import org.govinbox.platform.boundary.ProblemException;
import org.govinbox.platform.boundary.Spreadsheets;

/**
 * {@code /api/annual-reports/{year}}: the annual disclosure report computed from the data, as JSON or as the
 * template's XLSX; the figures staff enter; publishing it as a disclosure item. For the government office and
 * the publishers.
 */
@Path("annual-reports")
@RequestScoped
@Allowed({Role.DISPATCHER, Role.PUBLISHER})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "年度报告 Annual disclosure report")
public class AnnualReportsResource {

    @Inject
    AnnualReports reports;

    @Inject
    Caller caller;

    @GET
    @Path("{year}")
    @Operation(summary = "年度报告 The year's report: table2 (proactive), table3 (requests by applicant column: newThisYear, "
            + "carriedOver, results 1 … 6.3 and total, carriedForward), table4 (reconsiderations and lawsuits)",
            description = "each table 三 row keyed PERSON, COMMERCIAL, RESEARCH, NON_PROFIT, LEGAL_SERVICE, OTHER, TOTAL; "
                    + "balanced tells whether 一 + 二 = 三总计 + 四 in every column")
    public AnnualReports.Report report(@PathParam("year") int year) {
        return reports.of(year);
    }

    @GET
    @Path("{year}.xlsx")
    @Produces({MediaType.APPLICATION_JSON, Spreadsheets.XLSX})
    @Operation(summary = "年度报告 XLSX The report's tables in the national template's layout")
    public Response xlsx(@PathParam("year") int year) {
        AnnualReports.Report report = reports.of(year);
        StreamingOutput body = out -> AnnualReportTables.xlsx(report, out);
        String name = year + "年政府信息公开工作年度报告.xlsx";
        return Response.ok(body, Spreadsheets.XLSX).header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"annual-report-"
                + year + ".xlsx\"; filename*=UTF-8''" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20")).build();
    }

    @PUT
    @Path("{year}/figures")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "填报表二数字 Enters table 二's figures {rulesIssued, rulesRepealed, rulesValid, licensing, penalty, "
            + "enforcement, fees (万元)}: those given replace the earlier ones")
    public AnnualReports.Report figures(@PathParam("year") int year, Map<String, Object> figures) {
        return reports.enter(year, figures, caller.username());
    }

    @POST
    @Path("{year}/publish")
    @Operation(summary = "发布年度报告 Publishes the report as a disclosure item of the 政府信息公开年报 column (once a year, "
            + "after the year)")
    public AnnualReports.Report publish(@PathParam("year") int year) {
        if (year <= 0) {
            throw ProblemException.invalid("year", "年份不正确");
        }
        return reports.publish(year, caller.username());
    }
}
