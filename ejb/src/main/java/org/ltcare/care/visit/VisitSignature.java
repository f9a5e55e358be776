package org.ltcare.care.visit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.io.Serializable;

/** The signature image (PNG) confirming a home visit, kept apart from the visit so that lists do not read it. */
@Entity
@Table(name = "home_visit_signature")
public class VisitSignature implements Serializable {

    @Id
    private long visitId;

    @Lob
    @Column(columnDefinition = "MEDIUMBLOB")
    private byte[] png;

    protected VisitSignature() {
    }

    VisitSignature(long visitId, byte[] png) {
        this.visitId = visitId;
        this.png = png.clone();
    }

    void replace(byte[] image) {
        this.png = image.clone();
    }

    public byte[] getPng() {
        return png.clone();
    }
}
