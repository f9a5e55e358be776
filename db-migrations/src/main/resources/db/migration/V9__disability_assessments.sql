-- The disability assessment after acceptance: assessors' conflicts of interest, each assessment round with its
-- 17 item scores, the public notice, objections and the conclusion (rules.md §2).

-- An assessor employed by or otherwise linked to a care institution is never drawn for its applicants.
CREATE TABLE assessor_relation (
  id             BIGINT       NOT NULL PRIMARY KEY,
  assessor_id    BIGINT       NOT NULL,
  institution_id BIGINT       NOT NULL,
  kind           VARCHAR(16)  NOT NULL COMMENT 'EMPLOYED, LINKED',
  note           VARCHAR(200) NULL,
  recorded_by    VARCHAR(64)  NOT NULL,
  recorded_at    DATETIME(3)  NOT NULL,
  CONSTRAINT uk_assessor_relation UNIQUE (assessor_id, institution_id),
  CONSTRAINT fk_relation_assessor FOREIGN KEY (assessor_id) REFERENCES assessor (id),
  CONSTRAINT fk_relation_institution FOREIGN KEY (institution_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One round of assessment of an application: round 1 the first, later rounds re-assessments (复评).
CREATE TABLE assessment (
  id               BIGINT        NOT NULL PRIMARY KEY,
  application_id   BIGINT        NOT NULL,
  round_no         INT           NOT NULL,
  purpose          VARCHAR(16)   NOT NULL COMMENT 'INITIAL, OBJECTION, EXPIRY, ORDERED',
  opening_reason   VARCHAR(500)  NULL COMMENT 'why a later round was opened: the objection decision, the order',
  agency_id        BIGINT        NOT NULL,
  status           VARCHAR(24)   NOT NULL COMMENT 'AWAITING_ASSESSORS, DISPATCHED, ENTERED, CONFIRMED, APPROVED',
  assessor_a_id    BIGINT        NULL,
  assessor_b_id    BIGINT        NULL,
  dispatch_manner  VARCHAR(16)   NULL COMMENT 'RANDOM, MANUAL',
  manual_reason    VARCHAR(500)  NULL,
  dispatched_by    VARCHAR(64)   NULL,
  dispatched_at    DATETIME(3)   NULL,
  due_on           DATE          NULL,
  item_scores      VARCHAR(1000) NULL COMMENT 'JSON: dimension -> item code -> score',
  on_site_date     DATE          NULL,
  on_site_time     TIME          NULL,
  on_site_address  VARCHAR(200)  NULL,
  notes            VARCHAR(2000) NULL,
  entered_by       VARCHAR(64)   NULL,
  entered_at       DATETIME(3)   NULL,
  confirmed_by     VARCHAR(64)   NULL,
  confirmed_at     DATETIME(3)   NULL,
  reviewed_by      VARCHAR(64)   NULL,
  reviewed_at      DATETIME(3)   NULL,
  return_reason    VARCHAR(500)  NULL,
  rule_set_id      BIGINT        NULL,
  rule_set_code    VARCHAR(32)   NULL,
  adl_score        INT           NULL,
  cognition_score  INT           NULL,
  perception_score INT           NULL,
  grade            INT           NULL,
  fee_payer        VARCHAR(16)   NULL COMMENT 'APPLICANT, AGENCY: who bears a re-assessment fee',
  fee_amount       DECIMAL(10,2) NULL,
  version          BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT uk_assessment_round UNIQUE (application_id, round_no),
  CONSTRAINT fk_assessment_application FOREIGN KEY (application_id) REFERENCES assessment_application (id),
  CONSTRAINT fk_assessment_agency FOREIGN KEY (agency_id) REFERENCES organisation (id),
  CONSTRAINT fk_assessment_assessor_a FOREIGN KEY (assessor_a_id) REFERENCES assessor (id),
  CONSTRAINT fk_assessment_assessor_b FOREIGN KEY (assessor_b_id) REFERENCES assessor (id),
  CONSTRAINT fk_assessment_rule_set FOREIGN KEY (rule_set_id) REFERENCES rule_set (id),
  INDEX ix_assessment_assessor_a (assessor_a_id, status),
  INDEX ix_assessment_assessor_b (assessor_b_id, status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE assessment_photo (
  id            BIGINT       NOT NULL PRIMARY KEY,
  assessment_id BIGINT       NOT NULL,
  file_name     VARCHAR(200) NOT NULL,
  content_type  VARCHAR(100) NOT NULL,
  size_bytes    BIGINT       NOT NULL,
  content       LONGBLOB     NOT NULL,
  uploaded_by   VARCHAR(64)  NOT NULL,
  uploaded_at   DATETIME(3)  NOT NULL,
  CONSTRAINT fk_photo_assessment FOREIGN KEY (assessment_id) REFERENCES assessment (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- 公示: shown on the public page (masked) from starts_on through ends_on, closed by the process's timer.
CREATE TABLE public_notice (
  id             BIGINT      NOT NULL PRIMARY KEY,
  application_id BIGINT      NOT NULL,
  assessment_id  BIGINT      NOT NULL,
  area_name      VARCHAR(64) NOT NULL,
  grade          INT         NOT NULL,
  starts_on      DATE        NOT NULL,
  ends_on        DATE        NOT NULL,
  status         VARCHAR(16) NOT NULL COMMENT 'OPEN, CLOSED',
  closed_at      DATETIME(3) NULL,
  CONSTRAINT uk_notice_assessment UNIQUE (assessment_id),
  CONSTRAINT fk_notice_application FOREIGN KEY (application_id) REFERENCES assessment_application (id),
  CONSTRAINT fk_notice_assessment FOREIGN KEY (assessment_id) REFERENCES assessment (id),
  INDEX ix_notice_status (status, ends_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE objection (
  id              BIGINT        NOT NULL PRIMARY KEY,
  application_id  BIGINT        NOT NULL,
  notice_id       BIGINT        NULL,
  source          VARCHAR(16)   NOT NULL COMMENT 'PUBLIC (during the notice), APPLICANT (after the conclusion)',
  objector_name   VARCHAR(50)   NOT NULL,
  contact         VARCHAR(50)   NOT NULL,
  reason          VARCHAR(1000) NOT NULL,
  lodged_at       DATETIME(3)   NOT NULL,
  lodged_by       VARCHAR(64)   NULL COMMENT 'the user who recorded it; NULL from the public page',
  status          VARCHAR(16)   NOT NULL COMMENT 'LODGED, ACCEPTED, REJECTED',
  decided_by      VARCHAR(64)   NULL,
  decided_at      DATETIME(3)   NULL,
  decision_reason VARCHAR(500)  NULL,
  CONSTRAINT fk_objection_application FOREIGN KEY (application_id) REFERENCES assessment_application (id),
  CONSTRAINT fk_objection_notice FOREIGN KEY (notice_id) REFERENCES public_notice (id),
  INDEX ix_objection_application (application_id, status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- 评估结论: what benefits are decided on. A later conclusion for the same person supersedes it.
CREATE TABLE assessment_conclusion (
  id               BIGINT        NOT NULL PRIMARY KEY,
  document_number  VARCHAR(32)   NOT NULL,
  application_id   BIGINT        NOT NULL,
  assessment_id    BIGINT        NOT NULL,
  insured_id       BIGINT        NOT NULL,
  grade            INT           NOT NULL,
  adl_score        INT           NOT NULL,
  cognition_score  INT           NOT NULL,
  perception_score INT           NOT NULL,
  item_scores      VARCHAR(1000) NOT NULL COMMENT 'snapshot of the assessment''s 17 item scores (JSON)',
  rule_set_id      BIGINT        NOT NULL,
  rule_set_code    VARCHAR(32)   NOT NULL,
  concluded_on     DATE          NOT NULL,
  valid_through    DATE          NOT NULL,
  benefit_from     DATE          NOT NULL,
  status           VARCHAR(16)   NOT NULL COMMENT 'IN_FORCE, SUPERSEDED',
  superseded_by_id BIGINT        NULL,
  issued_at        DATETIME(3)   NOT NULL,
  CONSTRAINT uk_conclusion_number UNIQUE (document_number),
  CONSTRAINT uk_conclusion_assessment UNIQUE (assessment_id),
  CONSTRAINT fk_conclusion_application FOREIGN KEY (application_id) REFERENCES assessment_application (id),
  CONSTRAINT fk_conclusion_assessment FOREIGN KEY (assessment_id) REFERENCES assessment (id),
  CONSTRAINT fk_conclusion_insured FOREIGN KEY (insured_id) REFERENCES insured_person (id),
  CONSTRAINT fk_conclusion_rule_set FOREIGN KEY (rule_set_id) REFERENCES rule_set (id),
  INDEX ix_conclusion_insured (insured_id, status),
  INDEX ix_conclusion_expiry (status, valid_through)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
