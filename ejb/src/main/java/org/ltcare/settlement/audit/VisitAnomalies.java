package org.ltcare.settlement.audit;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.ltcare.policy.auditrule.AppliedRules;
import org.ltcare.policy.auditrule.AuditRule;

/**
 * The anomaly rules over a month's home visits of an institution (rules.md §5, 智能审核): a worker in two visits at
 * once, more visits a day than the rule set allows, a check-in far from the person's usual check-in place (the
 * median of their check-ins, once there are three with a place), a visit on or after death or on an inpatient day.
 * Findings flag for review; they do not reject days (the day codes do that).
 */
public final class VisitAnomalies {

    /** Fewer check-ins with a place than this give no usual place to compare with. */
    static final int USUAL_PLACE_SAMPLE = 3;
    private static final double EARTH_RADIUS_METRES = 6_371_000d;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private VisitAnomalies() {
    }

    public static List<Finding> of(List<VisitFact> visits, Map<Long, LocalDate> deaths,
                                   Map<Long, Set<LocalDate>> inpatientDays, int dailyLimit, AppliedRules rules) {
        List<Finding> findings = new ArrayList<>();
        if (rules.applies(AuditRule.WORKER_OVERLAP)) {
            overlaps(visits, findings);
        }
        if (rules.applies(AuditRule.WORKER_DAILY_LIMIT)) {
            overDailyLimit(visits, dailyLimit, findings);
        }
        if (rules.applies(AuditRule.FAR_FROM_USUAL_PLACE)) {
            farFromUsualPlace(visits, rules.threshold(AuditRule.FAR_FROM_USUAL_PLACE), findings);
        }
        for (VisitFact visit : visits) {
            LocalDate day = visit.checkIn().toLocalDate();
            LocalDate died = deaths.get(visit.insuredId());
            if (rules.applies(AuditRule.SERVICE_AFTER_DEATH) && died != null && !day.isBefore(died)) {
                findings.add(new Finding(AuditRule.SERVICE_AFTER_DEATH, visit.insuredId(), day,
                        List.of(died.toString(), String.valueOf(visit.visitId()))));
            }
            if (rules.applies(AuditRule.HOSPITAL_OVERLAP)
                    && inpatientDays.getOrDefault(visit.insuredId(), Set.of()).contains(day)) {
                findings.add(new Finding(AuditRule.HOSPITAL_OVERLAP, visit.insuredId(), day,
                        List.of(String.valueOf(visit.visitId()))));
            }
        }
        return findings;
    }

    /** Each worker's visits in check-in order: a visit starting before the previous one has ended overlaps it. */
    private static void overlaps(List<VisitFact> visits, List<Finding> findings) {
        Map<Long, List<VisitFact>> byWorker = visits.stream().collect(Collectors.groupingBy(VisitFact::workerId,
                TreeMap::new, Collectors.toList()));
        for (List<VisitFact> own : byWorker.values()) {
            own.sort(Comparator.comparing(VisitFact::checkIn).thenComparing(VisitFact::visitId));
            VisitFact open = null;
            for (VisitFact visit : own) {
                if (open != null && open.checkOut() != null && visit.checkIn().isBefore(open.checkOut())) {
                    findings.add(new Finding(AuditRule.WORKER_OVERLAP, visit.insuredId(),
                            visit.checkIn().toLocalDate(), List.of(visit.workerName(), span(open), span(visit),
                                    String.valueOf(open.visitId()), String.valueOf(visit.visitId()))));
                }
                if (open == null || open.checkOut() == null
                        || (visit.checkOut() != null && visit.checkOut().isAfter(open.checkOut()))) {
                    open = visit;
                }
            }
        }
    }

    private static void overDailyLimit(List<VisitFact> visits, int limit, List<Finding> findings) {
        Map<String, List<VisitFact>> byWorkerDay = visits.stream().collect(Collectors.groupingBy(
                v -> v.workerId() + "@" + v.checkIn().toLocalDate(), TreeMap::new, Collectors.toList()));
        for (List<VisitFact> day : byWorkerDay.values()) {
            if (day.size() > limit) {
                VisitFact first = day.get(0);
                findings.add(new Finding(AuditRule.WORKER_DAILY_LIMIT, null, first.checkIn().toLocalDate(),
                        List.of(first.workerName(), String.valueOf(day.size()), String.valueOf(limit))));
            }
        }
    }

    private static void farFromUsualPlace(List<VisitFact> visits, int metres, List<Finding> findings) {
        Map<Long, List<VisitFact>> byPerson = visits.stream().filter(VisitFact::hasPlace).collect(
                Collectors.groupingBy(VisitFact::insuredId, TreeMap::new, Collectors.toList()));
        for (List<VisitFact> own : byPerson.values()) {
            if (own.size() < USUAL_PLACE_SAMPLE) {
                continue;
            }
            double latitude = median(own.stream().mapToDouble(v -> v.latitude().doubleValue()).toArray());
            double longitude = median(own.stream().mapToDouble(v -> v.longitude().doubleValue()).toArray());
            for (VisitFact visit : own) {
                long distance = Math.round(metresBetween(latitude, longitude, visit.latitude().doubleValue(),
                        visit.longitude().doubleValue()));
                if (distance > metres) {
                    findings.add(new Finding(AuditRule.FAR_FROM_USUAL_PLACE, visit.insuredId(),
                            visit.checkIn().toLocalDate(), List.of(String.valueOf(distance), String.valueOf(metres),
                                    String.valueOf(visit.visitId()))));
                }
            }
        }
    }

    private static double median(double[] values) {
        java.util.Arrays.sort(values);
        int middle = values.length / 2;
        return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }

    /** Great-circle distance (haversine); metres at a city's scale, not a surveyor's. */
    static double metresBetween(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_METRES * Math.asin(Math.sqrt(a));
    }

    private static String span(VisitFact visit) {
        return TIME.format(visit.checkIn()) + "–" + (visit.checkOut() == null ? "?" : TIME.format(visit.checkOut()));
    }
}
