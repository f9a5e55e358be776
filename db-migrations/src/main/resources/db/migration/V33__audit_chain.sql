-- A tamper-evident audit trail. audit_log stays append-only (the application never updates or deletes a row, and
-- an operator may grant it INSERT and SELECT only). Each committed entry is sealed in commit order: audit_seal
-- holds its place in the chain and SHA-256(its content and the previous seal's hash); audit_chain_head the last
-- seal, whose hash an auditor may note outside the system. audit_pending lists the entries written but not yet
-- sealed (the sealer empties it right after each commit and once a minute).
CREATE TABLE audit_seal (
  seq        BIGINT      NOT NULL PRIMARY KEY,
  entry_id   BIGINT      NOT NULL,
  hash       CHAR(64)    NOT NULL,
  sealed_at  DATETIME(3) NOT NULL,
  CONSTRAINT uk_audit_seal_entry UNIQUE (entry_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE audit_chain_head (
  id    TINYINT  NOT NULL PRIMARY KEY,
  seq   BIGINT   NOT NULL,
  hash  CHAR(64) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO audit_chain_head (id, seq, hash) VALUES (1, 0, REPEAT('0', 64));

CREATE TABLE audit_pending (
  entry_id BIGINT NOT NULL PRIMARY KEY
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Entries written before the chain existed are sealed first, in the order they were written.
INSERT INTO audit_pending (entry_id) SELECT id FROM audit_log;

-- The audit administrator filters by time, user and action as well as by object.
CREATE INDEX ix_audit_log_time ON audit_log (occurred_at);
