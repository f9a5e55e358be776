package org.ltcare.shared.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UserAccountTest {

    private static final Instant NOW = Instant.parse("2026-03-02T01:00:00Z");

    private static UserAccount account() {
        Organisation agency = new Organisation("AGENCY", "经办中心", OrganisationKind.AGENCY, "370200");
        return new UserAccount("reviewer", "经办审核", "hash", agency, Set.of(Role.AGENCY_REVIEWER), NOW);
    }

    @Test
    void fourWrongPasswordsDoNotLockTheFifthDoesForFifteenMinutes() {
        UserAccount account = account();
        for (int i = 0; i < 4; i++) {
            account.recordFailedLogin(NOW);
        }
        assertThat(account.isLockedAt(NOW)).isFalse();

        account.recordFailedLogin(NOW);

        assertThat(account.isLockedAt(NOW)).isTrue();
        assertThat(account.isLockedAt(NOW.plus(Duration.ofMinutes(15)).minusSeconds(1))).isTrue();
        assertThat(account.isLockedAt(NOW.plus(Duration.ofMinutes(15)))).isFalse();
    }

    @Test
    void aSuccessfulLoginResetsTheCount() {
        UserAccount account = account();
        for (int i = 0; i < 4; i++) {
            account.recordFailedLogin(NOW);
        }
        account.recordSuccessfulLogin();
        account.recordFailedLogin(NOW);

        assertThat(account.isLockedAt(NOW)).isFalse();
    }

    @Test
    void aUserNeedsARole() {
        Organisation agency = new Organisation("AGENCY", "经办中心", OrganisationKind.AGENCY, "370200");
        assertThatThrownBy(() -> new UserAccount("x", "x", "h", agency, Set.of(), NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void institutionUsersAreScopedAndOnlyBureauRolesSeeFullIdNumbers() {
        Actor nurse = new Actor("nurse", 7, OrganisationKind.CARE_INSTITUTION, Set.of(Role.INSTITUTION_STAFF));
        Actor reviewer = new Actor("reviewer", 2, OrganisationKind.AGENCY, Set.of(Role.AGENCY_REVIEWER));

        assertThat(nurse.isInstitutionScoped()).isTrue();
        assertThat(nurse.maySeeFullIdNumbers()).isFalse();
        assertThat(reviewer.isInstitutionScoped()).isFalse();
        assertThat(reviewer.maySeeFullIdNumbers()).isTrue();
    }
}
