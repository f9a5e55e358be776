package org.ltcare.overview;

import java.io.Serializable;

/** Cases at a step of their workflow, and how many of them are past the step's due date. */
public record CaseStageCount(String step, long open, long overdue) implements Serializable {
}
