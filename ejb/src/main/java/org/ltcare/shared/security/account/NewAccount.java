package org.ltcare.shared.security.account;

import java.util.Set;
import org.ltcare.shared.security.Role;

/** What the form asks for a new account: as typed, checked by {@link AccountService}. */
public record NewAccount(String username, String displayName, Long organisationId, Set<Role> roles) {
}
