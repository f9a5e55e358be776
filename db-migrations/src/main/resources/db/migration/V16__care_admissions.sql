-- 护理安排 (care-assignment issue): a beneficiary's admission to a care type at a contracted institution, from the
-- request through the institution's confirmation to its last day. One admission is open per person (the unique
-- keys below, on columns the database derives itself), and one request waits at a time; a change ends the old
-- admission on the last day of the month and starts the new one on the 1st.
CREATE TABLE care_admission (
  id                    BIGINT       NOT NULL PRIMARY KEY,
  insured_id            BIGINT       NOT NULL,
  application_id        BIGINT       NOT NULL,
  conclusion_id         BIGINT       NOT NULL,
  care_type             VARCHAR(16)  NOT NULL COMMENT 'SPECIALIZED, RESIDENTIAL, HOME, VISITING',
  institution_id        BIGINT       NOT NULL,
  status                VARCHAR(16)  NOT NULL COMMENT 'REQUESTED, ADMITTED, DECLINED, WITHDRAWN',
  indications           VARCHAR(120) NULL COMMENT 'medical indications recorded for 专护, comma-separated',
  rule_set_code         VARCHAR(32)  NOT NULL,
  replaces_admission_id BIGINT       NULL COMMENT 'the admission a change replaces',
  requested_by          VARCHAR(64)  NOT NULL,
  requested_at          DATETIME(3)  NOT NULL,
  admitted_on           DATE         NULL COMMENT 'the day the institution took the person in',
  starts_on             DATE         NULL COMMENT 'first day of the entitlement in this admission',
  ends_on               DATE         NULL COMMENT 'last day; NULL while open',
  end_reason            VARCHAR(24)  NULL COMMENT 'CHANGE, DEATH, ENROLMENT_ENDED, CONCLUSION_EXPIRED, GRADE_BELOW',
  visits_per_week       INT          NULL COMMENT '家护 visit plan',
  decline_reason        VARCHAR(500) NULL,
  decided_by            VARCHAR(64)  NULL,
  decided_at            DATETIME(3)  NULL,
  version               BIGINT       NOT NULL DEFAULT 0,
  open_admission_of     BIGINT GENERATED ALWAYS AS (CASE WHEN status = 'ADMITTED' AND ends_on IS NULL THEN insured_id END) STORED,
  pending_request_of    BIGINT GENERATED ALWAYS AS (CASE WHEN status = 'REQUESTED' THEN insured_id END) STORED,
  CONSTRAINT uk_admission_open UNIQUE (open_admission_of),
  CONSTRAINT uk_admission_pending UNIQUE (pending_request_of),
  CONSTRAINT fk_admission_insured FOREIGN KEY (insured_id) REFERENCES insured_person (id),
  CONSTRAINT fk_admission_application FOREIGN KEY (application_id) REFERENCES assessment_application (id),
  CONSTRAINT fk_admission_conclusion FOREIGN KEY (conclusion_id) REFERENCES assessment_conclusion (id),
  CONSTRAINT fk_admission_institution FOREIGN KEY (institution_id) REFERENCES care_institution (organisation_id),
  CONSTRAINT fk_admission_replaces FOREIGN KEY (replaces_admission_id) REFERENCES care_admission (id),
  CONSTRAINT ck_admission_dates CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on - INTERVAL 1 DAY),
  CONSTRAINT ck_admission_visits CHECK (visits_per_week IS NULL OR visits_per_week BETWEEN 1 AND 21),
  INDEX ix_admission_insured (insured_id, status),
  INDEX ix_admission_institution (institution_id, care_type, status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Hospital inpatient days suspend the entitlement (rules.md §3); the care-records issue brings the feed.
CREATE TABLE hospital_stay (
  id            BIGINT       NOT NULL PRIMARY KEY,
  insured_id    BIGINT       NOT NULL,
  hospital_name VARCHAR(128) NOT NULL,
  admitted_on   DATE         NOT NULL,
  discharged_on DATE         NULL COMMENT 'NULL while in hospital',
  source        VARCHAR(32)  NOT NULL COMMENT 'who reported it, e.g. MANUAL or the medical-insurance feed',
  recorded_by   VARCHAR(64)  NOT NULL,
  recorded_at   DATETIME(3)  NOT NULL,
  CONSTRAINT fk_hospital_stay_insured FOREIGN KEY (insured_id) REFERENCES insured_person (id),
  CONSTRAINT ck_hospital_stay_dates CHECK (discharged_on IS NULL OR discharged_on >= admitted_on),
  INDEX ix_hospital_stay_insured (insured_id, admitted_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The day a person died, when the bureau learns of it: no benefit from that day on.
ALTER TABLE insured_person ADD COLUMN died_on DATE NULL;

-- A rule-set version may carry its own copy of the care-type eligibility decision (DMN XML); NULL: the
-- reference table shipped with the application.
ALTER TABLE rule_set ADD COLUMN care_eligibility_dmn LONGTEXT NULL;
