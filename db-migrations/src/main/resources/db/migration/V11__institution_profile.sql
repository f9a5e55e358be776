-- The registry side of a care institution (issue: contracting care institutions, part 1): its unified social
-- credit code, care staff, payout bank account and contact, and its licences with their validity.
ALTER TABLE care_institution
  ADD COLUMN credit_code         VARCHAR(18)  NULL COMMENT '统一社会信用代码, GB 32100 (NULL for institutions entered before)',
  ADD COLUMN care_staff          INT          NOT NULL DEFAULT 0,
  ADD COLUMN contact_name        VARCHAR(50)  NULL,
  ADD COLUMN contact_phone       VARCHAR(20)  NULL,
  ADD COLUMN bank_name           VARCHAR(100) NULL,
  ADD COLUMN bank_account_name   VARCHAR(100) NULL,
  ADD COLUMN bank_account_number VARCHAR(34)  NULL,
  ADD COLUMN version             BIGINT       NOT NULL DEFAULT 0,
  ADD CONSTRAINT uk_care_institution_credit_code UNIQUE (credit_code);

CREATE TABLE institution_licence (
  id             BIGINT       NOT NULL PRIMARY KEY,
  institution_id BIGINT       NOT NULL,
  kind           VARCHAR(32)  NOT NULL COMMENT 'MEDICAL_PRACTICE, ELDERLY_CARE_FILING, LEGAL_PERSON, OTHER',
  number         VARCHAR(64)  NOT NULL,
  issued_by      VARCHAR(100) NULL,
  valid_from     DATE         NOT NULL,
  valid_until    DATE         NULL COMMENT 'NULL: no expiry',
  recorded_by    VARCHAR(64)  NOT NULL,
  recorded_at    DATETIME(3)  NOT NULL,
  CONSTRAINT fk_licence_institution FOREIGN KEY (institution_id) REFERENCES care_institution (organisation_id),
  INDEX ix_licence_expiry (valid_until)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
