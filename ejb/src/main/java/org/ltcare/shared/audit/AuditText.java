package org.ltcare.shared.audit;

/**
 * A value that is written into the audit trail as a text of its own choosing rather than as itself — an ID number
 * masked, so that the trail does not hold it in full ({@link AuditStates}).
 */
public interface AuditText {

    String auditText();
}
