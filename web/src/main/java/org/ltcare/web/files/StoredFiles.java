package org.ltcare.web.files;

import java.io.ByteArrayInputStream;
import org.ltcare.shared.files.FileType;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * A file a user uploaded (a photo, a material, a document), sent back for {@code p:fileDownload}: with the type its
 * content was recognised as on upload — never what the uploader's browser declared — and, as p:fileDownload does
 * by default, as an attachment with the name in RFC 5987 form; {@code X-Content-Type-Options: nosniff} is on every
 * response (undertow-handlers.conf). So an uploaded file is saved, never rendered as a page of this site. None is
 * shown inline: the photos are links, not {@code <img>}.
 */
public final class StoredFiles {

    private StoredFiles() {
    }

    /** A file stored before uploads were recognised by content, and no longer of its stored type, goes as bytes. */
    public static StreamedContent download(String fileName, String storedType, byte[] content) {
        return DefaultStreamedContent.builder().name(fileName)
                .contentType(FileType.mediaTypeToSend(storedType, content))
                .contentLength((long) content.length)
                .stream(() -> new ByteArrayInputStream(content)).build();
    }
}
