package org.ltcare.it;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.ltcare.demo.DemoData;
import org.ltcare.shared.security.Organisation;
import org.ltcare.shared.security.PasswordHasher;
import org.ltcare.shared.security.Role;
import org.ltcare.shared.security.UserAccount;
import org.ltcare.shared.security.UserAccountRepository;

/**
 * Test fixture of the accounts: logins of a test's own, password "test", and — where a role requires a second factor
 * — enrolled with the demo secret that {@link TwoFactorCodes} computes codes from. A test that logs in as a bureau
 * user takes one of these rather than the demo's: each time step's code is accepted once per account, and tests
 * must not depend on how often others logged in as the demo's reviewer.
 */
@Stateless
public class TestLogins {

    @Inject
    UserAccountRepository accounts;

    @Inject
    PasswordHasher hasher;

    /** A new account (password "test"), enrolled if a role requires a second factor. */
    public UserAccount save(String username, String displayName, Organisation organisation, Set<Role> roles) {
        UserAccount account = new UserAccount(username, displayName, hasher.hash("test".toCharArray()), organisation,
                roles, Instant.now());
        if (account.requiresSecondFactor()) {
            account.enrolSecondFactor(DemoData.TWO_FACTOR_SECRET, List.of(), Instant.now());
        }
        accounts.save(account);
        return account;
    }

    /** Gives an existing test account (an assessor of an {@link AssessmentWorld}) the password "test". */
    public String withTestPassword(String username) {
        accounts.findByUsername(username).orElseThrow().changePassword(hasher.hash("test".toCharArray()));
        return username;
    }

    /** A new login with the organisation and roles of the demo's {@code demoUser}: it sees and may do the same. */
    public String like(String demoUser) {
        UserAccount demo = accounts.findByUsername(demoUser).orElseThrow();
        String username = demoUser + "-" + UniqueNumbers.next();
        return save(username, demo.getDisplayName(), demo.getOrganisation(), demo.getRoles()).getUsername();
    }
}
