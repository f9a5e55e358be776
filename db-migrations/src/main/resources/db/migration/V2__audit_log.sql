-- Every change to a case, contract or claim: who, when, what, before and after (JSON).
CREATE TABLE audit_log (
  id              BIGINT       NOT NULL PRIMARY KEY,
  occurred_at     DATETIME(3)  NOT NULL,
  actor_username  VARCHAR(64)  NOT NULL,
  actor_org_id    BIGINT       NULL,
  entity_type     VARCHAR(64)  NOT NULL,
  entity_id       VARCHAR(64)  NOT NULL,
  action          VARCHAR(64)  NOT NULL,
  before_state    TEXT         NULL,
  after_state     TEXT         NULL,
  INDEX ix_audit_log_entity (entity_type, entity_id),
  INDEX ix_audit_log_actor (actor_username, occurred_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
