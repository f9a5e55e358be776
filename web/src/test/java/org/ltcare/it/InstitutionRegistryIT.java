package org.ltcare.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ltcare.institution.CareInstitution;
import org.ltcare.institution.InstitutionKind;
import org.ltcare.institution.InstitutionProfile;
import org.ltcare.institution.InstitutionService;
import org.ltcare.institution.LicenceForm;
import org.ltcare.institution.LicenceKind;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.NotFoundException;
import org.ltcare.shared.ValidationException;
import org.ltcare.shared.security.AccessDeniedException;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.security.UserAccountRepository;
import org.ltcare.shared.time.ClockProducer;

/** The institution registry in the deployed application: scope, validation of profiles and licences, audit. */
class InstitutionRegistryIT extends IntegrationTest {

    @Inject
    InstitutionService institutions;

    @Inject
    UserAccountRepository accounts;

    @Inject
    Institutions fixtures;

    private Actor actor(String username) {
        return accounts.findByUsername(username).orElseThrow().toActor();
    }

    @Test
    void anInstitutionSeesOnlyItsOwnRecord() {
        Actor nurse = actor("nurse");
        List<CareInstitution> visible = institutions.list(nurse);

        assertEquals(List.of(nurse.organisationId()), visible.stream().map(CareInstitution::getId).toList());
        long other = institutions.list(actor("reviewer")).stream().map(CareInstitution::getId)
                .filter(id -> id != nurse.organisationId()).findFirst().orElseThrow();
        assertThrows(NotFoundException.class, () -> institutions.find(nurse, other));
        assertTrue(institutions.list(actor("reviewer")).size() >= 8, "the agency sees every institution");
        assertTrue(institutions.find(nurse, nurse.organisationId()).getCreditCode() != null,
                "the demo institutions carry a credit code");
    }

    @Test
    void aBadProfileIsRefusedFieldByFieldAndNothingChanges() {
        Actor admin = actor("nhadmin");
        long own = admin.organisationId();
        InstitutionProfile before = institutions.find(admin, own).profile();
        String wrongCheck = before.creditCode().substring(0, 17)
                + (before.creditCode().charAt(17) == '0' ? '1' : '0');

        ValidationException refused = assertThrows(ValidationException.class, () -> institutions.updateProfile(admin,
                own, new InstitutionProfile(wrongCheck, -1, 10, null, null, "12345", "银行", "户名", "12")));

        assertEquals(List.of("creditCode:institution.creditCode.CHECK", "beds:institution.notNegative",
                        "contactPhone:validation.phone", "bankAccountNumber:institution.bankAccount.invalid"),
                refused.errors().stream().map(e -> e.field() + ":" + e.messageKey()).toList());
        assertEquals(before, institutions.find(admin, own).profile(), "nothing changed");
        assertThrows(AccessDeniedException.class, () -> institutions.updateProfile(actor("nurse"), own, before),
                "staff read the profile; the institution's administrator keeps it");
        long other = institutions.list(actor("reviewer")).stream().filter(i -> i.getId() != own)
                .findFirst().orElseThrow().getId();
        assertThrows(AccessDeniedException.class, () -> institutions.updateProfile(admin, other, before));
    }

    @Test
    void aCreditCodeBelongsToOneInstitution() {
        Actor reviewer = actor("reviewer");
        List<CareInstitution> all = institutions.list(reviewer).stream().filter(i -> i.getCreditCode() != null)
                .toList();
        CareInstitution first = all.get(0);
        CareInstitution second = all.get(1);
        InstitutionProfile copied = new InstitutionProfile(first.getCreditCode(), second.getBeds(),
                second.getCareStaff(), second.getAddress(), null, null, null, null, null);

        BusinessException taken = assertThrows(BusinessException.class,
                () -> institutions.updateProfile(reviewer, second.getId(), copied));

        assertEquals("institution.creditCode.taken", taken.messageKey());
    }

    @Test
    void anExpiredLicenceOrDatesOutOfOrderAreRefusedAndAValidOneIsRecorded() {
        // An institution of the test's own: the valid licence is recorded, and the demo's stay as they are.
        Actor admin = fixtures.adminOf(fixtures.readyToApply(InstitutionKind.NURSING_HOME, null));
        long own = admin.organisationId();
        LocalDate today = LocalDate.now(ClockProducer.ZONE);
        int before = institutions.licences(admin, own).size();

        ValidationException expired = assertThrows(ValidationException.class, () -> institutions.addLicence(admin,
                own, new LicenceForm(LicenceKind.LEGAL_PERSON, "52370200MJD0001", null, today.minusYears(3),
                        today.minusDays(1))));
        assertEquals("institution.licence.expired", expired.errors().get(0).messageKey());
        ValidationException outOfOrder = assertThrows(ValidationException.class, () -> institutions.addLicence(admin,
                own, new LicenceForm(LicenceKind.LEGAL_PERSON, "52370200MJD0001", null, today.minusDays(1),
                        today.minusDays(2))));
        assertEquals("institution.licence.datesOutOfOrder", outOfOrder.errors().get(0).messageKey());
        assertEquals(before, institutions.licences(admin, own).size(), "nothing recorded");

        institutions.addLicence(admin, own, new LicenceForm(LicenceKind.LEGAL_PERSON, "52370200MJD0001", "民政局",
                today.minusYears(1), null));
        assertEquals(before + 1, institutions.licences(admin, own).size());
    }
}
