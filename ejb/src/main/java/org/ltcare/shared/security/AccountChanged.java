package org.ltcare.shared.security;

import jakarta.ejb.ApplicationException;

/**
 * A login's attempt found the account changed by another transaction (another login of it at the same moment): its
 * transaction is undone and {@link LoginService} tries again. An application exception, so the container neither wraps
 * nor reports it.
 */
@ApplicationException(rollback = true)
class AccountChanged extends RuntimeException {

    private static final long serialVersionUID = 1L;

    AccountChanged() {
        super("the account was changed by another transaction", null, false, false);
    }
}
