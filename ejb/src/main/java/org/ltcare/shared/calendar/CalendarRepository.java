package org.ltcare.shared.calendar;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** JPA queries for calendar years and their listed days. */
@Stateless
public class CalendarRepository {

    @PersistenceContext(unitName = "ltcare")
    private EntityManager em;

    /** All entered years, oldest first (a few dozen rows at most, so sorted here). */
    public List<CalendarYear> years() {
        return em.createQuery("select y from CalendarYear y", CalendarYear.class).getResultStream()
                .sorted(Comparator.comparingInt(CalendarYear::getYear))
                .toList();
    }

    public Set<Integer> yearNumbers() {
        return years().stream().map(CalendarYear::getYear).collect(Collectors.toSet());
    }

    public Optional<CalendarYear> findYear(int year) {
        return Optional.ofNullable(em.find(CalendarYear.class, year));
    }

    /** Listed days per year. */
    public Map<Integer, Long> exceptionCounts() {
        List<Object[]> rows = em.createQuery("select extract(year from e.day), count(e) from CalendarException e "
                + "group by extract(year from e.day)", Object[].class).getResultList();
        Map<Integer, Long> counts = new HashMap<>();
        for (Object[] row : rows) {
            counts.put(((Number) row[0]).intValue(), ((Number) row[1]).longValue());
        }
        return counts;
    }

    public List<CalendarException> exceptionsOf(int year) {
        return em.createQuery("select e from CalendarException e where e.day between :from and :to "
                        + "order by e.day", CalendarException.class)
                .setParameter("from", LocalDate.of(year, 1, 1))
                .setParameter("to", LocalDate.of(year, 12, 31))
                .getResultList();
    }

    public Map<LocalDate, DayKind> exceptionsBetween(LocalDate from, LocalDate to) {
        return listedBetween(from, to).stream()
                .collect(Collectors.toMap(CalendarException::getDay, CalendarException::getKind));
    }

    /** The listed days from {@code from} to {@code to}, with their names. */
    public List<CalendarException> listedBetween(LocalDate from, LocalDate to) {
        return em.createQuery("select e from CalendarException e where e.day between :from and :to",
                        CalendarException.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    public Optional<CalendarException> findDay(LocalDate day) {
        return Optional.ofNullable(em.find(CalendarException.class, day));
    }

    public void save(CalendarYear year) {
        em.persist(year);
    }

    public void save(CalendarException day) {
        em.persist(day);
    }

    public void remove(CalendarException day) {
        em.remove(day);
    }
}
