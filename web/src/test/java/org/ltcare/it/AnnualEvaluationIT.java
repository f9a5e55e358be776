package org.ltcare.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ltcare.institution.CareInstitution;
import org.ltcare.institution.InstitutionKind;
import org.ltcare.institution.evaluation.AnnualEvaluation;
import org.ltcare.institution.evaluation.AnnualEvaluationService;
import org.ltcare.institution.evaluation.EvaluationItem;
import org.ltcare.institution.evaluation.ScoreSheet;
import org.ltcare.shared.NotFoundException;
import org.ltcare.shared.ValidationException;
import org.ltcare.shared.audit.AuditEntry;
import org.ltcare.shared.audit.AuditLog;
import org.ltcare.shared.security.AccessDeniedException;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.security.OrganisationKind;
import org.ltcare.shared.security.Role;
import org.ltcare.shared.security.UserAccountRepository;
import org.ltcare.shared.time.ClockProducer;

/**
 * Annual evaluations in the deployed application, each test on an institution of its own: recorded once a year and
 * revised with an audit trail, bad input refused with nothing stored, read by the institution itself only.
 */
class AnnualEvaluationIT extends IntegrationTest {

    @Inject
    AnnualEvaluationService evaluations;

    @Inject
    Institutions fixtures;

    @Inject
    AuditLog audit;

    @Inject
    UserAccountRepository accounts;

    private Actor actor(String username) {
        return accounts.findByUsername(username).orElseThrow().toActor();
    }

    private static int lastYear() {
        return LocalDate.now(ClockProducer.ZONE).getYear() - 1;
    }

    private static ScoreSheet sheet(int facilities, int staffing, int management, int careQuality, int systems) {
        return new ScoreSheet(Map.of(EvaluationItem.FACILITIES, facilities, EvaluationItem.STAFFING, staffing,
                EvaluationItem.MANAGEMENT, management, EvaluationItem.CARE_QUALITY, careQuality,
                EvaluationItem.INFORMATION_SYSTEMS, systems));
    }

    private static List<String> problems(ValidationException e) {
        return e.errors().stream().map(error -> error.field() + ":" + error.messageKey()).toList();
    }

    @Test
    void evaluatingTheSameYearAgainRevisesItsScoresWithBeforeAndAfterInTheAuditTrail() {
        CareInstitution home = fixtures.aNew(InstitutionKind.NURSING_HOME, null);
        int year = lastYear();

        AnnualEvaluation first = evaluations.record(actor("reviewer"), home.getId(), year, sheet(18, 15, 16, 20, 9),
                "  设施完善，护理记录偶有缺项  ");
        assertEquals(78, first.getScore());
        assertEquals("设施完善，护理记录偶有缺项", first.getRemarks(), "trimmed");

        AnnualEvaluation revised = evaluations.record(actor("approver"), home.getId(), year, sheet(18, 15, 16, 22, 9),
                "复核后服务质量加 2 分");

        assertEquals(first.getId(), revised.getId(), "one evaluation per institution and year");
        assertEquals(80, revised.getScore());
        assertEquals("approver", revised.getEvaluated().getBy());
        assertEquals(22, revised.getSheet().points().get(EvaluationItem.CARE_QUALITY));
        assertEquals(1, evaluations.of(actor("reviewer"), home.getId()).size());
        assertEquals(Optional.of(80), evaluations.scoreFor(home.getId(), year), "what annual clearing reads");
        assertEquals(Optional.empty(), evaluations.scoreFor(home.getId(), year - 1), "a year not evaluated");

        List<AuditEntry> trail = audit.history("AnnualEvaluation", String.valueOf(first.getId()));
        assertEquals(List.of("RECORD_EVALUATION", "REVISE_EVALUATION"),
                trail.stream().map(AuditEntry::getAction).toList());
        AuditEntry revision = trail.get(1);
        assertEquals("approver", revision.getActorUsername());
        assertTrue(revision.getBeforeState().contains("\"score\":\"78\""), revision.getBeforeState());
        assertTrue(revision.getAfterState().contains("\"score\":\"80\""), revision.getAfterState());
    }

    @Test
    void aFutureYearOrAnItemOverItsMaximumIsRefusedAndNothingIsStored() {
        CareInstitution home = fixtures.aNew(InstitutionKind.NURSING_HOME, null);
        Actor reviewer = actor("reviewer");
        int year = lastYear();

        ValidationException future = assertThrows(ValidationException.class, () -> evaluations.record(reviewer,
                home.getId(), year + 2, sheet(18, 15, 16, 20, 9), null));
        assertEquals(List.of("year:evaluation.year.future"), problems(future));
        ValidationException overMaximum = assertThrows(ValidationException.class, () -> evaluations.record(reviewer,
                home.getId(), year, sheet(21, 15, 16, 20, 9), null));
        assertEquals(List.of("score.FACILITIES:evaluation.score.outOfRange"), problems(overMaximum));
        assertEquals(List.of("21", "20"), overMaximum.errors().get(0).arguments());
        assertTrue(evaluations.of(reviewer, home.getId()).isEmpty(), "nothing stored");
        assertEquals(Optional.empty(), evaluations.scoreFor(home.getId(), year));

        evaluations.record(reviewer, home.getId(), year, sheet(18, 15, 16, 20, 9), null);
        assertThrows(ValidationException.class, () -> evaluations.record(reviewer, home.getId(), year,
                sheet(18, 15, 16, 26, 9), null));
        assertEquals(Optional.of(78), evaluations.scoreFor(home.getId(), year), "a refused revision changes nothing");
    }

    @Test
    void anInstitutionReadsItsOwnEvaluationsNewestFirstAndScoresNone() {
        CareInstitution home = fixtures.aNew(InstitutionKind.NURSING_HOME, null);
        Actor reviewer = actor("reviewer");
        int year = lastYear();
        evaluations.record(reviewer, home.getId(), year - 1, sheet(15, 15, 15, 20, 10), null);
        evaluations.record(reviewer, home.getId(), year, sheet(18, 15, 16, 20, 9), null);

        Actor ownStaff = new Actor("it-staff", home.getId(), OrganisationKind.CARE_INSTITUTION,
                EnumSet.of(Role.INSTITUTION_STAFF));
        assertEquals(List.of(year, year - 1),
                evaluations.of(ownStaff, home.getId()).stream().map(AnnualEvaluation::getYear).toList());
        assertThrows(NotFoundException.class, () -> evaluations.of(actor("nurse"), home.getId()),
                "another institution does not see them");
        assertThrows(AccessDeniedException.class, () -> evaluations.record(ownStaff, home.getId(), year,
                sheet(20, 20, 20, 25, 15), null), "an institution does not score itself");
    }
}
