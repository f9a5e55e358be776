package org.ltcare.institution.evaluation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ltcare.institution.InstitutionService;
import org.ltcare.shared.audit.AuditLog;
import org.ltcare.shared.security.AccessDeniedException;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.security.Role;
import org.ltcare.shared.time.ClockProducer;

/**
 * Annual evaluations of contracted institutions (rules.md §4): the agency's reviewer or the bureau's approver
 * scores an institution once a year on the score sheet; evaluating the same year again revises the scores. The
 * institution reads its own. Annual clearing reads the score for the quality deposit through {@link #scoreFor}.
 */
@Stateless
public class AnnualEvaluationService {

    @Inject
    private AnnualEvaluationRepository evaluations;

    @Inject
    private InstitutionService institutions;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    /** The agency's reviewers and the bureau's approvers record an institution's annual evaluation. */
    public boolean mayRecord(Actor actor) {
        return actor.hasAny(Role.AGENCY_REVIEWER, Role.BUREAU_APPROVER);
    }

    public AnnualEvaluation record(Actor actor, long institutionId, int year, ScoreSheet sheet, String remarks) {
        if (!mayRecord(actor)) {
            throw new AccessDeniedException("evaluation.record");
        }
        institutions.find(actor, institutionId);
        AnnualEvaluationForm form = new AnnualEvaluationForm(year, sheet, remarks)
                .check(LocalDate.ofInstant(clock.instant(), ClockProducer.ZONE));
        Optional<AnnualEvaluation> earlier = evaluations.find(institutionId, year);
        if (earlier.isPresent()) {
            AnnualEvaluation evaluation = earlier.get();
            Map<String, Object> before = evaluation.auditState();
            evaluation.revise(form, actor.username(), clock.instant());
            audit.record(actor, "REVISE_EVALUATION", before, evaluation);
            return evaluation;
        }
        AnnualEvaluation evaluation = new AnnualEvaluation(institutionId, form, actor.username(), clock.instant());
        evaluations.save(evaluation);
        audit.record(actor, "RECORD_EVALUATION", null, evaluation);
        return evaluation;
    }

    /** The institution's evaluations, newest year first, for the institution itself and bureau staff. */
    public List<AnnualEvaluation> of(Actor actor, long institutionId) {
        institutions.find(actor, institutionId);
        return evaluations.of(institutionId);
    }

    /**
     * The year's score, if the institution was evaluated: what annual clearing reads for the quality deposit. It
     * takes no actor because clearing runs as a bureau job, not for a user; screens go through {@link #of}.
     */
    public Optional<Integer> scoreFor(long institutionId, int year) {
        return evaluations.find(institutionId, year).map(AnnualEvaluation::getScore);
    }
}
