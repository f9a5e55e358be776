package org.ltcare.care.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.ltcare.shared.ValidationException.FieldError;

class KeyedBatchTest {

    /** What the batch did: the records written, in order, and the keys saved with their hashes. */
    private final List<String> written = new ArrayList<>();
    private final Map<String, String> savedKeys = new LinkedHashMap<>();

    /** Runs {@code key} for a record and, if it passes, accepts it with a write that notes its key. */
    private boolean offer(KeyedBatch batch, int index, String key, String hash) {
        boolean passed = batch.key(index, key, hash);
        if (passed) {
            batch.accept(key, hash, () -> written.add(key));
        }
        return passed;
    }

    private BatchResult finish(KeyedBatch batch, boolean partialAcceptance) {
        return batch.finish(partialAcceptance, savedKeys::put);
    }

    private static List<String> problemKeys(BatchResult result) {
        return result.rejected().stream()
                .map(p -> p.index() + ":" + p.idempotencyKey() + ":"
                        + p.errors().stream().map(e -> e.field() + "/" + e.messageKey()).toList())
                .toList();
    }

    @Test
    void aValidBatchWritesEveryRecordAndSavesItsKey() {
        KeyedBatch batch = new KeyedBatch(Map.of());

        assertThat(offer(batch, 0, "k-1", "h1")).isTrue();
        assertThat(offer(batch, 1, "k-2", "h2")).isTrue();
        assertThat(offer(batch, 2, "k-3", "h3")).isTrue();
        BatchResult result = finish(batch, false);

        assertThat(written).containsExactly("k-1", "k-2", "k-3");
        assertThat(savedKeys).containsExactly(Map.entry("k-1", "h1"), Map.entry("k-2", "h2"), Map.entry("k-3", "h3"));
        assertThat(result).isEqualTo(new BatchResult(3, 3, 0, false, List.of()));
        assertThat(result.refusedWhole()).isFalse();
    }

    @Test
    void aKeyStoredBeforeWithTheSameHashIsCountedAsAlreadyStoredAndNotWrittenAgain() {
        KeyedBatch batch = new KeyedBatch(Map.of("k-1", "h1"));

        assertThat(offer(batch, 0, "k-1", "h1")).isFalse();
        assertThat(offer(batch, 1, "k-2", "h2")).isTrue();
        BatchResult result = finish(batch, false);

        assertThat(written).containsExactly("k-2");
        assertThat(savedKeys).containsOnlyKeys("k-2");
        assertThat(result).isEqualTo(new BatchResult(2, 1, 1, false, List.of()));
    }

    @Test
    void aKeyStoredBeforeWithAnotherHashIsRejectedAsReused() {
        KeyedBatch batch = new KeyedBatch(Map.of("k-1", "old"));

        assertThat(offer(batch, 0, "k-1", "new")).isFalse();
        BatchResult result = finish(batch, true);

        assertThat(result.rejected()).containsExactly(new RecordProblem(0, "k-1",
                List.of(new FieldError("idempotencyKey", "records.key.reused"))));
        assertThat(result.alreadyStored()).isZero();
        assertThat(written).isEmpty();
        assertThat(savedKeys).isEmpty();
    }

    @ParameterizedTest(name = "second hash {0}")
    @ValueSource(strings = {"h1", "h2"})
    void aKeyRepeatedWithinTheRequestIsRejectedTheSecondTimeWhateverItsContent(String secondHash) {
        KeyedBatch batch = new KeyedBatch(Map.of());

        assertThat(offer(batch, 0, "k-1", "h1")).isTrue();
        assertThat(offer(batch, 1, "k-1", secondHash)).isFalse();
        BatchResult result = finish(batch, true);

        assertThat(problemKeys(result)).containsExactly("1:k-1:[idempotencyKey/records.key.repeated]");
        assertThat(written).containsExactly("k-1");
        assertThat(savedKeys).containsExactly(Map.entry("k-1", "h1"));
    }

    @Test
    void aKeyStoredBeforeAndRepeatedInTheRequestIsAlreadyStoredOnceAndRepeatedOnce() {
        KeyedBatch batch = new KeyedBatch(Map.of("k-1", "h1"));

        assertThat(offer(batch, 0, "k-1", "h1")).isFalse();
        assertThat(offer(batch, 1, "k-1", "h1")).isFalse();
        BatchResult result = finish(batch, true);

        assertThat(result.alreadyStored()).isEqualTo(1);
        assertThat(problemKeys(result)).containsExactly("1:k-1:[idempotencyKey/records.key.repeated]");
    }

    @ParameterizedTest(name = "[{0}]")
    @NullSource
    @ValueSource(strings = {
            "",
            "x1234567890123456789012345678901234567890123456789012345678901234",
            "with space",
            " leading",
            "tab\tinside",
            "clé",
            "键",
            "del\u007f",
    })
    void anInvalidKeyIsRejectedAndNothingIsWrittenForIt(String key) {
        KeyedBatch batch = new KeyedBatch(Map.of());

        assertThat(offer(batch, 4, key, "h")).isFalse();
        BatchResult result = finish(batch, true);

        assertThat(result.rejected()).containsExactly(new RecordProblem(4, key,
                List.of(new FieldError("idempotencyKey", "records.key.invalid"))));
        assertThat(result.received()).isEqualTo(1);
        assertThat(written).isEmpty();
        assertThat(savedKeys).isEmpty();
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {
            "a",
            "x123456789012345678901234567890123456789012345678901234567890123",
            "!",
            "~",
            "2025-03-20/visit#17?a=b&c",
    })
    void keysOfOneTo64VisibleAsciiCharactersAreAccepted(String key) {
        KeyedBatch batch = new KeyedBatch(Map.of());

        assertThat(offer(batch, 0, key, "h")).isTrue();
        assertThat(finish(batch, false).stored()).isEqualTo(1);
        assertThat(written).containsExactly(key);
    }

    @Test
    void withARejectedRecordAndNoPartialAcceptanceNothingIsWritten() {
        KeyedBatch batch = new KeyedBatch(Map.of("k-0", "h0"));

        offer(batch, 0, "k-0", "h0");
        offer(batch, 1, "k-1", "h1");
        assertThat(batch.key(2, "k-2", "h2")).isTrue();
        batch.reject(2, "k-2", List.of(new FieldError("date", "records.future")));
        offer(batch, 3, "k-3", "h3");
        BatchResult result = finish(batch, false);

        assertThat(written).isEmpty();
        assertThat(savedKeys).isEmpty();
        assertThat(result.received()).isEqualTo(4);
        assertThat(result.stored()).isZero();
        assertThat(result.alreadyStored()).isEqualTo(1);
        assertThat(problemKeys(result)).containsExactly("2:k-2:[date/records.future]");
        assertThat(result.refusedWhole()).isTrue();
    }

    @Test
    void withPartialAcceptanceExactlyTheGoodRecordsAreWritten() {
        KeyedBatch batch = new KeyedBatch(Map.of("k-0", "h0"));

        offer(batch, 0, "k-0", "h0");
        offer(batch, 1, "k-1", "h1");
        batch.key(2, "k-2", "h2");
        batch.reject(2, "k-2", List.of(new FieldError("date", "records.future")));
        offer(batch, 3, "bad key", "h3");
        offer(batch, 4, "k-4", "h4");
        BatchResult result = finish(batch, true);

        assertThat(written).containsExactly("k-1", "k-4");
        assertThat(savedKeys).containsExactly(Map.entry("k-1", "h1"), Map.entry("k-4", "h4"));
        assertThat(result).isEqualTo(new BatchResult(5, 2, 1, true, List.of(
                new RecordProblem(2, "k-2", List.of(new FieldError("date", "records.future"))),
                new RecordProblem(3, "bad key", List.of(new FieldError("idempotencyKey", "records.key.invalid"))))));
        assertThat(result.refusedWhole()).isFalse();
    }

    @Test
    void aRequestOfRecordsAllStoredBeforeWritesNothingAndIsNotRefused() {
        KeyedBatch batch = new KeyedBatch(Map.of("k-1", "h1", "k-2", "h2"));

        offer(batch, 0, "k-1", "h1");
        offer(batch, 1, "k-2", "h2");
        BatchResult result = finish(batch, false);

        assertThat(result).isEqualTo(new BatchResult(2, 0, 2, false, List.of()));
        assertThat(result.refusedWhole()).isFalse();
        assertThat(written).isEmpty();
    }

    @ParameterizedTest(name = "rejected {0}, partial acceptance {1}: refused whole {2}")
    @CsvSource({
            "0, false, false",
            "0, true,  false",
            "1, false, true",
            "2, true,  false",
    })
    void aRequestIsRefusedWholeOnlyWhenARecordWasRejectedWithoutPartialAcceptance(int rejected,
                                                                                  boolean partialAcceptance,
                                                                                  boolean refusedWhole) {
        List<RecordProblem> problems = new ArrayList<>();
        for (int i = 0; i < rejected; i++) {
            problems.add(new RecordProblem(i, "k-" + i, List.of(new FieldError("date", "records.future"))));
        }

        assertThat(new BatchResult(3, 0, 0, partialAcceptance, problems).refusedWhole()).isEqualTo(refusedWhole);
    }
}
