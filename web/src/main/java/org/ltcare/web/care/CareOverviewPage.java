package org.ltcare.web.care;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ltcare.benefit.AdmissionQueries;
import org.ltcare.policy.rules.CareType;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.time.ClockProducer;
import org.ltcare.web.Page;

/** 待遇概览 (bureau): people in care on a day by care type and grade, with totals. */
@Named
@ViewScoped
public class CareOverviewPage extends Page {

    private static final List<Integer> GRADES = List.of(1, 2, 3, 4, 5);

    @Inject
    private AdmissionQueries queries;

    private LocalDate day = LocalDate.now(ClockProducer.ZONE);
    private Map<CareType, Map<Integer, Long>> counts = Map.of();

    public void load() {
        try {
            counts = queries.overview(actor, day == null ? LocalDate.now(ClockProducer.ZONE) : day);
        } catch (BusinessException e) {
            errors.refuse(e);
        }
    }

    public long count(CareType careType, int grade) {
        return counts.getOrDefault(careType, Map.of()).getOrDefault(grade, 0L);
    }

    public long total(CareType careType) {
        return counts.getOrDefault(careType, Map.of()).values().stream().mapToLong(Long::longValue).sum();
    }

    public long gradeTotal(int grade) {
        return counts.values().stream().mapToLong(byGrade -> byGrade.getOrDefault(grade, 0L)).sum();
    }

    public long grandTotal() {
        return counts.values().stream().flatMap(m -> m.values().stream()).mapToLong(Long::longValue).sum();
    }

    public List<CareType> getCareTypes() {
        return List.of(CareType.values());
    }

    public List<Integer> getGrades() {
        return GRADES;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }
}
