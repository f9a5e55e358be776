package org.ltcare.api.care;

import java.util.List;
import java.util.Locale;
import org.ltcare.care.batch.BatchResult;
import org.ltcare.web.i18n.Messages;

/**
 * The answer to a bulk post, with each refused record's problems as field, code (message key) and readable
 * message in the client's language.
 */
public record BatchResponse(int received, int stored, int alreadyStored, boolean partialAcceptance,
                            List<RejectedRecord> rejected) {

    public record RejectedRecord(int index, String idempotencyKey, List<RecordError> errors) {
    }

    public record RecordError(String field, String code, String message) {
    }

    static BatchResponse of(BatchResult result, Locale locale) {
        return new BatchResponse(result.received(), result.stored(), result.alreadyStored(),
                result.partialAcceptance(), result.rejected().stream().map(problem -> new RejectedRecord(
                        problem.index(), problem.idempotencyKey(), problem.errors().stream()
                        .map(e -> new RecordError(e.field(), e.messageKey(),
                                Messages.format(locale, e.messageKey(), e.arguments()))).toList())).toList());
    }
}
