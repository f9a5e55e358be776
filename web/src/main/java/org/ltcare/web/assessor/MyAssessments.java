package org.ltcare.web.assessor;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.ltcare.assessment.Assessment;
import org.ltcare.assessment.AssessmentApplication;
import org.ltcare.assessment.AssessmentStatus;
import org.ltcare.assessment.OnSiteAssessmentService;
import org.ltcare.assessment.ResidenceKind;
import org.ltcare.institution.InstitutionService;
import org.ltcare.shared.security.Actor;
import org.ltcare.web.assessment.IdDisplay;

/**
 * 我的评估: the rounds the assessor is dispatched to and that are not yet approved, the earliest due first, each
 * with the step it waits for (to enter, to confirm, the partner's confirmation, the review). Overdue ones are
 * marked on the page.
 */
@Named
@ViewScoped
public class MyAssessments implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OnSiteAssessmentService onSite;

    @Inject
    private InstitutionService institutions;

    @Inject
    private Actor actor;

    @Inject
    private Clock clock;

    private List<AssessmentRow> rows = List.of();

    public void load() {
        LocalDate today = LocalDate.now(clock);
        rows = onSite.mine(actor).stream().map(round -> rowOf(round, today)).toList();
    }

    private AssessmentRow rowOf(Assessment round, LocalDate today) {
        AssessmentApplication application = round.getApplication();
        String step = stepOf(round);
        boolean overdue = round.getDueOn() != null && round.getDueOn().isBefore(today)
                && round.getStatus() != AssessmentStatus.CONFIRMED;
        int me = onSite.indexOf(actor, round);
        String partner = me < 0 ? "" : round.assessors().get(1 - me).getName();
        return new AssessmentRow(application.getId(), application.getInsured().getName(),
                IdDisplay.of(actor, application.getInsured().getIdNumber()), placeOf(application), round.getRound(),
                step, round.getDueOn(), overdue, partner);
    }

    private String stepOf(Assessment round) {
        return switch (round.getStatus()) {
            case DISPATCHED -> "assessment.step.enter";
            case ENTERED -> round.isEnteredBy(actor.username()) ? "assessment.step.partnerConfirms"
                    : "assessment.step.confirm";
            case CONFIRMED -> "assessment.step.review";
            default -> "assessment.status." + round.getStatus().name();
        };
    }

    private String placeOf(AssessmentApplication application) {
        if (application.getResidenceKind() == ResidenceKind.HOME) {
            return application.getResidenceAddress();
        }
        return application.getCurrentInstitutionId() == null ? ""
                : institutions.publicName(application.getCurrentInstitutionId());
    }

    public List<AssessmentRow> getRows() {
        return rows;
    }
}
