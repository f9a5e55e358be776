package org.ltcare.shared.model;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * An entity that users change concurrently (a case, a claim, a contract…): its version column makes the later of two
 * conflicting saves fail instead of silently overwriting the earlier one.
 */
@MappedSuperclass
public abstract class Versioned extends Identified {

    @Version
    private long version;
}
