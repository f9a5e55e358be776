package org.ltcare.shared.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ltcare.shared.ValidationException;

class SeparationOfDutiesTest {

    @Test
    void eachAdministratorAloneIsAllowed() {
        for (Role role : EnumSet.of(Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN, Role.AUDIT_ADMIN)) {
            assertEquals(Optional.empty(), SeparationOfDuties.conflictOf(Set.of(role)), role.name());
        }
    }

    @Test
    void noAccountHoldsTwoOfTheThreeAdministrators() {
        assertEquals(Optional.of(SeparationOfDuties.Conflict.TWO_ADMINISTRATORS),
                SeparationOfDuties.conflictOf(Set.of(Role.SECURITY_ADMIN, Role.AUDIT_ADMIN)));
        assertEquals(Optional.of(SeparationOfDuties.Conflict.TWO_ADMINISTRATORS),
                SeparationOfDuties.conflictOf(Set.of(Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN, Role.AGENCY_REVIEWER)));
    }

    @Test
    void anAdministratorHandlesNoCasesAndNoMoney() {
        for (Role business : EnumSet.complementOf(EnumSet.of(Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN,
                Role.AUDIT_ADMIN))) {
            for (Role admin : EnumSet.of(Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN, Role.AUDIT_ADMIN)) {
                assertEquals(Optional.of(SeparationOfDuties.Conflict.ADMINISTRATOR_WITH_BUSINESS_ROLE),
                        SeparationOfDuties.conflictOf(Set.of(admin, business)), admin + "+" + business);
            }
        }
    }

    @Test
    void businessRolesMayBeCombined() {
        assertTrue(SeparationOfDuties.conflictOf(Set.of(Role.INSTITUTION_STAFF, Role.INSTITUTION_ADMIN)).isEmpty());
        assertTrue(SeparationOfDuties.conflictOf(Set.of(Role.AGENCY_REVIEWER, Role.AUDITOR)).isEmpty());
    }

    @Test
    void aMachineCredentialIsNobodysLogin() {
        assertEquals(Optional.of(SeparationOfDuties.Conflict.MACHINE_WITH_PERSON_ROLE),
                SeparationOfDuties.conflictOf(Set.of(Role.INSTITUTION_API, Role.INSTITUTION_STAFF)));
        assertTrue(SeparationOfDuties.conflictOf(Set.of(Role.HOSPITAL_FEED)).isEmpty());
    }

    @Test
    void aRefusedRoleSetNamesTheRolesFieldAndTheReason() {
        ValidationException refused = assertThrows(ValidationException.class,
                () -> SeparationOfDuties.require(Set.of(Role.AUDIT_ADMIN, Role.BUREAU_APPROVER)));
        assertEquals("roles", refused.errors().get(0).field());
        assertEquals("roles.conflict.ADMINISTRATOR_WITH_BUSINESS_ROLE", refused.errors().get(0).messageKey());
    }
}
