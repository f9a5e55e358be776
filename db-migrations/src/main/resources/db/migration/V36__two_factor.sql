-- Two-factor login (issue 20, 等保 2.0 身份鉴别): a TOTP secret per account once it is enrolled (encrypted like the
-- ID numbers, V37), the last time step
-- accepted (a code is accepted once: RFC 6238 §5.2), and the unused ones of ten one-time recovery codes, stored as
-- SHA-256 only (a used code is deleted; its use is a security event of the audit trail).
ALTER TABLE user_account
  ADD COLUMN totp_secret        VARCHAR(255) NULL,
  ADD COLUMN totp_enrolled_at   DATETIME(3)  NULL,
  ADD COLUMN totp_last_step     BIGINT       NULL;

CREATE TABLE recovery_code (
  user_id    BIGINT      NOT NULL,
  code_hash  CHAR(64)    NOT NULL,
  PRIMARY KEY (user_id, code_hash),
  CONSTRAINT fk_recovery_code_user FOREIGN KEY (user_id) REFERENCES user_account (id)
);
