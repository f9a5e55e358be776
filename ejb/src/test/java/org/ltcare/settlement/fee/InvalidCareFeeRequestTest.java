package org.ltcare.settlement.fee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.ltcare.policy.rules.CareType;
import org.ltcare.policy.rules.FieldProblem;
import org.ltcare.policy.rules.MessageDrafts;
import org.ltcare.policy.rules.ReferenceRuleSets;
import org.ltcare.policy.rules.RuleSetContent;
import org.ltcare.policy.rules.RuleSetEdits;
import org.ltcare.shared.ValidationException;

/** The 400 cases of the care-fee trial: every bad field named, nothing computed. */
class InvalidCareFeeRequestTest {

    private static final RuleSetContent SD_2025 = ReferenceRuleSets.sd2025();

    static Stream<Arguments> badRequests() {
        return Stream.of(
                bad("no month", r -> CareFeeRequests.forMonth(null), problem("month", "MISSING")),
                bad("no care type", r -> r.care(null, null), problem("careType", "MISSING")),
                bad("visiting care, not offered by SD-2025", r -> r.care(CareType.VISITING, null),
                        problem("careType", "NOT_OFFERED", "VISITING")),
                bad("specialised care without hospital level", r -> r.care(CareType.SPECIALIZED, null),
                        problem("hospitalLevel", "MISSING")),
                bad("hospital level 4", r -> r.care(CareType.SPECIALIZED, 4),
                        problem("hospitalLevel", "OUT_OF_RANGE", "4", "1", "3")),
                bad("hospital level 0", r -> r.care(CareType.SPECIALIZED, 0),
                        problem("hospitalLevel", "OUT_OF_RANGE", "0", "1", "3")),
                bad("grade -1", r -> r.grade(-1), problem("grade", "OUT_OF_RANGE", "-1", "0", "5")),
                bad("grade 6", r -> r.grade(6), problem("grade", "OUT_OF_RANGE", "6", "0", "5")),
                bad("no daily charge", r -> r.charge(null), problem("dailyCharge", "MISSING")),
                bad("a negative charge", r -> r.charge("-0.01"), problem("dailyCharge", "NEGATIVE", "-0.01")),
                bad("a charge in tenths of fen", r -> r.charge("80.001"),
                        problem("dailyCharge", "TOO_MANY_DECIMALS", "80.001")),
                bad("no conclusion date", r -> r.concluded(null), problem("conclusionDate", "MISSING")),
                bad("a care day in another month", r -> r.careDays("2025-03-01", "2025-04-01", "2025-02-28"),
                        problem("careDays", "OUTSIDE_MONTH", "2025-03", "2025-02-28, 2025-04-01")),
                bad("an inpatient day in another month", r -> r.inpatient("2025-04-01"),
                        problem("inpatientDays", "OUTSIDE_MONTH", "2025-03", "2025-04-01")),
                bad("a day claimed elsewhere in another year", r -> r.claimedElsewhere("2024-03-05"),
                        problem("daysClaimedElsewhere", "OUTSIDE_MONTH", "2025-03", "2024-03-05")),
                bad("a day without record in another month", r -> r.withoutServiceRecord("2025-02-05"),
                        problem("daysWithoutServiceRecord", "OUTSIDE_MONTH", "2025-03", "2025-02-05")),
                bad("a null date in a list", r -> r.inpatient("2025-03-05", null), problem("inpatientDays", "MISSING")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void namesTheBadField(String description, UnaryOperator<CareFeeRequests> edit, FieldProblem expected) {
        CareFeeRequest request = edit.apply(CareFeeRequests.forMonth("2025-03")).build();

        assertThatThrownBy(() -> CareFeeCalculator.compute(SD_2025, request))
                .isInstanceOfSatisfying(InvalidCareFeeRequestException.class,
                        e -> assertThat(e.problems()).containsExactly(expected));
    }

    @Test
    void namesEveryBadFieldAtOnce() {
        CareFeeRequest request = CareFeeRequests.forMonth("2025-03").care(CareType.SPECIALIZED, 7).grade(9)
                .charge("-5").concluded(null).careDays("2025-05-01").inpatient("2025-01-01")
                .claimedElsewhere("2025-06-01").withoutServiceRecord("2025-07-01").build();

        assertThatThrownBy(() -> CareFeeCalculator.compute(SD_2025, request))
                .isInstanceOfSatisfying(InvalidCareFeeRequestException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("hospitalLevel", "grade", "dailyCharge",
                                "conclusionDate", "careDays", "inpatientDays", "daysClaimedElsewhere",
                                "daysWithoutServiceRecord"));
    }

    @Test
    void withoutAMonthDatesAreNotJudged() {
        CareFeeRequest request = CareFeeRequests.forMonth(null).inpatient("2025-04-01").build();

        assertThatThrownBy(() -> CareFeeCalculator.compute(SD_2025, request))
                .isInstanceOfSatisfying(InvalidCareFeeRequestException.class,
                        e -> assertThat(e.problems()).containsExactly(problem("month", "MISSING")));
    }

    @Test
    void aHospitalLevelTheRuleSetHasNoTariffForIsNotOffered() {
        RuleSetContent withoutLevelOne = RuleSetEdits.withTariffs(SD_2025, ts -> ts.stream()
                .filter(t -> !(t.careType() == CareType.SPECIALIZED && t.hospitalLevel() == 1)).toList());
        CareFeeRequest request = CareFeeRequests.forMonth("2025-03").care(CareType.SPECIALIZED, 1).build();

        assertThatThrownBy(() -> CareFeeCalculator.compute(withoutLevelOne, request))
                .isInstanceOfSatisfying(InvalidCareFeeRequestException.class,
                        e -> assertThat(e.problems()).containsExactly(problem("hospitalLevel", "NOT_OFFERED", "1")));
    }

    @Test
    void isAValidationExceptionWithBundleKeysForTheRestLayer() {
        CareFeeRequest request = CareFeeRequests.forMonth("2025-03").care(CareType.VISITING, null).grade(8).build();

        assertThatThrownBy(() -> CareFeeCalculator.compute(SD_2025, request))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsExactly(
                        new ValidationException.FieldError("careType", "careFee.NOT_OFFERED", List.of("VISITING")),
                        new ValidationException.FieldError("grade", "careFee.OUT_OF_RANGE", List.of("8", "0", "5"))));
    }

    private static final Map<CareFeeProblemCode, Integer> ARGUMENTS = Map.of(CareFeeProblemCode.MISSING, 0,
            CareFeeProblemCode.NOT_OFFERED, 1, CareFeeProblemCode.OUT_OF_RANGE, 3, CareFeeProblemCode.NEGATIVE, 1,
            CareFeeProblemCode.TOO_MANY_DECIMALS, 1, CareFeeProblemCode.OUTSIDE_MONTH, 2);

    @ParameterizedTest
    @EnumSource(CareFeeProblemCode.class)
    void everyCodeHasTexts(CareFeeProblemCode code) {
        assertThat(ARGUMENTS).containsKey(code);
        MessageDrafts.assertTexts(code.messageKey(), ARGUMENTS.get(code));
    }

    @ParameterizedTest
    @EnumSource(RejectionReason.class)
    void everyRejectionReasonHasTexts(RejectionReason reason) {
        MessageDrafts.assertTexts("rejectionReason." + reason.name(), 0);
    }

    private static Arguments bad(String description, UnaryOperator<CareFeeRequests> edit, FieldProblem expected) {
        return Arguments.of(description, edit, expected);
    }

    private static FieldProblem problem(String field, String code, String... arguments) {
        return new FieldProblem(field, code, List.of(arguments));
    }
}
