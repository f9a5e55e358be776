-- API tokens of the machine credentials (an institution's system, the hospital feed): 256 random bits shown once,
-- kept only as SHA-256, sent as "Authorization: Bearer". Checked with one indexed lookup per request instead of a
-- password hash. Each belongs to one machine account (which names the institution and the role), expires, is used
-- (last use kept to the minute) and can be revoked; rows are never deleted.
CREATE TABLE api_token (
  id           BIGINT       NOT NULL PRIMARY KEY,
  account_id   BIGINT       NOT NULL,
  token_hash   CHAR(64)     NOT NULL,
  hint         VARCHAR(16)  NOT NULL COMMENT 'the first characters, to tell tokens apart',
  created_at   DATETIME(3)  NOT NULL,
  created_by   VARCHAR(64)  NOT NULL,
  expires_at   DATETIME(3)  NOT NULL,
  last_used_at DATETIME(3)  NULL,
  revoked_at   DATETIME(3)  NULL,
  revoked_by   VARCHAR(64)  NULL,
  version      BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT uk_api_token_hash UNIQUE (token_hash),
  CONSTRAINT fk_api_token_account FOREIGN KEY (account_id) REFERENCES user_account (id),
  INDEX ix_api_token_account (account_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
