package org.ltcare.shared;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A request that breaks a business rule. It carries a message key (resolved against the UI bundles)
 * and its arguments, so the same failure reads well in Chinese and English. As an application exception it
 * reaches the caller unwrapped and rolls the transaction back: nothing was changed.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    private final String messageKey;
    private final transient List<Object> arguments;

    public BusinessException(String messageKey, Object... arguments) {
        super(messageKey + " " + List.of(arguments));
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
