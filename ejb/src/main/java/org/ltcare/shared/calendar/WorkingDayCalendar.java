package org.ltcare.shared.calendar;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Working days per the statutory holiday calendar kept in table calendar_exception: weekends are off
 * unless listed as a make-up working day (调休上班); listed holidays are off.
 */
@Stateless
public class WorkingDayCalendar {

    @PersistenceContext(unitName = "ltcare")
    private EntityManager em;

    /** The date {@code days} working days after {@code from}; counting starts the day after {@code from}. */
    public LocalDate addWorkingDays(LocalDate from, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        // Load a generous window at once: 3 calendar days per working day covers the longest holidays.
        Map<LocalDate, String> exceptions = exceptionsBetween(from, from.plusDays(days * 3L + 30));
        return WorkingDays.add(from, days, exceptions);
    }

    private Map<LocalDate, String> exceptionsBetween(LocalDate from, LocalDate to) {
        List<Object[]> rows = em.createNativeQuery(
                        "select day, kind from calendar_exception where day between ?1 and ?2")
                .setParameter(1, from)
                .setParameter(2, to)
                .getResultList();
        Map<LocalDate, String> result = new HashMap<>();
        for (Object[] row : rows) {
            LocalDate day = row[0] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) row[0];
            result.put(day, (String) row[1]);
        }
        return result;
    }
}
