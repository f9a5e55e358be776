-- Care records (care-records issue): what settlement pays for must have been delivered and recorded.

-- The service-item catalogue (服务项目目录) belongs to a rule-set version: edited while the version is a draft,
-- fixed once it is in force, copied into the drafts made from it.
CREATE TABLE service_item (
  id              BIGINT        NOT NULL PRIMARY KEY,
  rule_set_id     BIGINT        NOT NULL,
  code            VARCHAR(16)   NOT NULL,
  name            VARCHAR(64)   NOT NULL,
  category        VARCHAR(16)   NOT NULL COMMENT 'DAILY_LIVING 生活照料, MEDICAL_CARE 医疗护理',
  unit            VARCHAR(8)    NOT NULL COMMENT '次, 项, 小时 …',
  minimum_minutes INT           NOT NULL,
  reference_price DECIMAL(10,2) NOT NULL COMMENT 'yuan',
  care_types      VARCHAR(64)   NOT NULL COMMENT 'comma-separated: HOME, VISITING, RESIDENTIAL, SPECIALIZED',
  version         BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT uk_service_item_code UNIQUE (rule_set_id, code),
  CONSTRAINT fk_service_item_rule_set FOREIGN KEY (rule_set_id) REFERENCES rule_set (id) ON DELETE CASCADE,
  CONSTRAINT ck_service_item_numbers CHECK (minimum_minutes >= 0 AND reference_price >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The care workers (护理员) of an institution: home visits name one of them.
CREATE TABLE care_worker (
  id             BIGINT      NOT NULL PRIMARY KEY,
  institution_id BIGINT      NOT NULL,
  name           VARCHAR(32) NOT NULL,
  id_number      CHAR(18)    NOT NULL,
  qualification  VARCHAR(64) NOT NULL COMMENT 'e.g. 养老护理员（四级）, 护士执业证书',
  phone          VARCHAR(20) NULL,
  active         BOOLEAN     NOT NULL DEFAULT TRUE,
  created_by     VARCHAR(64) NOT NULL,
  created_at     DATETIME(3) NOT NULL,
  version        BIGINT      NOT NULL DEFAULT 0,
  CONSTRAINT uk_care_worker_id_number UNIQUE (institution_id, id_number),
  CONSTRAINT fk_care_worker_institution FOREIGN KEY (institution_id) REFERENCES care_institution (organisation_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Bed-days of 专护 and 院护: a beneficiary is present on every day of the admission unless an absence is recorded.
CREATE TABLE bed_day_absence (
  id             BIGINT       NOT NULL PRIMARY KEY,
  admission_id   BIGINT       NOT NULL,
  institution_id BIGINT       NOT NULL,
  absent_on      DATE         NOT NULL,
  reason         VARCHAR(16)  NOT NULL COMMENT 'HOME_LEAVE, HOSPITAL, OTHER',
  note           VARCHAR(200) NULL,
  source         VARCHAR(8)   NOT NULL COMMENT 'SCREEN or API',
  recorded_by    VARCHAR(64)  NOT NULL,
  recorded_at    DATETIME(3)  NOT NULL,
  CONSTRAINT uk_bed_day_absence UNIQUE (admission_id, absent_on),
  CONSTRAINT fk_bed_day_absence_admission FOREIGN KEY (admission_id) REFERENCES care_admission (id),
  INDEX ix_bed_day_absence_institution (institution_id, absent_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A month's records of an institution are closed when its claim for the month is submitted.
CREATE TABLE care_month_closure (
  institution_id BIGINT      NOT NULL,
  month          CHAR(7)     NOT NULL COMMENT 'yyyy-MM',
  closed_by      VARCHAR(64) NOT NULL,
  closed_at      DATETIME(3) NOT NULL,
  PRIMARY KEY (institution_id, month),
  CONSTRAINT fk_care_month_closure_institution FOREIGN KEY (institution_id) REFERENCES care_institution (organisation_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Home visits of 家护 (and 巡护): check-in and check-out, who cared, what was done, who confirmed it.
CREATE TABLE home_visit (
  id                  BIGINT       NOT NULL PRIMARY KEY,
  institution_id      BIGINT       NOT NULL,
  admission_id        BIGINT       NOT NULL,
  insured_id          BIGINT       NOT NULL,
  care_worker_id      BIGINT       NOT NULL,
  visit_date          DATE         NOT NULL COMMENT 'the day of the check-in in the bureau''s time zone',
  checked_in_at       DATETIME(3)  NOT NULL,
  checked_out_at      DATETIME(3)  NULL,
  check_in_latitude   DECIMAL(9,6) NULL,
  check_in_longitude  DECIMAL(9,6) NULL,
  check_out_latitude  DECIMAL(9,6) NULL,
  check_out_longitude DECIMAL(9,6) NULL,
  device_id           VARCHAR(64)  NULL,
  confirmation        VARCHAR(16)  NOT NULL COMMENT 'NONE, SIGNATURE, ONE_TIME_CODE',
  confirmed_by        VARCHAR(32)  NULL COMMENT 'the beneficiary or the family member who confirmed',
  confirmation_code   VARCHAR(16)  NULL,
  unverified_reason   VARCHAR(16)  NULL COMMENT 'NO_CHECK_OUT, TOO_SHORT; NULL when verified',
  external_ref        VARCHAR(64)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL COMMENT 'the institution system''s own id of the visit (exact)',
  source              VARCHAR(8)   NOT NULL COMMENT 'SCREEN or API',
  recorded_by         VARCHAR(64)  NOT NULL,
  recorded_at         DATETIME(3)  NOT NULL,
  version             BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT uk_home_visit_external UNIQUE (institution_id, external_ref),
  CONSTRAINT fk_home_visit_admission FOREIGN KEY (admission_id) REFERENCES care_admission (id),
  CONSTRAINT fk_home_visit_worker FOREIGN KEY (care_worker_id) REFERENCES care_worker (id),
  CONSTRAINT ck_home_visit_times CHECK (checked_out_at IS NULL OR checked_out_at >= checked_in_at),
  INDEX ix_home_visit_institution (institution_id, visit_date),
  INDEX ix_home_visit_insured (insured_id, visit_date),
  INDEX ix_home_visit_worker (care_worker_id, visit_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The family's signature image of a visit, apart from the visit so that lists of visits do not read images.
CREATE TABLE home_visit_signature (
  visit_id BIGINT     NOT NULL PRIMARY KEY,
  png      MEDIUMBLOB NOT NULL,
  CONSTRAINT fk_home_visit_signature_visit FOREIGN KEY (visit_id) REFERENCES home_visit (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE home_visit_item (
  visit_id  BIGINT      NOT NULL,
  item_code VARCHAR(16) NOT NULL,
  quantity  INT         NOT NULL,
  PRIMARY KEY (visit_id, item_code),
  CONSTRAINT fk_home_visit_item_visit FOREIGN KEY (visit_id) REFERENCES home_visit (id) ON DELETE CASCADE,
  CONSTRAINT ck_home_visit_item_quantity CHECK (quantity BETWEEN 1 AND 99)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Each record an institution system posts carries an idempotency key: the same key again with the same content
-- is answered as already stored; with other content it is refused.
CREATE TABLE care_record_key (
  institution_id  BIGINT      NOT NULL,
  idempotency_key VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL COMMENT 'compared exactly, as the code does',
  content_hash    CHAR(64)    NOT NULL COMMENT 'SHA-256 of the record as received, hex',
  record_kind     VARCHAR(16) NOT NULL COMMENT 'BED_DAY, HOME_VISIT',
  created_at      DATETIME(3) NOT NULL,
  PRIMARY KEY (institution_id, idempotency_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
