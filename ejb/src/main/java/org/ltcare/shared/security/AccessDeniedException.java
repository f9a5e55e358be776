package org.ltcare.shared.security;

import org.ltcare.shared.BusinessException;

/** The acting user lacks the role or the scope for this action. */
public class AccessDeniedException extends BusinessException {

    public AccessDeniedException(String action) {
        super("error.accessDenied", action);
    }
}
