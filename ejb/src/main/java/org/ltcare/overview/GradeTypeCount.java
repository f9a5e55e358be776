package org.ltcare.overview;

import java.io.Serializable;
import org.ltcare.policy.rules.CareType;

/** How many people of a disability grade are in a care type on a day. */
public record GradeTypeCount(int grade, CareType careType, long people) implements Serializable {
}
