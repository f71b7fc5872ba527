package org.govinbox.accounts.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.govinbox.platform.boundary.ProblemException;

/**
 * Answers a {@link ProblemException} with its problem, and records every refusal of a signed-in caller — a 403, or
 * the 404 that hides another department's item ({@link ProblemException#hidden}) — in the audit trail (R6: a denial
 * is evidence too). Here, not in the platform, because the trail and the caller are the accounts component's.
 */
@Provider
public class Refusals implements ExceptionMapper<ProblemException> {

    private static final Logger LOG = Logger.getLogger(Refusals.class.getName());

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    @Context
    UriInfo uri;

    @Context
    Request request;

    @Override
    public Response toResponse(ProblemException e) {
        e.denial().ifPresent(what -> {
            try {
                if (caller.signedIn()) {
                    audit.denied(request.getMethod() + " /" + uri.getPath(), e.problem().status() + "：" + what);
                }
            } catch (RuntimeException failed) {
                LOG.log(Level.WARNING, "a denial could not be recorded in the audit trail", failed);
            }
        });
        return e.toResponse();
    }
}
