package org.ltcare.benefit.feed;

import java.io.Serializable;
import java.util.List;

/**
 * What an import of the hospital-stay feed did: stays created, discharges added, records already known, and the
 * rows it could not use (no such person, a bad value, a conflict with what is recorded), each by line.
 */
public record FeedReport(int created, int discharged, int unchanged, List<RowProblem> problems)
        implements Serializable {

    /** A row not taken: its line, the record id if it had one, a message key of the UI bundles and its arguments. */
    public record RowProblem(int line, String recordId, String messageKey, List<String> arguments)
            implements Serializable {
    }

    public FeedReport {
        problems = List.copyOf(problems);
    }
}
