package org.govinbox.operations.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.govinbox.accounts.boundary.Allowed;
import org.govinbox.accounts.entity.Role;
import org.govinbox.platform.boundary.ChangeFeed;
import org.govinbox.platform.boundary.Instance;
import org.govinbox.platform.boundary.JobLeases;

/**
 * {@code /api/jobs}: with several instances on one database (README, 生产部署), which instance answered, which runs
 * each scheduled job now (the holder of its lease), and how many of the others' changes this one has applied.
 */
@Path("jobs")
@RequestScoped
@Allowed(Role.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "运行 Operations")
public class JobsResource {

    public record Jobs(String instance, long changesApplied, List<JobLeases.Lease> leases) {
    }

    @Inject
    Instance instance;

    @Inject
    JobLeases leases;

    @Inject
    ChangeFeed feed;

    @GET
    @Operation(summary = "定时任务 This instance, the scheduled jobs' leases (job, holder, expiresAt, running) and the "
            + "number of other instances' changes applied here since start")
    public Jobs jobs() {
        return new Jobs(instance.id(), feed.applied(), leases.all());
    }
}
