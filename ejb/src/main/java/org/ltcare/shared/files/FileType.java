package org.ltcare.shared.files;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of file users hand in, recognised by their content alone: the first bytes of a PDF or an image, or text
 * (UTF-8 or GB18030, as Excel saves CSV in China) without control characters. What a browser declares and what the
 * name ends in are never asked: an HTML page named .png is text, not an image.
 */
public enum FileType {

    PDF("application/pdf", "PDF"),
    PNG("image/png", "PNG"),
    JPEG("image/jpeg", "JPG"),
    WEBP("image/webp", "WebP"),
    TEXT("text/plain", "TXT");

    public static final String UNKNOWN_MEDIA_TYPE = "application/octet-stream";

    private static final byte[] PDF_START = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG_START = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG_START = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] RIFF = {'R', 'I', 'F', 'F'};
    private static final byte[] WEBP_AT_8 = {'W', 'E', 'B', 'P'};
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final Charset GB18030 = Charset.forName("GB18030");

    private final String mediaType;
    private final String label;

    FileType(String mediaType, String label) {
        this.mediaType = mediaType;
        this.label = label;
    }

    public String mediaType() {
        return mediaType;
    }

    /** How users know the type ("JPG"), the same in every language. */
    public String label() {
        return label;
    }

    /** What the content is; empty when it is none of these (or nothing at all). */
    public static Optional<FileType> of(byte[] content) {
        if (content == null || content.length == 0) {
            return Optional.empty();
        }
        if (startsWith(content, 0, PDF_START)) {
            return Optional.of(PDF);
        }
        if (startsWith(content, 0, PNG_START)) {
            return Optional.of(PNG);
        }
        if (startsWith(content, 0, JPEG_START)) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, 0, RIFF) && startsWith(content, 8, WEBP_AT_8)) {
            return Optional.of(WEBP);
        }
        return isText(content) ? Optional.of(TEXT) : Optional.empty();
    }

    /**
     * The type to send stored content as: the type stored with it when the content still is of that type, otherwise
     * {@link #UNKNOWN_MEDIA_TYPE} (a file kept before uploads were recognised by their content).
     */
    public static String mediaTypeToSend(String storedType, byte[] content) {
        return of(content).map(FileType::mediaType).filter(type -> type.equals(storedType))
                .orElse(UNKNOWN_MEDIA_TYPE);
    }

    private static boolean startsWith(byte[] content, int offset, byte[] expected) {
        return content.length >= offset + expected.length
                && Arrays.equals(content, offset, offset + expected.length, expected, 0, expected.length);
    }

    /**
     * Text a person or a spreadsheet wrote: no control characters but tab, line breaks and form feed (in UTF-8 and
     * GB18030 a byte below 0x20 is always such a character), and valid in one of the two encodings.
     */
    private static boolean isText(byte[] content) {
        int start = startsWith(content, 0, UTF8_BOM) ? UTF8_BOM.length : 0;
        for (int i = start; i < content.length; i++) {
            int b = content[i] & 0xFF;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                return false;
            }
        }
        return decodes(StandardCharsets.UTF_8, content, start) || start == 0 && decodes(GB18030, content, 0);
    }

    /** Whether the bytes are valid in the charset, decoded a piece at a time (an import file may be large). */
    private static boolean decodes(Charset charset, byte[] content, int start) {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content, start, content.length - start);
        CharBuffer out = CharBuffer.allocate(8192);
        CoderResult result;
        do {
            out.clear();
            result = decoder.decode(in, out, true);
            if (result.isError()) {
                return false;
            }
        } while (result.isOverflow());
        out.clear();
        return !decoder.flush(out).isError();
    }
}
