package org.ltcare.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ltcare.assessment.scale.GradeCalculator;
import org.ltcare.assessment.scale.GradeResult;
import org.ltcare.insured.IdNumber;
import org.ltcare.insured.InsuranceType;
import org.ltcare.insured.InsuredPerson;
import org.ltcare.policy.rules.ReferenceRuleSets;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.calendar.DeadlineExplanation;

class AssessmentTest {

    private static final Instant NOW = Instant.parse("2026-03-02T01:00:00Z");
    /** Ten working days from Monday 2 March 2026: two weekends passed over. */
    private static final DeadlineExplanation DUE = new DeadlineExplanation(LocalDate.of(2026, 3, 2), 10,
            LocalDate.of(2026, 3, 16), List.of(), List.of(), 4, List.of(2026));
    private static final OnSiteVisit VISIT = new OnSiteVisit(LocalDate.of(2026, 3, 5), LocalTime.of(9, 30),
            "李沧区福寿路3号", "卧床");
    private static final Map<String, Map<String, Integer>> SCORES = Map.of(
            "adl", Map.of("eating", 5, "dressing", 0, "hygiene", 0, "bowel", 5, "bladder", 5, "toilet", 0,
                    "walking", 0, "transfer", 5, "stairs", 0, "bathing", 0),
            "cognition", Map.of("time", 4, "person", 4, "place", 4, "memory", 4),
            "perception", Map.of("vision", 4, "hearing", 4, "communication", 4));

    private final Assessment round = new Assessment(application(), 1, AssessmentPurpose.INITIAL, null, 3);

    @Test
    void dispatchNeedsTwoDifferentAssessorsAndAManualOneAReason() {
        assertThatThrownBy(() -> round.dispatch(Assessors.withId(1), Assessors.withId(1), DispatchManner.RANDOM,
                null, "reviewer", NOW, DUE)).isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> round.dispatch(Assessors.withId(1), Assessors.withId(2), DispatchManner.MANUAL,
                " ", "supervisor", NOW, DUE)).isInstanceOf(BusinessException.class);
        assertThat(round.getStatus()).isEqualTo(AssessmentStatus.AWAITING_ASSESSORS);

        round.dispatch(Assessors.withId(1), Assessors.withId(2), DispatchManner.MANUAL, "仅两名无关联评估员",
                "supervisor", NOW, DUE);

        assertThat(round.getStatus()).isEqualTo(AssessmentStatus.DISPATCHED);
        assertThat(round.isAssigned(2)).isTrue();
        assertThat(round.isAssigned(3)).isFalse();
        assertThat(round.getManualReason()).isEqualTo("仅两名无关联评估员");
        assertThat(round.getDueOn()).isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(round.getDueBasis()).as("kept with how it was counted").isEqualTo(DUE);
    }

    @Test
    void theOneWhoEnteredCannotConfirm() {
        dispatched();
        round.enter(SCORES, VISIT, graded(), 77, "SD-2025", "assessor1", NOW);

        assertThatThrownBy(() -> round.confirm("assessor1", NOW)).isInstanceOf(BusinessException.class);
        round.confirm("assessor2", NOW);

        assertThat(round.getStatus()).isEqualTo(AssessmentStatus.CONFIRMED);
        assertThat(round.getGrade()).isEqualTo(3);
        assertThat(round.itemScores()).isEqualTo(SCORES);
    }

    @Test
    void reviewSendsBackOrApprovesOnlyAConfirmedRound() {
        dispatched();
        assertThatThrownBy(() -> round.approve("supervisor", NOW)).isInstanceOf(BusinessException.class);
        round.enter(SCORES, VISIT, graded(), 77, "SD-2025", "assessor1", NOW);
        round.confirm("assessor2", NOW);

        round.sendBack("supervisor", NOW, "平地行走得分与照片不符");

        assertThat(round.getStatus()).isEqualTo(AssessmentStatus.DISPATCHED);
        assertThat(round.getReturnReason()).isEqualTo("平地行走得分与照片不符");
        assertThat(round.itemScores()).as("kept as the draft").isEqualTo(SCORES);
    }

    @Test
    void aDraftIsKeptOnlyWhileDispatched() {
        dispatched();
        round.saveDraft(Map.of("adl", Map.of("eating", 10)), new OnSiteVisit(null, null, null, null));
        assertThat(round.itemScores()).isEqualTo(Map.of("adl", Map.of("eating", 10)));

        round.enter(SCORES, VISIT, graded(), 77, "SD-2025", "assessor1", NOW);
        assertThatThrownBy(() -> round.saveDraft(SCORES, VISIT)).isInstanceOf(BusinessException.class);
    }

    @Test
    void onlyAReassessmentCarriesAFee() {
        assertThatThrownBy(() -> round.chargeFee(FeePayer.APPLICANT, java.math.BigDecimal.TEN))
                .isInstanceOf(IllegalStateException.class);
    }

    private void dispatched() {
        round.dispatch(Assessors.withId(1), Assessors.withId(2), DispatchManner.RANDOM, null, "reviewer", NOW, DUE);
    }

    private static GradeResult graded() {
        return GradeCalculator.compute(ReferenceRuleSets.sd2025().scale(), SCORES);
    }

    private static AssessmentApplication application() {
        InsuredPerson person = new InsuredPerson(IdNumber.parse("11010519491231002X"), "王秀英",
                InsuranceType.RESIDENT, "370200", LocalDate.of(2020, 1, 1), null, null, NOW);
        NewApplication form = new NewApplication("11010519491231002X", ApplicantRole.SELF, "王秀英", null,
                "13800001111", ResidenceKind.HOME, "地址", null, List.of(NewMaterial.seenOnPaper(MaterialKind.ID_DOCUMENT)));
        return new AssessmentApplication(person, form, "reviewer", 2, NOW);
    }
}
