package org.ltcare.shared.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileTypeTest {

    static final byte[] ONE_PIXEL_PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        // first bytes (hex)                                   type
        "255044462d312e370a25e2e3cfd30a,                       PDF",
        "89504e470d0a1a0a0000000d49484452,                     PNG",
        "ffd8ffe000104a46494600,                               JPEG",
        "ffd8ffe1001845786966,                                 JPEG",
        "524946462400000057454250565038,                       WEBP",
        "efbbbfe5a793e5908d2c6964,                             TEXT",
        "6e616d652c69640d0a,                                   TEXT",
        "d0d5c3fb2cc9edb7ddd6a4bac50d0a,                       TEXT",
        "255044462031,                                         TEXT",
    })
    void recognisesAFileByItsFirstBytes(String hex, FileType expected) {
        assertThat(FileType.of(HexFormat.of().parseHex(hex))).contains(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource({
        "00000000,                     NUL bytes",
        "504b0304140006000800,         a zip (an Excel workbook)",
        "d0cf11e0a1b11ae1,             an old Office document",
        "47494638396101000100800000,   a GIF (not taken anywhere)",
        "52494646240000005741564566,   a RIFF that is a WAV sound",
        "89504e470d0a1a,               a PNG signature cut short",
        "613d1b5b33316d,               text with an escape sequence",
        "80,                           a byte valid in neither UTF-8 nor GB18030",
        "efbbbfd0d5c3fb,               GBK after a UTF-8 byte order mark",
    })
    void refusesWhatIsNoneOfThem(String hex, String what) {
        assertThat(FileType.of(HexFormat.of().parseHex(hex))).as(what).isEmpty();
    }

    @Test
    void anHtmlPageIsTextWhateverItIsCalled() {
        byte[] page = "<html><script>alert(document.cookie)</script></html>".getBytes(StandardCharsets.UTF_8);
        assertThat(FileType.of(page)).contains(FileType.TEXT);
        assertThat(FileType.of(ONE_PIXEL_PNG)).contains(FileType.PNG);
    }

    @Test
    void aCsvAsExcelSavesItInChinaIsText() {
        byte[] gbk = "姓名,身份证号\r\n张三,370202199001011234\r\n".getBytes(Charset.forName("GBK"));
        byte[] large = "序号,名称\n".repeat(100_000).getBytes(StandardCharsets.UTF_8);
        assertThat(FileType.of(gbk)).contains(FileType.TEXT);
        assertThat(FileType.of(large)).as("decoded a piece at a time").contains(FileType.TEXT);
    }

    @Test
    void nothingIsNoType() {
        assertThat(FileType.of(new byte[0])).isEmpty();
        assertThat(FileType.of(null)).isEqualTo(Optional.empty());
    }

    @Test
    void storedContentIsSentAsItsStoredTypeOnlyWhenItIsOfThatType() {
        byte[] page = "<html>".getBytes(StandardCharsets.US_ASCII);
        assertThat(FileType.mediaTypeToSend("image/png", ONE_PIXEL_PNG)).isEqualTo("image/png");
        assertThat(FileType.mediaTypeToSend("image/png", page)).isEqualTo("application/octet-stream");
        assertThat(FileType.mediaTypeToSend("text/html", page)).isEqualTo("application/octet-stream");
        assertThat(FileType.mediaTypeToSend(null, ONE_PIXEL_PNG)).isEqualTo("application/octet-stream");
    }
}
