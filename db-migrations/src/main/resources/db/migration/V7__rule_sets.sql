-- Policy rule sets (长护险政策参数): one row per version, per region. Content is the JSON document written by
-- org.ltcare.policy.rules.RuleSetJson (scale, entitlement, tariffs, deadlines, ...). A DRAFT is edited freely;
-- an ACTIVE version's content never changes (results record which version they used), only its end date
-- is set when a successor takes over. Effective ranges of the ACTIVE versions of a region never overlap:
-- the service checks it under a lock on the region row.
CREATE TABLE rule_set (
  id             BIGINT       NOT NULL PRIMARY KEY,
  region_code    CHAR(6)      NOT NULL,
  code           VARCHAR(32)  NOT NULL COMMENT 'e.g. SD-2025, unique within the region',
  name           VARCHAR(128) NOT NULL,
  status         VARCHAR(16)  NOT NULL COMMENT 'DRAFT or ACTIVE',
  effective_from DATE         NULL,
  effective_to   DATE         NULL COMMENT 'inclusive; NULL = open-ended',
  based_on_id    BIGINT       NULL,
  content        LONGTEXT     NOT NULL,
  created_by     VARCHAR(64)  NOT NULL,
  created_at     DATETIME(6)  NOT NULL,
  activated_by   VARCHAR(64)  NULL,
  activated_at   DATETIME(6)  NULL,
  row_version    INT          NOT NULL DEFAULT 0,
  CONSTRAINT uq_rule_set_code UNIQUE (region_code, code),
  CONSTRAINT fk_rule_set_region FOREIGN KEY (region_code) REFERENCES region (code),
  CONSTRAINT fk_rule_set_based_on FOREIGN KEY (based_on_id) REFERENCES rule_set (id),
  CONSTRAINT ck_rule_set_status CHECK (status IN ('DRAFT', 'ACTIVE')),
  CONSTRAINT ck_rule_set_dates CHECK (effective_to IS NULL OR effective_from <= effective_to)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_rule_set_in_force ON rule_set (region_code, status, effective_from);
