package org.govinbox.operations.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.govinbox.accounts.boundary.Allowed;
import org.govinbox.accounts.entity.Role;

/** {@code /api/backups}: the administrator makes an online backup and lists the backups made (README, 备份与恢复). */
@Path("backups")
@RequestScoped
@Allowed(Role.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "备份 Backups")
public class BackupsResource {

    @Inject
    Backups backups;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "在线备份 Back up the embedded database now, while the server keeps serving",
            description = "201 {name, path, bytes, madeAt, tookMillis}: a consistent copy in <data>/backups/<name>/derby; "
                    + "409 while another backup runs")
    public Response make() {
        return Response.status(201).entity(backups.make()).build();
    }

    @GET
    @Operation(summary = "备份列表 The backups in the backup folder, newest first")
    public List<Backups.Backup> list() {
        return backups.list();
    }
}
