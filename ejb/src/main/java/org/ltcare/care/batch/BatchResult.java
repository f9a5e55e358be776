package org.ltcare.care.batch;

import java.util.List;

/**
 * The answer to a bulk post: how many records came, how many were stored now, how many had been stored before
 * under the same idempotency key (and changed nothing), and the refused ones. {@code stored} is 0 whenever a record
 * was refused and partial acceptance was not asked for.
 */
public record BatchResult(int received, int stored, int alreadyStored, boolean partialAcceptance,
                          List<RecordProblem> rejected) {

    public BatchResult {
        rejected = List.copyOf(rejected);
    }

    /** Whether the request was refused as a whole (nothing stored). */
    public boolean refusedWhole() {
        return !rejected.isEmpty() && !partialAcceptance;
    }
}
