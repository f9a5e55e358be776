package org.ltcare.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeyFingerprintsTest {

    private static String key(char filler) {
        return Base64.getEncoder().encodeToString(String.valueOf(filler).repeat(32).getBytes());
    }

    private static DataKeys keys(String k1, String index) {
        return DataKeys.parse("current=k1\nkey.k1=" + k1 + "\nindex=" + index, "test");
    }

    @Test
    void theSameKeysAgreeAndTheFingerprintIsNotTheKey() {
        Map<String, String> recorded = KeyFingerprints.of(keys(key('a'), key('i')));

        assertThat(KeyFingerprints.problems(KeyFingerprints.of(keys(key('a'), key('i'))), recorded, id -> true))
                .isEmpty();
        assertThat(recorded.get("k1")).isNotEqualTo(key('a')).hasSize(44);
    }

    @Test
    void anotherKeyUnderTheSameIdOrAnotherIndexKeyIsRefused() {
        Map<String, String> recorded = KeyFingerprints.of(keys(key('a'), key('i')));

        assertThat(KeyFingerprints.problems(KeyFingerprints.of(keys(key('b'), key('i'))), recorded, id -> false))
                .containsExactly("key 'k1' is not the key 'k1' the database's values were encrypted with");
        assertThat(KeyFingerprints.problems(KeyFingerprints.of(keys(key('a'), key('j'))), recorded, id -> false))
                .singleElement().asString().contains("blind-index key");
    }

    @Test
    void aRecordedKeyMissingHereMattersOnlyWhileValuesUseIt() {
        Map<String, String> recorded = KeyFingerprints.of(DataKeys.parse("current=k2\nkey.k1=" + key('a')
                + "\nkey.k2=" + key('b') + "\nindex=" + key('i'), "test"));
        Map<String, String> rotated = KeyFingerprints.of(DataKeys.parse("current=k2\nkey.k2=" + key('b')
                + "\nindex=" + key('i'), "test"));

        assertThat(KeyFingerprints.problems(rotated, recorded, id -> false)).isEmpty();
        assertThat(KeyFingerprints.problems(rotated, recorded, "k1"::equals))
                .containsExactly("values are encrypted with key 'k1', which this node does not have");
    }
}
