package org.ltcare.shared.security;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Map;

/**
 * Who did something, as people read it: the account's display name (王芳) rather than its user name (assessor1).
 * Display names of staff are what cases and claims already show to the people they concern, so anyone who may see
 * a step may see who took it. A user name with no account (the engine, a public form) is returned as it is.
 */
@Stateless
public class PeopleNames {

    @Inject
    private UserAccountRepository accounts;

    public Map<String, String> of(Collection<String> usernames) {
        return accounts.displayNames(usernames);
    }
}
