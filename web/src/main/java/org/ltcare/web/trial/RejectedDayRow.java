package org.ltcare.web.trial;

import java.io.Serializable;
import java.time.LocalDate;

/** A claimed day that is not paid, with the reason's text in the page's language. */
public record RejectedDayRow(LocalDate date, String reasonCode, String reason) implements Serializable {
}
