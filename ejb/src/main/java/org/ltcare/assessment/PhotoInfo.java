package org.ltcare.assessment;

import java.io.Serializable;
import java.time.Instant;

/** A photo without its bytes, for lists. */
public record PhotoInfo(long id, String fileName, String contentType, long sizeBytes, String uploadedBy,
        Instant uploadedAt) implements Serializable {
}
