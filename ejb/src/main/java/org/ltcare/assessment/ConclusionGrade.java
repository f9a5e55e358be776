package org.ltcare.assessment;

import java.time.LocalDate;

/** A conclusion's grade and date alone, as the claim generation reads them for every admission (issue 23). */
public record ConclusionGrade(long id, int grade, LocalDate concludedOn) {
}
