package org.ltcare.shared.audit;

/**
 * Security events of the audit trail (等保 2.0 安全审计): entries of type {@link #AUDIT_TYPE}, the event as the action,
 * the user or object concerned as the entity id.
 */
public enum SecurityEvent {
    LOGIN_SUCCEEDED,
    LOGIN_FAILED,
    ACCOUNT_LOCKED,
    ACCESS_DENIED,
    ROLES_CHANGED,
    TWO_FACTOR_ENROLLED,
    TWO_FACTOR_RESET,
    RECOVERY_CODE_USED,
    RECOVERY_CODES_RENEWED,
    AUDIT_CHAIN_VERIFIED;

    public static final String AUDIT_TYPE = "Security";
}
