package org.ltcare.shared.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ltcare.shared.ValidationException;

/**
 * 三权分立 (GB/T 22239-2019 level 3, 8.1.4.2): the system, security and audit administrators are three different
 * people, and none of them also works on cases or money. A role set either keeps the rule or names why not.
 */
public final class SeparationOfDuties {

    /** Why a set of roles may not be held by one account; the message key ends in the reason. */
    public enum Conflict {
        TWO_ADMINISTRATORS,
        ADMINISTRATOR_WITH_BUSINESS_ROLE,
        MACHINE_WITH_PERSON_ROLE;

        public String messageKey() {
            return "roles.conflict." + name();
        }
    }

    private SeparationOfDuties() {
    }

    public static Optional<Conflict> conflictOf(Set<Role> roles) {
        List<Role> administrators = roles.stream().filter(Role::isAdministratorRole).toList();
        if (administrators.size() > 1) {
            return Optional.of(Conflict.TWO_ADMINISTRATORS);
        }
        if (!administrators.isEmpty() && roles.size() > 1) {
            return Optional.of(Conflict.ADMINISTRATOR_WITH_BUSINESS_ROLE);
        }
        // A credential of another system is used by no person: it holds machine roles only.
        if (roles.stream().anyMatch(Role::isMachineRole) && !roles.stream().allMatch(Role::isMachineRole)) {
            return Optional.of(Conflict.MACHINE_WITH_PERSON_ROLE);
        }
        return Optional.empty();
    }

    /** Refuses a role set that breaks the rule (when roles are assigned). */
    public static void require(Set<Role> roles) {
        conflictOf(roles).ifPresent(conflict -> {
            throw new ValidationException(List.of(new ValidationException.FieldError("roles", conflict.messageKey())));
        });
    }
}
