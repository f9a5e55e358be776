package org.ltcare.care.batch;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** An idempotency key an institution's system used, with the hash of the record it came with. */
@Entity
@Table(name = "care_record_key")
@IdClass(CareRecordKey.Key.class)
public class CareRecordKey implements Serializable {

    /* The two id columns are named: with an id class, the naming convention would prefix them with "id_". */
    @Id
    @Column(name = "institution_id")
    private long institutionId;

    @Id
    @Column(name = "idempotency_key")
    private String idempotencyKey;

    private String contentHash;

    private String recordKind;

    private Instant createdAt;

    protected CareRecordKey() {
    }

    CareRecordKey(long institutionId, String idempotencyKey, String contentHash, String recordKind, Instant createdAt) {
        this.institutionId = institutionId;
        this.idempotencyKey = idempotencyKey;
        this.contentHash = contentHash;
        this.recordKind = recordKind;
        this.createdAt = createdAt;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public String getContentHash() {
        return contentHash;
    }

    /** The composite primary key. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private long institutionId;
        private String idempotencyKey;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.institutionId == institutionId
                    && Objects.equals(key.idempotencyKey, idempotencyKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(institutionId, idempotencyKey);
        }
    }
}
