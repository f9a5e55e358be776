package org.ltcare.care.batch;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import org.ltcare.shared.ValidationException.FieldError;

/**
 * The rules of a bulk post common to every kind of record: each record has an idempotency key (1–64 visible ASCII
 * characters, once per request); a key stored before with the same content is answered "already stored" and
 * changes nothing, with other content it is refused. The good records are written only when none was refused, or
 * when the client asked for partial acceptance — then exactly the good ones.
 */
public final class KeyedBatch {

    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{1,64}");

    private final Map<String, String> storedHashes;
    private final Set<String> seen = new HashSet<>();
    private final List<RecordProblem> rejected = new ArrayList<>();
    private final List<Accepted> accepted = new ArrayList<>();
    private int alreadyStored;
    private int received;

    private record Accepted(String key, String hash, Runnable write) {
    }

    /** Whether a key is one at all: only such keys are looked up in the database (its column is ASCII). */
    public static boolean isWellFormed(String key) {
        return key != null && KEY.matcher(key).matches();
    }

    /** @param storedHashes the content hashes stored under the request's keys before it */
    public KeyedBatch(Map<String, String> storedHashes) {
        this.storedHashes = storedHashes;
    }

    /**
     * The first step for each record: false when the record stops at its key (refused for its key, or stored
     * before with the same content).
     */
    public boolean key(int index, String key, String hash) {
        received++;
        if (!isWellFormed(key)) {
            reject(index, key, List.of(new FieldError("idempotencyKey", "records.key.invalid")));
            return false;
        }
        if (!seen.add(key)) {
            reject(index, key, List.of(new FieldError("idempotencyKey", "records.key.repeated")));
            return false;
        }
        String stored = storedHashes.get(key);
        if (stored != null && stored.equals(hash)) {
            alreadyStored++;
            return false;
        }
        if (stored != null) {
            reject(index, key, List.of(new FieldError("idempotencyKey", "records.key.reused")));
            return false;
        }
        return true;
    }

    /** Whether the record was stored before under its key with the same content (it needs no further reading). */
    public boolean isAlreadyStored(String key, String hash) {
        return key != null && hash.equals(storedHashes.get(key));
    }

    public void reject(int index, String key, List<FieldError> errors) {
        rejected.add(new RecordProblem(index, key, errors));
    }

    public void accept(String key, String hash, Runnable write) {
        accepted.add(new Accepted(key, hash, write));
    }

    /** Writes the good records (and their keys through {@code saveKey}) if the rules allow, and says what happened. */
    public BatchResult finish(boolean partialAcceptance, BiConsumer<String, String> saveKey) {
        boolean write = rejected.isEmpty() || partialAcceptance;
        if (write) {
            for (Accepted record : accepted) {
                record.write().run();
                saveKey.accept(record.key(), record.hash());
            }
        }
        return new BatchResult(received, write ? accepted.size() : 0, alreadyStored, partialAcceptance, rejected);
    }
}
