package org.ltcare.web.trial;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.ltcare.assessment.scale.DisabilityGrade;
import org.ltcare.policy.RuleSetService;
import org.ltcare.policy.rules.CareTariffs;
import org.ltcare.policy.rules.CareType;
import org.ltcare.policy.rules.GradeMatrix;
import org.ltcare.settlement.CareFeeService;
import org.ltcare.settlement.fee.CareFeeRequest;
import org.ltcare.shared.BusinessException;
import org.ltcare.web.Page;

/**
 * 护理费用试算: one beneficiary's month of one care type, computed as monthly settlement would compute it
 * ({@link CareFeeService}), nothing stored. The page only collects the request; every check is the
 * calculator's, and its field errors are shown next to the fields (component ids are the API's field names).
 */
@Named
@ViewScoped
public class CareFeeTrialPage extends Page {

    static final String FORM = "feeForm";

    @Inject
    private CareFeeService careFees;

    @Inject
    private RuleSetService ruleSets;

    @Inject
    private TrialTexts texts;

    @Inject
    private Clock clock;

    private List<CareType> careTypes = List.of();

    private String ruleSetCode;
    private YearMonth month;
    private CareType careType;
    private Integer hospitalLevel;
    private Integer grade;
    private BigDecimal dailyCharge;
    private LocalDate conclusionDate;
    private boolean wholeMonth = true;
    private List<LocalDate> careDays;
    private List<LocalDate> inpatientDays;
    private LocalDate deathDate;
    private List<LocalDate> daysClaimedElsewhere;
    private List<LocalDate> daysWithoutServiceRecord;

    private FeeOutcome outcome;

    /** Claims are made for the month just ended, so that is the month offered; care types of the set in force. */
    public void load() {
        LocalDate today = LocalDate.now(clock);
        if (month == null) {
            month = YearMonth.from(today).minusMonths(1);
        }
        try {
            careTypes = List.copyOf(ruleSets.forCalculation(actor, null, today).content().care().offeredCareTypes());
        } catch (BusinessException e) {
            refuse(e);
        }
    }

    /** Every check is the calculator's, an unchosen grade included. */
    public void compute() {
        outcome = null;
        try {
            CareFeeRequest request = toRequest();
            outcome = FeeOutcome.of(careFees.trial(actor, ruleSetCode, request), request, texts);
        } catch (BusinessException e) {
            refuse(e);
        }
    }

    private void refuse(BusinessException e) {
        errors.show(e, FORM, field -> texts.find("trial.field." + field).orElse(field));
    }

    private CareFeeRequest toRequest() {
        Integer level = isHospitalLevelNeeded() ? hospitalLevel : null;
        return new CareFeeRequest(month, careType, level, grade,
                dailyCharge, conclusionDate, wholeMonth ? null : setOf(careDays), setOf(inpatientDays), deathDate,
                setOf(daysClaimedElsewhere), setOf(daysWithoutServiceRecord));
    }

    /** An empty picker submits null: no days. */
    private static Set<LocalDate> setOf(List<LocalDate> days) {
        return days == null ? Set.of() : new LinkedHashSet<>(days);
    }

    public boolean isHospitalLevelNeeded() {
        return careType != null && careType.isTariffedByHospitalLevel();
    }

    public List<CareType> getCareTypes() {
        return careTypes;
    }

    public List<Integer> getHospitalLevels() {
        return IntStream.rangeClosed(CareTariffs.LOWEST_HOSPITAL_LEVEL, CareTariffs.HIGHEST_HOSPITAL_LEVEL).boxed()
                .toList();
    }

    /** "5 级 · 重度失能Ⅲ级" for each grade of the national standard. */
    public List<NumberOption> getGrades() {
        return IntStream.rangeClosed(GradeMatrix.LOWEST_GRADE, GradeMatrix.HIGHEST_GRADE)
                .mapToObj(n -> new NumberOption(n, ScaleLabels.grade(texts, DisabilityGrade.of(n))))
                .toList();
    }

    public FeeOutcome getOutcome() {
        return outcome;
    }

    public String getRuleSetCode() {
        return ruleSetCode;
    }

    public void setRuleSetCode(String ruleSetCode) {
        this.ruleSetCode = ruleSetCode;
    }

    public YearMonth getMonth() {
        return month;
    }

    public void setMonth(YearMonth month) {
        this.month = month;
    }

    public CareType getCareType() {
        return careType;
    }

    public void setCareType(CareType careType) {
        this.careType = careType;
    }

    public Integer getHospitalLevel() {
        return hospitalLevel;
    }

    public void setHospitalLevel(Integer hospitalLevel) {
        this.hospitalLevel = hospitalLevel;
    }

    public Integer getGrade() {
        return grade;
    }

    public void setGrade(Integer grade) {
        this.grade = grade;
    }

    public BigDecimal getDailyCharge() {
        return dailyCharge;
    }

    public void setDailyCharge(BigDecimal dailyCharge) {
        this.dailyCharge = dailyCharge;
    }

    public LocalDate getConclusionDate() {
        return conclusionDate;
    }

    public void setConclusionDate(LocalDate conclusionDate) {
        this.conclusionDate = conclusionDate;
    }

    public boolean isWholeMonth() {
        return wholeMonth;
    }

    public void setWholeMonth(boolean wholeMonth) {
        this.wholeMonth = wholeMonth;
    }

    public List<LocalDate> getCareDays() {
        return careDays;
    }

    public void setCareDays(List<LocalDate> careDays) {
        this.careDays = careDays;
    }

    public List<LocalDate> getInpatientDays() {
        return inpatientDays;
    }

    public void setInpatientDays(List<LocalDate> inpatientDays) {
        this.inpatientDays = inpatientDays;
    }

    public LocalDate getDeathDate() {
        return deathDate;
    }

    public void setDeathDate(LocalDate deathDate) {
        this.deathDate = deathDate;
    }

    public List<LocalDate> getDaysClaimedElsewhere() {
        return daysClaimedElsewhere;
    }

    public void setDaysClaimedElsewhere(List<LocalDate> daysClaimedElsewhere) {
        this.daysClaimedElsewhere = daysClaimedElsewhere;
    }

    public List<LocalDate> getDaysWithoutServiceRecord() {
        return daysWithoutServiceRecord;
    }

    public void setDaysWithoutServiceRecord(List<LocalDate> daysWithoutServiceRecord) {
        this.daysWithoutServiceRecord = daysWithoutServiceRecord;
    }
}
