package uk.cmlnetwork.web.setup;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API, under /api (see docs/api.md). */
@ApplicationPath("api")
public class CmlApi extends Application {
}
