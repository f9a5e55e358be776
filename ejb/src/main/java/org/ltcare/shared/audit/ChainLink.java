package org.ltcare.shared.audit;

import org.ltcare.shared.Sha256;

/**
 * One audit entry as the chain sees it: its stored content, read back from the database as text (the time as the
 * database prints it, so no time zone of the server can change what was hashed).
 */
public record ChainLink(long entryId, String occurredAt, String actorUsername, Long actorOrganisationId,
                        String entityType, String entityId, String action, String beforeState, String afterState) {

    /** The hash before the first seal. */
    public static final String GENESIS = "0".repeat(64);

    /**
     * SHA-256 over the seal's place, every stored field and the previous hash. Each field is written with its length
     * (null apart from empty), so no two different entries give the same input.
     */
    public String hash(long seq, String previousHash) {
        StringBuilder input = new StringBuilder(256);
        field(input, Long.toString(seq));
        field(input, Long.toString(entryId));
        field(input, occurredAt);
        field(input, actorUsername);
        field(input, actorOrganisationId == null ? null : actorOrganisationId.toString());
        field(input, entityType);
        field(input, entityId);
        field(input, action);
        field(input, beforeState);
        field(input, afterState);
        field(input, previousHash);
        return Sha256.hex(input.toString());
    }

    private static void field(StringBuilder input, String value) {
        if (value == null) {
            input.append("-\n");
        } else {
            input.append(value.length()).append(':').append(value).append('\n');
        }
    }
}
