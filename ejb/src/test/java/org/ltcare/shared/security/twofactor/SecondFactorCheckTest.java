package org.ltcare.shared.security.twofactor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ltcare.shared.security.Organisation;
import org.ltcare.shared.security.OrganisationKind;
import org.ltcare.shared.security.Role;
import org.ltcare.shared.security.UserAccount;

class SecondFactorCheckTest {

    private static final Instant NOW = Instant.parse("2026-12-06T02:00:10Z");
    private static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    private static UserAccount enrolled(List<String> recoveryCodes) {
        UserAccount account = new UserAccount("reviewer", "经办审核", "hash",
                new Organisation("AGENCY", "经办中心", OrganisationKind.AGENCY, "370200"),
                Set.of(Role.AGENCY_REVIEWER), NOW);
        account.enrolSecondFactor(SECRET, recoveryCodes.stream().map(RecoveryCodes::hash).toList(), NOW);
        return account;
    }

    @Test
    void aCodeIsAcceptedOnceAndNoOlderOneAfterIt() {
        UserAccount account = enrolled(List.of());
        long step = Totp.stepAt(NOW);
        String current = Totp.codeAt(SECRET, step);

        assertThat(SecondFactorCheck.check(account, current, NOW)).isEqualTo(SecondFactorCheck.Match.TOTP);
        assertThat(SecondFactorCheck.check(account, current, NOW)).isEqualTo(SecondFactorCheck.Match.NONE);
        assertThat(SecondFactorCheck.check(account, Totp.codeAt(SECRET, step - 1), NOW))
                .isEqualTo(SecondFactorCheck.Match.NONE);
        assertThat(SecondFactorCheck.check(account, Totp.codeAt(SECRET, step + 1), NOW))
                .isEqualTo(SecondFactorCheck.Match.TOTP);
    }

    @Test
    void aRecoveryCodeWorksOnceWhateverItsCaseAndSpacing() {
        List<String> codes = RecoveryCodes.generate();
        assertThat(codes).hasSize(10).doesNotHaveDuplicates();
        UserAccount account = enrolled(codes);
        String typed = " " + codes.get(3).toUpperCase().replace("-", " ") + " ";

        assertThat(SecondFactorCheck.check(account, typed, NOW)).isEqualTo(SecondFactorCheck.Match.RECOVERY_CODE);
        assertThat(account.getUnusedRecoveryCodes()).isEqualTo(9);
        assertThat(SecondFactorCheck.check(account, codes.get(3), NOW)).isEqualTo(SecondFactorCheck.Match.NONE);
        assertThat(SecondFactorCheck.totp(account, codes.get(4), NOW)).as("renewal takes the phone's code only")
                .isFalse();
    }

    @Test
    void afterAResetNothingOpensAndTheRolesSayWhetherItIsRequired() {
        UserAccount account = enrolled(RecoveryCodes.generate());
        assertThat(account.requiresSecondFactor()).isTrue();
        account.resetSecondFactor();

        assertThat(account.isSecondFactorEnrolled()).isFalse();
        assertThat(account.getUnusedRecoveryCodes()).isZero();
        assertThat(SecondFactorCheck.check(account, Totp.codeAt(SECRET, Totp.stepAt(NOW)), NOW))
                .isEqualTo(SecondFactorCheck.Match.NONE);
        assertThat(Role.INSTITUTION_STAFF.requiresSecondFactor()).isFalse();
        assertThat(Role.INSTITUTION_ADMIN.requiresSecondFactor()).isTrue();
        assertThat(Role.SECURITY_ADMIN.requiresSecondFactor()).isTrue();
        assertThat(Role.ASSESSOR.requiresSecondFactor()).isFalse();
    }
}
