package org.ltcare.shared.calendar;

/** How a listed day differs from the weekly pattern: a holiday (放假) or a make-up working day (调休上班). */
public enum DayKind {
    HOLIDAY,
    WORKDAY
}
