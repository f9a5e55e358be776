package org.ltcare.assessment;

import java.util.Objects;

/**
 * A checklist item the applicant provides: seen on paper at the counter (no file) or uploaded as a file, whose type
 * the service finds in its content ({@link ApplicationMaterial#FILES}).
 */
public record NewMaterial(MaterialKind kind, String fileName, byte[] content) {

    public NewMaterial {
        Objects.requireNonNull(kind, "kind");
    }

    public static NewMaterial seenOnPaper(MaterialKind kind) {
        return new NewMaterial(kind, null, null);
    }
}
