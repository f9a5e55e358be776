package org.ltcare.shared.security;

import jakarta.persistence.OptimisticLockException;
import java.util.function.Supplier;

/**
 * Tries a unit of work again (each try in a transaction of its own) while it fails only because another transaction
 * changed the same versioned row first. Nothing is held between tries: no row lock waits for a pooled connection.
 */
final class OnConflict {

    /** Enough for the logins of one account that arrive together (an institution's login shared by its nurses). */
    static final int ATTEMPTS = 50;

    private OnConflict() {
    }

    static <T> T retried(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS || !causedByConflict(e)) {
                    throw e;
                }
            }
        }
    }

    static boolean causedByConflict(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof AccountChanged || cause instanceof OptimisticLockException) {
                return true;
            }
        }
        return false;
    }
}
