package org.ltcare.shared.security;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;

/**
 * At start-up, every account whose roles break {@link SeparationOfDuties} (e.g. made before the rule, or written
 * into the database by hand) is reported in the server log. Nothing is changed: which role goes is the security
 * administrator's decision, and the accounts page shows the same list.
 */
@Singleton
@Startup
@DependsOn({"PlatformStartup", "DemoDataLoader"})
public class RoleConflictReport {

    private static final Logger LOG = Logger.getLogger(RoleConflictReport.class.getName());

    @Inject
    private UserAccountRepository accounts;

    @PostConstruct
    void report() {
        List<UserAccount> conflicting = conflicting();
        for (UserAccount account : conflicting) {
            LOG.warning("Separation of duties: account '" + account.getUsername() + "' holds " + account.getRoles()
                    + " (" + SeparationOfDuties.conflictOf(account.getRoles()).orElseThrow() + ")");
        }
        LOG.info("Separation of duties: " + conflicting.size() + " account(s) in conflict");
    }

    /** The active accounts in conflict, by username. */
    public List<UserAccount> conflicting() {
        return accounts.allActive().stream()
                .filter(account -> SeparationOfDuties.conflictOf(account.getRoles()).isPresent()).toList();
    }
}
