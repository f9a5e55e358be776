package org.ltcare.assessment;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.ltcare.shared.security.Role;
import org.ltcare.shared.security.UserAccount;
import org.ltcare.shared.security.account.RolesAssigned;

/**
 * An assessor's account and the assessor pool are one thing: an account that gets the assessor role is in its
 * agency's pool (drawn from, listed on 评估员库) from that moment, in the same transaction.
 */
@Stateless
public class AssessorPoolSync {

    @Inject
    private AssessorRepository assessors;

    public void onRolesAssigned(@Observes RolesAssigned event) {
        UserAccount account = event.account();
        if (account.getRoles().contains(Role.ASSESSOR) && !assessors.existsForUser(account.getId())) {
            assessors.save(new Assessor(account.getOrganisation().getId(), account.getId(),
                    account.getDisplayName()));
        }
    }
}
