package org.ltcare.institution.contracting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ltcare.institution.evaluation.ScoreSheet;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.security.OrganisationKind;
import org.ltcare.shared.security.Role;

class ContractingActionsTest {

    private static final long HOME = 7;
    private final Actor ownAdmin = new Actor("nhadmin", HOME, OrganisationKind.CARE_INSTITUTION,
            Set.of(Role.INSTITUTION_ADMIN));
    private final Actor otherAdmin = new Actor("hcadmin", 8, OrganisationKind.CARE_INSTITUTION,
            Set.of(Role.INSTITUTION_ADMIN));
    private final Actor reviewer = new Actor("reviewer", 2, OrganisationKind.AGENCY, Set.of(Role.AGENCY_REVIEWER));
    private final Actor approver = new Actor("approver", 1, OrganisationKind.BUREAU, Set.of(Role.BUREAU_APPROVER));

    @Test
    void theInstitutionsOwnAdministratorOrTheAgencysReviewerApplies() {
        assertThat(ContractingActions.allowed(ownAdmin, HOME, null, false)).containsExactly(ContractingAction.APPLY);
        assertThat(ContractingActions.allowed(reviewer, HOME, null, false)).containsExactly(ContractingAction.APPLY);
        assertThat(ContractingActions.allowed(otherAdmin, HOME, null, false)).isEmpty();
        assertThat(ContractingActions.allowed(approver, HOME, null, false)).isEmpty();
    }

    @Test
    void eachStepIsOpenToItsRoleOnlyInItsState() {
        ContractingApplication application = handedIn(ContractingKind.NEW);
        assertThat(ContractingActions.allowed(reviewer, HOME, application, false))
                .containsExactly(ContractingAction.REVIEW);
        assertThat(ContractingActions.allowed(ownAdmin, HOME, application, false)).isEmpty();

        application.returnForCorrection(Set.of(ChecklistItem.values()[0]), "缺少材料", LocalDate.of(2026, 12, 20));
        assertThat(ContractingActions.allowed(ownAdmin, HOME, application, false))
                .containsExactly(ContractingAction.RESUBMIT);
        assertThat(ContractingActions.allowed(otherAdmin, HOME, application, false)).isEmpty();
        assertThat(ContractingActions.allowed(reviewer, HOME, application, false))
                .containsExactly(ContractingAction.RESUBMIT);

        application.corrected(List.of());
        application.documentsComplete();
        assertThat(ContractingActions.allowed(reviewer, HOME, application, false))
                .containsExactly(ContractingAction.EVALUATE);
        assertThat(ContractingActions.allowed(approver, HOME, application, false)).isEmpty();

        application.evaluated(ContractingApplication.EvaluationManner.EXPERT, new ScoreSheet(java.util.Map.of()), true, null,
                "reviewer", Instant.parse("2026-12-02T02:00:00Z"), LocalDate.of(2026, 12, 3), LocalDate.of(2026, 12, 9));
        assertThat(ContractingActions.allowed(approver, HOME, application, true)).as("during the notice").isEmpty();
        assertThat(ContractingActions.allowed(approver, HOME, application, false))
                .containsExactly(ContractingAction.SIGN);
        assertThat(ContractingActions.allowed(reviewer, HOME, application, false)).isEmpty();
    }

    @Test
    void aRenewalIsDecidedByTheApproverAtOnce() {
        ContractingApplication renewal = handedIn(ContractingKind.RENEWAL);
        assertThat(ContractingActions.allowed(approver, HOME, renewal, false)).containsExactly(ContractingAction.SIGN);
        assertThat(ContractingActions.allowed(reviewer, HOME, renewal, false)).isEmpty();
    }

    private static ContractingApplication handedIn(ContractingKind kind) {
        return new ContractingApplication("HT-1", HOME, kind, List.of(), "SD-2025", null, "nhadmin",
                Instant.parse("2026-12-01T02:00:00Z"));
    }
}
