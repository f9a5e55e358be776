package org.ltcare.settlement.payout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The payment file's text fields: quoted per RFC 4180, and never a formula when a spreadsheet opens the file. */
class PaymentFileFieldTest {

    @Test
    void aTextASpreadsheetWouldRunAsAFormulaIsKeptAsText() {
        assertThat(PaymentFile.field("=HYPERLINK(\"http://x\",\"点此\")"))
                .isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"点此\"\")\"");
        assertThat(PaymentFile.field("+1")).isEqualTo("'+1");
        assertThat(PaymentFile.field("-2+3")).isEqualTo("'-2+3");
        assertThat(PaymentFile.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(PaymentFile.field("\tcmd")).isEqualTo("'\tcmd");
    }

    @Test
    void ordinaryTextsStayAsTheyAreAndCommasAreQuoted() {
        assertThat(PaymentFile.field("中国工商银行青岛市北支行")).isEqualTo("中国工商银行青岛市北支行");
        assertThat(PaymentFile.field("福寿园, 护理院")).isEqualTo("\"福寿园, 护理院\"");
        assertThat(PaymentFile.field("")).isEmpty();
        assertThat(PaymentFile.field(null)).isEmpty();
    }
}
