package org.ltcare.institution.contracting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.ltcare.shared.ValidationException;

class DocumentFileTest {

    private static final byte[] PDF = "%PDF-1.7 scan".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10};

    @Test
    void acceptsAPdfOrAPhotoByItsContent() {
        assertThat(new DocumentFile("C:\\扫描\\执业许可证.PDF", PDF).checked().getContentType()).isEqualTo("application/pdf");
        assertThat(new DocumentFile("花名册.png", PNG).checked().getContentType()).isEqualTo("image/png");
        assertThat(new DocumentFile("许可证.pdf", PNG).checked().getContentType()).as("filed as what it is")
                .isEqualTo("image/png");
        assertThat(new DocumentFile("/tmp/x/财务制度.pdf", PDF).fileName()).isEqualTo("财务制度.pdf");
    }

    @Test
    void refusesAnotherKindOfFileAndAnEmptyOrOversizedOne() {
        assertRefused(new DocumentFile("许可证.pdf", "不是PDF".getBytes(StandardCharsets.UTF_8)), "file.wrongType");
        assertRefused(new DocumentFile("许可证.docx", new byte[] {'P', 'K', 3, 4, 20, 0}), "file.wrongType");
        assertRefused(new DocumentFile("许可证.pdf", new byte[0]), "contracting.document.empty");
        byte[] large = new byte[(int) DocumentFile.MAX_BYTES + 1];
        System.arraycopy(PDF, 0, large, 0, PDF.length);
        assertRefused(new DocumentFile("许可证.pdf", large), "file.tooLarge");
    }

    private static void assertRefused(DocumentFile file, String key) {
        assertThatThrownBy(file::checked).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors().get(0).messageKey()).isEqualTo(key));
    }
}
