-- 定点服务协议 (contracting issue, part 2 of its data): what an institution is contracted for, per care type
-- with places and its daily charge, valid from/until. One agreement in force per institution at a time.
CREATE TABLE service_agreement (
  id             BIGINT       NOT NULL PRIMARY KEY,
  number         VARCHAR(32)  NOT NULL,
  institution_id BIGINT       NOT NULL,
  valid_from     DATE         NOT NULL,
  valid_until    DATE         NOT NULL,
  status         VARCHAR(16)  NOT NULL COMMENT 'ACTIVE, TERMINATED',
  terminated_on  DATE         NULL COMMENT 'the first day without the agreement, when terminated',
  rule_set_code  VARCHAR(32)  NOT NULL COMMENT 'the rule set the care types were checked against',
  signed_by      VARCHAR(64)  NOT NULL,
  signed_at      DATETIME(3)  NOT NULL,
  version        BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT uk_agreement_number UNIQUE (number),
  CONSTRAINT fk_agreement_institution FOREIGN KEY (institution_id) REFERENCES care_institution (organisation_id),
  INDEX ix_agreement_institution (institution_id, status, valid_from)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE agreement_care_type (
  agreement_id BIGINT        NOT NULL,
  care_type    VARCHAR(16)   NOT NULL COMMENT 'SPECIALIZED, RESIDENTIAL, HOME, VISITING',
  places       INT           NOT NULL,
  daily_charge DECIMAL(10,2) NOT NULL,
  PRIMARY KEY (agreement_id, care_type),
  CONSTRAINT fk_agreement_care_type FOREIGN KEY (agreement_id) REFERENCES service_agreement (id) ON DELETE CASCADE,
  CONSTRAINT ck_agreement_places CHECK (places > 0),
  CONSTRAINT ck_agreement_charge CHECK (daily_charge >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Sanctions (处理措施) on contracted institutions, with reason, document and effective dates; admission and
-- settlement read the suspensions in force.
CREATE TABLE institution_sanction (
  id              BIGINT       NOT NULL PRIMARY KEY,
  institution_id  BIGINT       NOT NULL,
  kind            VARCHAR(24)  NOT NULL COMMENT 'WARNING_TALK, RECTIFICATION, SUSPEND_ADMISSIONS, SUSPEND_SETTLEMENT, TERMINATION',
  reason          VARCHAR(500) NOT NULL,
  document_number VARCHAR(64)  NOT NULL,
  effective_from  DATE         NOT NULL,
  effective_until DATE         NULL COMMENT 'the rectification deadline, or the end of a suspension (NULL: until lifted)',
  status          VARCHAR(16)  NOT NULL COMMENT 'ACTIVE, LIFTED',
  issued_by       VARCHAR(64)  NOT NULL,
  issued_at       DATETIME(3)  NOT NULL,
  lifted_by       VARCHAR(64)  NULL,
  lifted_at       DATETIME(3)  NULL,
  lift_reason     VARCHAR(500) NULL,
  version         BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT fk_sanction_institution FOREIGN KEY (institution_id) REFERENCES care_institution (organisation_id),
  INDEX ix_sanction_institution (institution_id, status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
