package org.ltcare.policy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleSetPartsTest {

    @ParameterizedTest(name = "worse of {0} and {1} is {2}")
    @CsvSource({"INTACT,SEVERE,SEVERE", "SEVERE,INTACT,SEVERE", "MILD,MODERATE,MODERATE", "MODERATE,MILD,MODERATE",
        "MILD,MILD,MILD"})
    void worseLevelIsTheLaterOne(ImpairmentLevel a, ImpairmentLevel b, ImpairmentLevel worse) {
        assertThat(a.worse(b)).isEqualTo(worse);
    }

    @Test
    void dimensionsAreFoundByTheirApiKeyOnly() {
        assertThat(Dimension.fromKey("perception")).contains(Dimension.PERCEPTION);
        assertThat(Dimension.fromKey("ADL")).isEmpty();
        assertThat(Dimension.fromKey(null)).isEmpty();
    }

    @Test
    void theMatrixRefusesToGradeWhenNotFourByFour() {
        GradeMatrix threeRows = new GradeMatrix(List.of(List.of(0, 0, 1, 1), List.of(1, 1, 1, 2), List.of(2, 2, 2, 3)));

        assertThatThrownBy(() -> threeRows.gradeAt(ImpairmentLevel.INTACT, ImpairmentLevel.INTACT))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> threeRows.gradeAt(ImpairmentLevel.SEVERE, ImpairmentLevel.SEVERE))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void valueObjectsDoNotShareTheCallersCollections() {
        List<Integer> scores = new ArrayList<>(List.of(5, 0));
        ScaleItem item = new ScaleItem(Dimension.ADL, "bathing", "洗澡", scores);
        scores.add(10);

        assertThat(item.allowedScores()).containsExactly(5, 0);
        assertThatThrownBy(() -> item.allowedScores().add(1)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> ReferenceRuleSets.sd2025().entitlement().entitledGrades().add(2))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void constructorsRefuseMissingParts() {
        assertThatThrownBy(() -> new ScaleItem(null, "eating", "进食", List.of(0))).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new CareTariff(CareType.HOME, null, null, BigDecimal.TEN))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Entitlement(null, 18)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void tariffsForCareOtherThanSpecialisedIgnoreTheHospitalLevel() {
        CareTariffs care = ReferenceRuleSets.sd2025().care();

        assertThat(care.tariffFor(CareType.RESIDENTIAL, 3)).get().extracting(CareTariff::dailyLimit)
                .isEqualTo(new BigDecimal("60.00"));
        assertThat(care.tariffFor(CareType.SPECIALIZED, null)).isEmpty();
        assertThat(care.tariffFor(CareType.VISITING, null)).isEmpty();
        assertThat(care.offers(CareType.VISITING)).isFalse();
    }

    @ParameterizedTest(name = "{0} is whole fen: {1}")
    @CsvSource({"80,true", "80.5,true", "80.50,true", "80.500,true", "80.005,false", "-0.01,true"})
    void wholeFen(BigDecimal amount, boolean wholeFen) {
        assertThat(Yuan.isWholeFen(amount)).isEqualTo(wholeFen);
    }

    @ParameterizedTest(name = "{0} rounds to {1}")
    @CsvSource({"37.545,37.55", "37.544,37.54", "37.535,37.54", "-0.005,-0.01"})
    void roundsHalfUp(BigDecimal amount, String rounded) {
        assertThat(Yuan.round(amount).toPlainString()).isEqualTo(rounded);
    }

    @Test
    void adlTotalsMoveInStepsOfFiveAndCognitionInSingleSteps() {
        AssessmentScale scale = ReferenceRuleSets.sd2025().scale();
        AchievableTotals adl = AchievableTotals.of(scale.itemsOf(Dimension.ADL));
        AchievableTotals cognition = AchievableTotals.of(scale.itemsOf(Dimension.COGNITION));

        assertThat(adl.firstWithin(96, 99)).isEmpty();
        assertThat(adl.firstWithin(91, 99)).hasValue(95);
        assertThat(adl.lastWithin(41, 64)).hasValue(60);
        assertThat(adl.firstWithin(-20, -1)).isEmpty();
        assertThat(adl.firstWithin(101, 200)).isEmpty();
        assertThat(cognition.firstWithin(2, 3)).hasValue(2);
        assertThat(cognition.lastWithin(-5, 3)).hasValue(3);
    }

    @Test
    void aHugeScaleIsTreatedAsReachingEveryTotal() {
        AchievableTotals totals = AchievableTotals.of(List.of(
                new ScaleItem(Dimension.ADL, "x", "x", List.of(Integer.MAX_VALUE, 0)),
                new ScaleItem(Dimension.ADL, "y", "y", List.of(Integer.MAX_VALUE, 0))));

        assertThat(totals.firstWithin(-3, 7)).hasValue(0);
        assertThat(totals.lastWithin(-3, 7)).hasValue(7);
        assertThat(totals.firstWithin(8, 7)).isEmpty();
    }

    @Test
    void entitledGradesKeepAscendingOrder() {
        assertThat(new Entitlement(Set.of(5, 2, 4), 18).entitledGrades()).containsExactly(2, 4, 5);
    }
}
