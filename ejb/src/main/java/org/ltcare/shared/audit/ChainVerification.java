package org.ltcare.shared.audit;

import java.util.Optional;

/**
 * What a walk along the audit chain found: how many seals it checked, the head it ended at, and the first place
 * the chain is broken, if any.
 */
public record ChainVerification(long checked, long headSeq, String headHash, Optional<Break> firstBreak,
                                long unsealedEntries) {

    /** Why a seal no longer fits. */
    public enum Problem {
        /** The entry's content (or an earlier hash) no longer gives the seal's hash. */
        CONTENT_CHANGED,
        /** The sealed entry is gone from audit_log. */
        ENTRY_DELETED,
        /** A seal is missing between two others. */
        SEAL_MISSING,
        /** The last seal is not the head that was recorded (seals removed at the end). */
        HEAD_MISMATCH,
        /** An entry neither sealed nor waiting for its seal (written around the sealer). */
        UNSEALED_ENTRY
    }

    /** The first broken place: the seal's number and the audit entry it covers. */
    public record Break(long seq, long entryId, Problem problem) {
    }

    public boolean intact() {
        return firstBreak.isEmpty();
    }
}
