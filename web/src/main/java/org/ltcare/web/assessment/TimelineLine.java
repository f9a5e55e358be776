package org.ltcare.web.assessment;

import java.io.Serializable;
import java.time.Instant;

/** One step of a case's timeline as the page shows it: when, who, what, and a detail (a reason, a grade). */
public record TimelineLine(Instant at, String actor, String what, String detail) implements Serializable {
}
