package org.ltcare.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API for institution systems, kiosks and tests: JSON, HTTP Basic, under /api. */
@ApplicationPath("/api")
public class LtcApi extends Application {
}
