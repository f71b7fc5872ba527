package org.govinbox.platform.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The JAX-RS application: every resource lives under {@code /api}. */
@ApplicationPath("api")
public class GovInboxApplication extends Application {
}
