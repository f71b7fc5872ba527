package org.govinbox.casework.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.govinbox.accounts.boundary.Allowed;
import org.govinbox.accounts.boundary.AuditTrail;
import org.govinbox.accounts.boundary.Caller;
import org.govinbox.accounts.entity.AuditEvent;
import org.govinbox.accounts.entity.Role;
import org.govinbox.platform.boundary.ProblemException;

/** {@code /api/retention}: P3, the retention rules of personal data, what is due, and a run at once. */
@Path("retention")
@RequestScoped
@Allowed(Role.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "个人信息保存期限 Retention")
public class RetentionResource {

    public record Status(List<ContactRetention.Rule> rules, Instant lastRunAt, Integer lastRunErased) {
    }

    public record Result(int erased) {
    }

    @Inject
    ContactRetention retention;

    @Inject
    RetentionJob job;

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    @GET
    @Operation(summary = "保存期限 Each case type's retention period (days after closing; null: kept), the cases due "
            + "for erasure now, and the last run")
    public Status status() {
        RetentionJob.Run last = job.last();
        return new Status(retention.rules(), last == null ? null : last.endedAt(), last == null ? null : last.erased());
    }

    @POST
    @Path("run")
    @Operation(summary = "立即执行 Erase the contact data of every case past its retention period now",
            description = "{erased}; each erased case gets a history step and an audit line; 409 while a run is under way")
    @jakarta.transaction.Transactional
    public Result run() {
        int erased = job.run();
        if (erased < 0) {
            throw ProblemException.conflict("删除任务正在执行，请稍后刷新");
        }
        audit.record(caller.username(), "retention.run", "retention", "contact", AuditEvent.Result.SUCCESS,
                "立即执行个人信息保存期限删除：" + erased + " 件");
        return new Result(erased);
    }
}
