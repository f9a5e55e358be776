package org.ltcare.shared.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ltcare.shared.ValidationException;
import org.ltcare.shared.ValidationException.FieldError;

class UploadRuleTest {

    private static final UploadRule SCANS = UploadRule.of(10 * 1024 * 1024, FileType.PDF, FileType.JPEG,
            FileType.PNG);
    private static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Test
    void theTypeIsTheContentsWhateverTheName() {
        assertThat(SCANS.check("file", "身份证.jpg", PDF)).isEqualTo(FileType.PDF);
        assertThat(SCANS.check("file", "床边.pdf", FileTypeTest.ONE_PIXEL_PNG)).isEqualTo(FileType.PNG);
        assertThat(SCANS.label()).isEqualTo("PDF/JPG/PNG");
    }

    @Test
    void aFileOfAnotherTypeIsRefusedByName() {
        byte[] textNamedPdf = "这不是 PDF".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> SCANS.check("materials.DIAGNOSIS", "诊断证明.pdf", textNamedPdf))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("materials.DIAGNOSIS", "file.wrongType", List.of("诊断证明.pdf", "PDF/JPG/PNG"))));
        assertThat(UploadRule.text(1024, "CSV").problem("file", "名单.csv", FileTypeTest.ONE_PIXEL_PNG))
                .contains(new FieldError("file", "file.wrongType", List.of("名单.csv", "CSV")));
    }

    @Test
    void aFileOverTheLimitSaysItsSizeAndTheLimit() {
        byte[] justOver = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);
        assertThat(SCANS.problem("file", "病历.pdf", justOver))
                .contains(new FieldError("file", "file.tooLarge", List.of("病历.pdf", "10.1 MB", "10 MB")));
        assertThat(SCANS.problem("file", "病历.pdf", Arrays.copyOf(PDF, 10 * 1024 * 1024))).isEmpty();
    }

    @Test
    void noContentIsAnEmptyFile() {
        assertThat(SCANS.problem("file", null, null)).contains(new FieldError("file", "file.empty"));
        assertThat(SCANS.problem("file", "a.pdf", new byte[0])).contains(new FieldError("file", "file.empty"));
    }

    @ParameterizedTest
    @CsvSource({"1, 1 KB", "1024, 1 KB", "1025, 2 KB", "524288, 512 KB", "1048576, 1 MB", "5242880, 5 MB",
        "5242881, 5.1 MB", "1572864, 1.5 MB"})
    void sizesReadAsPeopleWriteThem(long bytes, String text) {
        assertThat(UploadRule.sizeText(bytes)).isEqualTo(text);
    }
}
