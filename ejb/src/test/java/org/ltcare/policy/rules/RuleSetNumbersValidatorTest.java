package org.ltcare.policy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ltcare.policy.rules.CareType.HOME;
import static org.ltcare.policy.rules.CareType.RESIDENTIAL;
import static org.ltcare.policy.rules.CareType.SPECIALIZED;
import static org.ltcare.policy.rules.RuleSetEdits.reference;
import static org.ltcare.policy.rules.RuleSetEdits.tariff;
import static org.ltcare.policy.rules.RuleSetEdits.withCare;
import static org.ltcare.policy.rules.RuleSetEdits.withContracting;
import static org.ltcare.policy.rules.RuleSetEdits.withEntitlement;
import static org.ltcare.policy.rules.RuleSetEdits.withHomeCare;
import static org.ltcare.policy.rules.RuleSetEdits.withProcedure;
import static org.ltcare.policy.rules.RuleSetEdits.withSettlement;
import static org.ltcare.policy.rules.RuleSetEdits.withTariffs;
import static org.ltcare.policy.rules.RuleSetValidatorTest.broken;
import static org.ltcare.policy.rules.RuleSetValidatorTest.problem;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The non-scale parts of the validator: entitlement, tariffs, deadlines, fees, rates. */
class RuleSetNumbersValidatorTest {

    private static final BenefitStartRule START = BenefitStartRule.FIRST_OF_NEXT_MONTH;

    static Stream<Arguments> brokenNumbers() {
        return Stream.of(
                broken("no entitled grade", withEntitlement(reference(), new Entitlement(Set.of(), 18)),
                        problem("entitledGrades", "ruleset.grades.empty")),
                broken("entitled grade 6", withEntitlement(reference(), new Entitlement(Set.of(4, 6), 18)),
                        problem("entitledGrades", "ruleset.grades.outOfRange", "6", "0", "5")),
                broken("a negative minimum age", withEntitlement(reference(), new Entitlement(Set.of(3), -1)),
                        problem("minimumAge", "ruleset.value.negative", "-1")),
                broken("a ratio above 1", residential("1.01", "60.00"),
                        problem("tariffs.RESIDENTIAL.fundRatio", "ruleset.ratio.outOfRange", "1.01")),
                broken("a negative ratio", residential("-0.10", "60.00"),
                        problem("tariffs.RESIDENTIAL.fundRatio", "ruleset.ratio.outOfRange", "-0.10")),
                broken("a negative limit", residential("0.75", "-1.00"),
                        problem("tariffs.RESIDENTIAL.dailyLimit", "ruleset.amount.negative", "-1.00")),
                broken("a limit in tenths of fen", residential("0.75", "60.005"),
                        problem("tariffs.RESIDENTIAL.dailyLimit", "ruleset.amount.tooManyDecimals", "60.005")),
                broken("two residential tariffs", withTariffs(reference(), plus(tariff(RESIDENTIAL, null, "0.70", "50"))),
                        problem("tariffs.RESIDENTIAL", "ruleset.tariff.duplicate")),
                broken("no level-2 specialised tariff", withTariffs(reference(), ts -> ts.stream()
                                .filter(t -> !(t.careType() == SPECIALIZED && t.hospitalLevel() == 2)).toList()),
                        problem("tariffs.SPECIALIZED", "ruleset.tariff.levelMissing", "2")),
                broken("a level-4 specialised tariff", withTariffs(reference(), plus(tariff(SPECIALIZED, 4, "0.6", "150"))),
                        problem("tariffs.SPECIALIZED.4", "ruleset.tariff.hospitalLevelInvalid", "4", "1", "3")),
                broken("a specialised tariff without level", withTariffs(reference(),
                                plus(tariff(SPECIALIZED, null, "0.6", "150"))),
                        problem("tariffs.SPECIALIZED", "ruleset.tariff.hospitalLevelInvalid", "", "1", "3")),
                broken("a home-care tariff by hospital level", withTariffs(reference(), ts -> ts.stream()
                                .map(t -> t.careType() == HOME ? tariff(HOME, 2, "0.90", "45.00") : t).toList()),
                        problem("tariffs.HOME.2", "ruleset.tariff.hospitalLevelNotApplicable", "2")),
                broken("no care type at all", withCare(reference(), new CareTariffs(List.of(), 2)),
                        problem("tariffs", "ruleset.tariff.none")),
                broken("minimum hospital level 0", withCare(reference(),
                                new CareTariffs(reference().care().tariffs(), 0)),
                        problem("specializedMinimumHospitalLevel", "ruleset.hospitalLevel.outOfRange", "0", "1", "3")),
                broken("zero and negative deadlines", withProcedure(reference(),
                                new AssessmentProcedure(START, 0, 0, 0, -1, 0, 0, 0, yuan("300"), yuan("200"))),
                        problem("conclusionValidityMonths", "ruleset.count.notPositive", "0"),
                        problem("acceptanceWorkingDays", "ruleset.count.notPositive", "0"),
                        problem("dispatchWorkingDays", "ruleset.count.notPositive", "0"),
                        problem("publicNoticeWorkingDays", "ruleset.count.notPositive", "-1"),
                        problem("objectionWorkingDaysAfterConclusion", "ruleset.count.notPositive", "0"),
                        problem("reassessmentWorkingDays", "ruleset.count.notPositive", "0"),
                        problem("expiryReminderDays", "ruleset.count.notPositive", "0")),
                broken("bad re-assessment fees", withProcedure(reference(),
                                new AssessmentProcedure(START, 24, 5, 10, 5, 10, 10, 60, yuan("-0.01"), yuan("200.001"))),
                        problem("reassessmentFeeHome", "ruleset.amount.negative", "-0.01"),
                        problem("reassessmentFeeInstitution", "ruleset.amount.tooManyDecimals", "200.001")),
                broken("claim window from day 0", settlement(0, 10, "0.05"),
                        problem("claimWindow", "ruleset.claimWindow.invalid", "0", "10", "28")),
                broken("claim window ending before it starts", settlement(11, 10, "0.05"),
                        problem("claimWindow", "ruleset.claimWindow.invalid", "11", "10", "28")),
                broken("claim window to day 29", settlement(1, 29, "0.05"),
                        problem("claimWindow", "ruleset.claimWindow.invalid", "1", "29", "28")),
                broken("a deposit rate above 1", settlement(1, 10, "1.5"),
                        problem("qualityDepositRate", "ruleset.ratio.outOfRange", "1.5")),
                broken("no payout deadline", withSettlement(reference(), new SettlementTerms(1, 10, 0, rate("0.05"))),
                        problem("payoutDeadlineWorkingDays", "ruleset.count.notPositive", "0")),
                broken("zero home-care limits", withHomeCare(reference(), new HomeCareTerms(0, 0)),
                        problem("homeVisitMinimumMinutes", "ruleset.count.notPositive", "0"),
                        problem("maxVisitsPerWorkerPerDay", "ruleset.count.notPositive", "0")),
                broken("a pass mark above 100 and zero deadlines",
                        withContracting(reference(), new ContractingTerms(101, 0, 0, 0, 0)),
                        problem("evaluationPassMark", "ruleset.passMark.outOfRange", "101", "100"),
                        problem("correctionWorkingDays", "ruleset.count.notPositive", "0"),
                        problem("noticeWorkingDays", "ruleset.count.notPositive", "0"),
                        problem("agreementValidityYears", "ruleset.count.notPositive", "0"),
                        problem("renewalLeadDays", "ruleset.count.notPositive", "0")),
                broken("a negative pass mark", withContracting(reference(), new ContractingTerms(-1, 10, 5, 3, 90)),
                        problem("evaluationPassMark", "ruleset.passMark.outOfRange", "-1", "100")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenNumbers")
    void reportsEveryProblemOfTheNumbers(String description, RuleSetContent content, List<RuleSetProblem> expected) {
        assertThat(RuleSetValidator.validate(content)).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void acceptsTheEdgesOfEachRange() {
        RuleSetContent edges = withSettlement(withTariffs(reference(), ts -> ts.stream()
                        .map(t -> t.careType() == RESIDENTIAL ? tariff(RESIDENTIAL, null, "1", "0")
                                : t.careType() == HOME ? tariff(HOME, null, "0", "45") : t).toList()),
                new SettlementTerms(1, 28, 1, rate("0")));
        edges = withEntitlement(edges, new Entitlement(Set.of(0, 5), 0));

        assertThat(RuleSetValidator.validate(edges)).isEmpty();
    }

    @Test
    void neverThrowsForContentBrokenEverywhere() {
        RuleSetContent wrecked = new RuleSetContent(
                new AssessmentScale(List.of(RuleSetEdits.item(Dimension.COGNITION, "a", Integer.MAX_VALUE),
                        RuleSetEdits.item(Dimension.COGNITION, "b", Integer.MAX_VALUE, -3)),
                        Map.of(Dimension.COGNITION, Map.of(
                                ImpairmentLevel.INTACT, new ScoreRange(Integer.MAX_VALUE, Integer.MAX_VALUE),
                                ImpairmentLevel.MILD, new ScoreRange(5, 6),
                                ImpairmentLevel.MODERATE, new ScoreRange(-4, -3),
                                ImpairmentLevel.SEVERE, new ScoreRange(Integer.MIN_VALUE, -10))),
                        new GradeMatrix(List.of())),
                new Entitlement(Set.of(-1), -5),
                new CareTariffs(List.of(tariff(SPECIALIZED, 7, "2", "-3.333")), 9),
                new AssessmentProcedure(START, -1, -1, -1, -1, -1, -1, -1, yuan("-1"), yuan("-1")),
                new SettlementTerms(30, 2, -1, rate("-1")),
                new HomeCareTerms(-1, -1),
                new ContractingTerms(-1, -1, -1, -1, -1));

        List<RuleSetProblem> problems = RuleSetValidator.validate(wrecked);

        assertThat(problems).hasSizeGreaterThan(25)
                .extracting(RuleSetProblem::path)
                .contains("items.adl", "bands.adl.INTACT", "bands.cognition.MILD", "bands.cognition.SEVERE",
                        "matrix", "entitledGrades", "tariffs.SPECIALIZED.7.fundRatio", "claimWindow",
                        "qualityDepositRate", "maxVisitsPerWorkerPerDay");
    }

    private static RuleSetContent residential(String ratio, String limit) {
        return withTariffs(reference(), ts -> ts.stream()
                .map(t -> t.careType() == RESIDENTIAL ? tariff(RESIDENTIAL, null, ratio, limit) : t).toList());
    }

    private static RuleSetContent settlement(int from, int to, String depositRate) {
        return withSettlement(reference(), new SettlementTerms(from, to, 30, rate(depositRate)));
    }

    private static UnaryOperator<List<CareTariff>> plus(CareTariff extra) {
        return ts -> {
            List<CareTariff> more = new ArrayList<>(ts);
            more.add(extra);
            return more;
        };
    }

    private static BigDecimal yuan(String amount) {
        return new BigDecimal(amount);
    }

    private static BigDecimal rate(String value) {
        return new BigDecimal(value);
    }
}
