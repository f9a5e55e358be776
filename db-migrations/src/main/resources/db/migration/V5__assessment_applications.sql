-- 失能评估申请 and its uploaded materials.
CREATE TABLE assessment_application (
  id                     BIGINT       NOT NULL PRIMARY KEY,
  insured_id             BIGINT       NOT NULL,
  applicant_role         VARCHAR(16)  NOT NULL COMMENT 'SELF, GUARDIAN, AGENT',
  applicant_name         VARCHAR(50)  NOT NULL,
  applicant_relation     VARCHAR(32)  NULL,
  contact_phone          VARCHAR(20)  NOT NULL,
  residence_kind         VARCHAR(16)  NOT NULL COMMENT 'HOME, INSTITUTION',
  residence_address      VARCHAR(200) NULL,
  current_institution_id BIGINT       NULL,
  filed_by_username      VARCHAR(64)  NOT NULL,
  filed_by_org_id        BIGINT       NOT NULL,
  filed_at               DATETIME(3)  NOT NULL,
  status                 VARCHAR(16)  NOT NULL COMMENT 'SUBMITTED, ACCEPTED, REFUSED',
  process_instance_id    VARCHAR(64)  NULL,
  decided_by_username    VARCHAR(64)  NULL,
  decided_at             DATETIME(3)  NULL,
  refusal_ground         VARCHAR(32)  NULL,
  refusal_reason         VARCHAR(500) NULL,
  version                BIGINT       NOT NULL DEFAULT 0,
  -- One open application per person, enforced by the database too: the column holds the insured id
  -- while the application is open and NULL afterwards (NULLs never collide in a unique index).
  open_insured_id        BIGINT AS (CASE WHEN status IN ('SUBMITTED', 'ACCEPTED') THEN insured_id END) STORED,
  CONSTRAINT uk_assessment_application_open UNIQUE (open_insured_id),
  CONSTRAINT fk_application_insured FOREIGN KEY (insured_id) REFERENCES insured_person (id),
  CONSTRAINT fk_application_filed_by_org FOREIGN KEY (filed_by_org_id) REFERENCES organisation (id),
  CONSTRAINT fk_application_current_institution FOREIGN KEY (current_institution_id) REFERENCES organisation (id),
  INDEX ix_application_status (status, filed_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE application_material (
  id             BIGINT       NOT NULL PRIMARY KEY,
  application_id BIGINT       NOT NULL,
  kind           VARCHAR(32)  NOT NULL COMMENT 'ID_DOCUMENT, DIAGNOSIS, MEDICAL_RECORDS, GUARDIANSHIP, OTHER',
  file_name      VARCHAR(200) NULL,
  content_type   VARCHAR(100) NULL,
  size_bytes     BIGINT       NOT NULL DEFAULT 0,
  content        LONGBLOB     NULL,
  provided       BOOLEAN      NOT NULL DEFAULT FALSE,
  CONSTRAINT fk_material_application FOREIGN KEY (application_id) REFERENCES assessment_application (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
