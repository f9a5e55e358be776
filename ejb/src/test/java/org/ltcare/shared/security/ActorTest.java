package org.ltcare.shared.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** A bureau role counts only for a user bound to no institution: what pages offer and services accept alike. */
class ActorTest {

    @Test
    void aBureauRoleHeldOutsideAnInstitutionIsTheBureaus() {
        Actor officer = new Actor("reviewer", 2, OrganisationKind.AGENCY, Set.of(Role.AGENCY_REVIEWER));
        assertThat(officer.isBureau(Role.AGENCY_REVIEWER)).isTrue();
        assertThat(officer.isBureau(Role.BUREAU_APPROVER)).isFalse();
        officer.requireBureau(Role.AGENCY_REVIEWER, "payout.run");
        assertThatThrownBy(() -> officer.requireBureau(Role.BUREAU_APPROVER, "clearing.approve"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anInstitutionsUserIsNeverTheBureauWhateverItsRoles() {
        Actor odd = new Actor("nh-odd", 7, OrganisationKind.CARE_INSTITUTION,
                Set.of(Role.INSTITUTION_ADMIN, Role.AGENCY_REVIEWER));
        assertThat(odd.isBureau(Role.AGENCY_REVIEWER)).isFalse();
        assertThatThrownBy(() -> odd.requireBureau(Role.AGENCY_REVIEWER, "payout.run"))
                .isInstanceOf(AccessDeniedException.class);
    }
}
