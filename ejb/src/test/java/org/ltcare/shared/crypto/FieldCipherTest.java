package org.ltcare.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FieldCipherTest {

    private static final String K1 = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String K2 = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());
    private static final String INDEX = Base64.getEncoder().encodeToString("index-key-index-key-index-key-32".getBytes());

    private static DataKeys keys(String current, boolean withK1) {
        return DataKeys.parse("current=" + current + "\n" + (withK1 ? "key.k1=" + K1 + "\n" : "") + "key.k2=" + K2
                + "\nindex=" + INDEX + "\n", "test");
    }

    @AfterEach
    void forget() {
        FieldCipher.use(null);
    }

    @Test
    void aValueEncryptsDifferentlyEachTimeAndOpensAgainWithTheKeyItNames() {
        FieldCipher.use(keys("k1", true));
        String first = FieldCipher.encrypt("370202194501011234");
        String second = FieldCipher.encrypt("370202194501011234");

        assertThat(first).startsWith("v1:k1:").doesNotContain("370202").isNotEqualTo(second);
        FieldCipher.use(keys("k2", true));
        assertThat(FieldCipher.decrypt(first)).isEqualTo("370202194501011234");
        assertThat(FieldCipher.isCurrent(first)).isFalse();
        assertThat(FieldCipher.isCurrent(FieldCipher.encrypt("x"))).isTrue();
        assertThat(FieldCipher.decrypt("13800001111")).as("a value from before encryption reads as it is")
                .isEqualTo("13800001111");
    }

    @Test
    void aChangedValueOrAMissingKeyIsAnErrorNeverAWrongValue() {
        FieldCipher.use(keys("k1", true));
        String sealed = FieldCipher.encrypt("13800001111");
        char last = sealed.charAt(sealed.length() - 1);
        String changed = sealed.substring(0, sealed.length() - 1) + (last == 'A' ? 'B' : 'A');
        assertThatThrownBy(() -> FieldCipher.decrypt(changed)).isInstanceOf(IllegalStateException.class);

        FieldCipher.use(keys("k2", false));
        assertThatThrownBy(() -> FieldCipher.decrypt(sealed)).hasMessageContaining("'k1'");
    }

    @Test
    void theThreadsCipherServesValueAfterValueWithTwoKeysAndAfterARefusal() {
        FieldCipher.use(keys("k1", true));
        String underK1 = FieldCipher.encrypt("370202194501011234");
        FieldCipher.use(keys("k2", true));
        String underK2 = FieldCipher.encrypt("13800001111");
        String broken = underK2.substring(0, underK2.length() - 2) + (underK2.endsWith("AA") ? "BB" : "AA");

        for (int i = 0; i < 3; i++) {
            assertThat(FieldCipher.decrypt(underK1)).isEqualTo("370202194501011234");
            assertThatThrownBy(() -> FieldCipher.decrypt(broken)).isInstanceOf(IllegalStateException.class);
            assertThat(FieldCipher.decrypt(underK2)).isEqualTo("13800001111");
            assertThat(FieldCipher.decrypt(FieldCipher.encrypt("value " + i))).isEqualTo("value " + i);
        }
    }

    @Test
    void theBlindIndexFindsEqualValuesOfOneKindOnly() {
        FieldCipher.use(keys("k1", true));
        String index = FieldCipher.blindIndex("idNumber", "370202194501011234");
        assertThat(index).hasSize(64).isEqualTo(FieldCipher.blindIndex("idNumber", "370202194501011234"));
        assertThat(FieldCipher.blindIndex("phone", "370202194501011234")).isNotEqualTo(index);
        FieldCipher.use(keys("k2", true));
        assertThat(FieldCipher.blindIndex("idNumber", "370202194501011234")).as("rotation keeps the index")
                .isEqualTo(index);
    }

    @Test
    void idAndPhoneNumbersInTextAreSealedAndOpenedOthersLeftAsTheyAre() {
        FieldCipher.use(keys("k1", true));
        String json = "{\"idNumber\":\"37020219450101123X\",\"phone\":\"13800001111\",\"id\":\"12345678901\","
                + "\"amount\":\"1380000111122\"}";
        String sealed = SensitiveText.seal(json);

        assertThat(sealed).doesNotContain("37020219450101123X").doesNotContain("\"13800001111\"")
                .contains("\"id\":\"12345678901\"").contains("1380000111122").contains("⟦v1:k1:");
        assertThat(SensitiveText.open(sealed)).isEqualTo(json);
    }

    @Test
    void aKeyFileWithoutItsCurrentKeyOrWithAShortKeyIsRefused() {
        assertThatThrownBy(() -> DataKeys.parse("current=k3\nkey.k1=" + K1 + "\nindex=" + INDEX, "f"))
                .hasMessageContaining("current");
        assertThatThrownBy(() -> DataKeys.parse("current=k1\nkey.k1=AAAA\nindex=" + INDEX, "f"))
                .hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> DataKeys.parse("current=k1\nkey.k1=" + K1, "f")).hasMessageContaining("index");
    }
}
