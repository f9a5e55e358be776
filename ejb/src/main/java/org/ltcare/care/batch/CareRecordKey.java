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
public class CareRecordKey {

    @Id
    @Column(name = "institution_id")
    private long institutionId;

    @Id
    @Column(name = "idempotency_key", length = 64)
    private String idempotencyKey;

    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash;

    @Column(name = "record_kind", nullable = false, length = 16)
    private String recordKind;

    @Column(name = "created_at", nullable = false)
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
