-- 定点申请 (contracting issue, part 3 of its data): an institution's application to be contracted, or the renewal
-- of its agreement, as it goes through document review, evaluation, public notice and signing. The workflow
-- (institution-contracting.bpmn) drives it; this row is what screens and the audit trail read.
CREATE TABLE contracting_application (
  id                   BIGINT       NOT NULL PRIMARY KEY,
  number               VARCHAR(32)  NOT NULL,
  institution_id       BIGINT       NOT NULL,
  kind                 VARCHAR(16)  NOT NULL COMMENT 'NEW, RENEWAL',
  status               VARCHAR(24)  NOT NULL COMMENT 'DOCUMENT_REVIEW, RETURNED, EVALUATION, PUBLIC_NOTICE, SIGNING, SIGNED, FAILED, LAPSED, REFUSED',
  rule_set_code        VARCHAR(32)  NOT NULL COMMENT 'the rule set whose pass mark and deadlines apply',
  renews_agreement_id  BIGINT       NULL,
  missing_items        VARCHAR(200) NULL COMMENT 'checklist items found missing at the last review, comma-separated',
  return_reason        VARCHAR(500) NULL,
  correction_due       DATE         NULL COMMENT 'the last day to correct a returned application',
  times_returned       INT          NOT NULL DEFAULT 0,
  evaluation_manner    VARCHAR(16)  NULL COMMENT 'EXPERT, ON_SITE',
  evaluation_scores    VARCHAR(500) NULL COMMENT 'JSON object: sheet item code to points',
  evaluation_score     INT          NULL,
  evaluation_remarks   VARCHAR(500) NULL,
  evaluated_by         VARCHAR(64)  NULL,
  evaluated_at         DATETIME(3)  NULL,
  notice_from          DATE         NULL,
  notice_until         DATE         NULL,
  agreement_id         BIGINT       NULL,
  decision_reason      VARCHAR(500) NULL COMMENT 'why the bureau refused to sign',
  process_instance_id  VARCHAR(64)  NULL,
  submitted_by         VARCHAR(64)  NOT NULL,
  submitted_at         DATETIME(3)  NOT NULL,
  version              BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT uk_contracting_number UNIQUE (number),
  CONSTRAINT fk_contracting_institution FOREIGN KEY (institution_id) REFERENCES care_institution (organisation_id),
  CONSTRAINT fk_contracting_renews FOREIGN KEY (renews_agreement_id) REFERENCES service_agreement (id),
  CONSTRAINT fk_contracting_agreement FOREIGN KEY (agreement_id) REFERENCES service_agreement (id),
  CONSTRAINT ck_contracting_score CHECK (evaluation_score IS NULL OR evaluation_score BETWEEN 0 AND 100),
  INDEX ix_contracting_status (status, submitted_at),
  INDEX ix_contracting_institution (institution_id, submitted_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- What the institution asks to be contracted for; the approver signs these terms or changes them.
CREATE TABLE contracting_care_type (
  application_id BIGINT        NOT NULL,
  care_type      VARCHAR(16)   NOT NULL,
  places         INT           NOT NULL,
  daily_charge   DECIMAL(10,2) NOT NULL,
  PRIMARY KEY (application_id, care_type),
  CONSTRAINT fk_contracting_care_type FOREIGN KEY (application_id) REFERENCES contracting_application (id) ON DELETE CASCADE,
  CONSTRAINT ck_contracting_places CHECK (places > 0),
  CONSTRAINT ck_contracting_charge CHECK (daily_charge >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- 年度考核: one scored evaluation per institution and year, read at annual clearing for the quality deposit.
CREATE TABLE annual_evaluation (
  id             BIGINT       NOT NULL PRIMARY KEY,
  institution_id BIGINT       NOT NULL,
  year           INT          NOT NULL,
  scores         VARCHAR(500) NOT NULL COMMENT 'JSON object: sheet item code to points',
  score          INT          NOT NULL,
  remarks        VARCHAR(500) NULL,
  evaluated_by   VARCHAR(64)  NOT NULL,
  evaluated_at   DATETIME(3)  NOT NULL,
  version        BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT uk_annual_evaluation UNIQUE (institution_id, year),
  CONSTRAINT fk_annual_evaluation_institution FOREIGN KEY (institution_id) REFERENCES care_institution (organisation_id),
  CONSTRAINT ck_annual_evaluation_score CHECK (score BETWEEN 0 AND 100)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Contracting numbers become rule-set data (rules.md §4: validity 3 years, renewal 90 days before expiry; the
-- pass mark, correction time and notice days have no number in rules.md: 60, 10 and 5 are reference values).
UPDATE rule_set
   SET content = JSON_SET(content, '$.contracting', JSON_OBJECT(
         'evaluationPassMark', 60, 'correctionWorkingDays', 10, 'noticeWorkingDays', 5,
         'agreementValidityYears', 3, 'renewalLeadDays', 90))
 WHERE JSON_EXTRACT(content, '$.contracting') IS NULL;

-- The agreement a renewal replaced, so that an agreement's history reads as a chain.
ALTER TABLE service_agreement ADD COLUMN renews_agreement_id BIGINT NULL,
  ADD CONSTRAINT fk_agreement_renews FOREIGN KEY (renews_agreement_id) REFERENCES service_agreement (id);

-- A rectification order's follow-up (rectification-follow-up.bpmn): its process, and the approver's check after
-- the deadline.
ALTER TABLE institution_sanction
  ADD COLUMN process_instance_id VARCHAR(64)  NULL,
  ADD COLUMN follow_up_outcome   VARCHAR(16)  NULL COMMENT 'RECTIFIED, NOT_RECTIFIED',
  ADD COLUMN follow_up_note      VARCHAR(500) NULL,
  ADD COLUMN followed_up_by      VARCHAR(64)  NULL,
  ADD COLUMN followed_up_at      DATETIME(3)  NULL;
