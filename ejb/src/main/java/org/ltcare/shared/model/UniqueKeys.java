package org.ltcare.shared.model;

import java.sql.SQLIntegrityConstraintViolationException;

/**
 * Whether a failed write was refused by a unique key: the database's answer when two users — or two nodes — do the
 * same thing at the same moment (issue 24), which the user is told as such instead of an error page. The refusal
 * arrives wrapped by Hibernate, and by the container when it crossed a bean.
 */
public final class UniqueKeys {

    private UniqueKeys() {
    }

    public static boolean violated(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLIntegrityConstraintViolationException) {
                return true;
            }
        }
        return false;
    }
}
