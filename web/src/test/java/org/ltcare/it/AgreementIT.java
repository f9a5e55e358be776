package org.ltcare.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ltcare.institution.AgreedCareType;
import org.ltcare.institution.AgreementService;
import org.ltcare.institution.AgreementTerms;
import org.ltcare.institution.CareInstitution;
import org.ltcare.institution.InstitutionKind;
import org.ltcare.institution.Sanction;
import org.ltcare.institution.SanctionForm;
import org.ltcare.institution.SanctionKind;
import org.ltcare.institution.SanctionService;
import org.ltcare.institution.ServiceAgreement;
import org.ltcare.policy.rules.CareType;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.NotFoundException;
import org.ltcare.shared.ValidationException;
import org.ltcare.shared.security.AccessDeniedException;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.security.OrganisationKind;
import org.ltcare.shared.security.Role;
import org.ltcare.shared.security.UserAccountRepository;

/**
 * Service agreements in the deployed application, each test on an institution of its own in the demo region
 * (rule set SD-2025: 专护 from hospital level 2): who may be contracted for what, one agreement at a time, scope.
 */
class AgreementIT extends IntegrationTest {

    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate UNTIL = LocalDate.of(2028, 12, 31);

    @Inject
    AgreementService agreements;

    @Inject
    Institutions fixtures;

    @Inject
    SanctionService sanctions;

    @Inject
    UserAccountRepository accounts;

    private Actor actor(String username) {
        return accounts.findByUsername(username).orElseThrow().toActor();
    }

    private CareInstitution newInstitution(InstitutionKind kind, Integer level) {
        return fixtures.aNew(kind, level);
    }

    @Test
    void sanctionsStopAdmissionsWhileInForceAndATerminationEndsTheAgreement() {
        CareInstitution home = newInstitution(InstitutionKind.NURSING_HOME, null);
        Actor approver = actor("approver");
        agreements.sign(approver, home.getId(), terms(CareType.RESIDENTIAL, 10, "60.00"));
        LocalDate day = LocalDate.of(2027, 3, 1);

        assertThrows(AccessDeniedException.class, () -> sanctions.issue(actor("reviewer"), home.getId(),
                new SanctionForm(SanctionKind.WARNING_TALK, "投诉", "青医保约〔2027〕1号", day, null)));
        ValidationException noDeadline = assertThrows(ValidationException.class, () -> sanctions.issue(approver,
                home.getId(), new SanctionForm(SanctionKind.RECTIFICATION, "护理记录不全", "青医保改〔2027〕2号", day, null)));
        assertEquals("sanction.deadlineRequired", noDeadline.errors().get(0).messageKey());

        Sanction suspension = sanctions.issue(approver, home.getId(), new SanctionForm(SanctionKind.SUSPEND_ADMISSIONS,
                "超床位收住", "青医保停〔2027〕3号", day, null));
        assertTrue(sanctions.stopsAdmissions(home.getId(), day));
        assertTrue(!sanctions.stopsAdmissions(home.getId(), day.minusDays(1)), "not before it takes effect");
        assertTrue(!sanctions.stopsSettlement(home.getId(), day), "admissions only");
        sanctions.lift(approver, suspension.getId(), "已整改");
        assertTrue(!sanctions.stopsAdmissions(home.getId(), day));

        Sanction termination = sanctions.issue(approver, home.getId(), new SanctionForm(SanctionKind.TERMINATION,
                "骗取基金", "青医保解〔2027〕4号", day, null));
        assertTrue(agreements.inForce(home.getId(), day.minusDays(1)).isPresent(), "in force until the day before");
        assertTrue(agreements.inForce(home.getId(), day).isEmpty(), "ended from the termination's first day");
        assertTrue(sanctions.stopsAdmissions(home.getId(), day));
        BusinessException finalOne = assertThrows(BusinessException.class,
                () -> sanctions.lift(approver, termination.getId(), "撤销"));
        assertEquals("sanction.terminationFinal", finalOne.messageKey());

        Actor ownStaff = new Actor("it-staff", home.getId(), OrganisationKind.CARE_INSTITUTION,
                EnumSet.of(Role.INSTITUTION_STAFF));
        assertEquals(2, sanctions.of(ownStaff, home.getId()).size(), "the institution sees its sanctions");
    }

    private static AgreementTerms terms(CareType type, int places, String charge) {
        return new AgreementTerms(List.of(new AgreedCareType(type, places, new BigDecimal(charge))), FROM, UNTIL);
    }

    /** Decision D6. */
    @Test
    void aLevelOneHospitalIsRefusedSpecialisedCareAndMayBeContractedForResidentialCare() {
        CareInstitution levelOne = newInstitution(InstitutionKind.HOSPITAL, 1);
        Actor approver = actor("approver");

        ValidationException refused = assertThrows(ValidationException.class,
                () -> agreements.sign(approver, levelOne.getId(), terms(CareType.SPECIALIZED, 10, "150.00")));
        assertEquals("agreement.specialized.levelTooLow", refused.errors().get(0).messageKey());
        assertTrue(agreements.of(approver, levelOne.getId()).isEmpty(), "nothing stored");

        ServiceAgreement signed = agreements.sign(approver, levelOne.getId(), terms(CareType.RESIDENTIAL, 10, "80"));

        assertEquals("SD-2025", signed.getRuleSetCode());
        assertEquals(new BigDecimal("80.00"), signed.lineFor(CareType.RESIDENTIAL).orElseThrow().getDailyCharge());
        assertEquals(signed.getId(), agreements.inForce(levelOne.getId(), LocalDate.of(2027, 6, 1)).orElseThrow().getId());
        assertTrue(agreements.inForce(levelOne.getId(), UNTIL.plusDays(1)).isEmpty(), "not after it ends");
    }

    @Test
    void oneAgreementAtATimeSignedOnlyByTheApproverAndReadByTheInstitution() {
        CareInstitution home = newInstitution(InstitutionKind.NURSING_HOME, null);
        Actor approver = actor("approver");
        assertThrows(AccessDeniedException.class,
                () -> agreements.sign(actor("reviewer"), home.getId(), terms(CareType.RESIDENTIAL, 10, "60.00")));
        agreements.sign(approver, home.getId(), terms(CareType.RESIDENTIAL, 10, "60.00"));

        BusinessException overlap = assertThrows(BusinessException.class, () -> agreements.sign(approver, home.getId(),
                new AgreementTerms(List.of(new AgreedCareType(CareType.HOME, 5, new BigDecimal("45.00"))), UNTIL,
                        UNTIL.plusYears(3))));
        assertEquals("agreement.overlap", overlap.messageKey());

        Actor ownStaff = new Actor("it-staff", home.getId(), OrganisationKind.CARE_INSTITUTION,
                EnumSet.of(Role.INSTITUTION_STAFF));
        assertEquals(1, agreements.of(ownStaff, home.getId()).size());
        assertThrows(NotFoundException.class, () -> agreements.of(actor("nurse"), home.getId()),
                "another institution does not see it");
    }
}
