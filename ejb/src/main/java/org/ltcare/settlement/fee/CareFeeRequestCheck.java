package org.ltcare.settlement.fee;

import static org.ltcare.settlement.fee.CareFeeProblemCode.MISSING;
import static org.ltcare.settlement.fee.CareFeeProblemCode.NEGATIVE;
import static org.ltcare.settlement.fee.CareFeeProblemCode.NOT_OFFERED;
import static org.ltcare.settlement.fee.CareFeeProblemCode.OUTSIDE_MONTH;
import static org.ltcare.settlement.fee.CareFeeProblemCode.OUT_OF_RANGE;
import static org.ltcare.settlement.fee.CareFeeProblemCode.TOO_MANY_DECIMALS;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.ltcare.policy.rules.CareTariffs;
import org.ltcare.policy.rules.FieldProblem;
import org.ltcare.policy.rules.GradeMatrix;
import org.ltcare.policy.rules.RuleSetContent;
import org.ltcare.policy.rules.Yuan;

/**
 * Finds every bad field of a care-fee request, in the order of the API's fields. A hospital level given
 * for a care type other than specialised care is ignored, as the API sends it as null but may send a value.
 */
final class CareFeeRequestCheck {

    private CareFeeRequestCheck() {
    }

    static List<FieldProblem> check(RuleSetContent rules, CareFeeRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        if (request.month() == null) {
            problems.add(problem("month", MISSING));
        }
        checkCareType(rules.care(), request, problems);
        if (request.grade() == null) {
            problems.add(problem("grade", MISSING));
        } else if (request.grade() < GradeMatrix.LOWEST_GRADE || request.grade() > GradeMatrix.HIGHEST_GRADE) {
            problems.add(problem("grade", OUT_OF_RANGE, request.grade(), GradeMatrix.LOWEST_GRADE,
                    GradeMatrix.HIGHEST_GRADE));
        }
        if (request.dailyCharge() == null) {
            problems.add(problem("dailyCharge", MISSING));
        } else if (request.dailyCharge().signum() < 0) {
            problems.add(problem("dailyCharge", NEGATIVE, request.dailyCharge().toPlainString()));
        } else if (!Yuan.isWholeFen(request.dailyCharge())) {
            problems.add(problem("dailyCharge", TOO_MANY_DECIMALS, request.dailyCharge().toPlainString()));
        }
        if (request.conclusionDate() == null) {
            problems.add(problem("conclusionDate", MISSING));
        }
        if (request.careDays() != null) {
            checkDays("careDays", request.careDays(), request.month(), problems);
        }
        checkDays("inpatientDays", request.inpatientDays(), request.month(), problems);
        checkDays("daysClaimedElsewhere", request.daysClaimedElsewhere(), request.month(), problems);
        checkDays("daysWithoutServiceRecord", request.daysWithoutServiceRecord(), request.month(), problems);
        return problems;
    }

    private static void checkCareType(CareTariffs care, CareFeeRequest request, List<FieldProblem> problems) {
        if (request.careType() == null) {
            problems.add(problem("careType", MISSING));
        } else if (!care.offers(request.careType())) {
            problems.add(problem("careType", NOT_OFFERED, request.careType()));
        } else if (request.careType().isTariffedByHospitalLevel()) {
            Integer level = request.hospitalLevel();
            if (level == null) {
                problems.add(problem("hospitalLevel", MISSING));
            } else if (level < CareTariffs.LOWEST_HOSPITAL_LEVEL || level > CareTariffs.HIGHEST_HOSPITAL_LEVEL) {
                problems.add(problem("hospitalLevel", OUT_OF_RANGE, level, CareTariffs.LOWEST_HOSPITAL_LEVEL,
                        CareTariffs.HIGHEST_HOSPITAL_LEVEL));
            } else if (care.tariffFor(request.careType(), level).isEmpty()) {
                problems.add(problem("hospitalLevel", NOT_OFFERED, level));
            }
        }
    }

    /** Without a month, dates cannot be outside it; only the missing month is reported then. */
    private static void checkDays(String field, Set<LocalDate> days, YearMonth month, List<FieldProblem> problems) {
        if (days.contains(null)) {
            problems.add(problem(field, MISSING));
        }
        if (month == null) {
            return;
        }
        String outside = days.stream().filter(Objects::nonNull).filter(day -> !YearMonth.from(day).equals(month))
                .sorted().map(LocalDate::toString).collect(Collectors.joining(", "));
        if (!outside.isEmpty()) {
            problems.add(problem(field, OUTSIDE_MONTH, month, outside));
        }
    }

    private static FieldProblem problem(String field, CareFeeProblemCode code, Object... arguments) {
        return FieldProblem.of(field, code.name(), arguments);
    }
}
