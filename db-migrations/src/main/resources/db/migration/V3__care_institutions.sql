-- The care-institution side of an organisation of kind CARE_INSTITUTION (the contracting issue extends it).
CREATE TABLE care_institution (
  organisation_id  BIGINT       NOT NULL PRIMARY KEY,
  institution_kind VARCHAR(32)  NOT NULL COMMENT 'HOSPITAL, NURSING_HOME, INTEGRATED, HOME_CARE_AGENCY, VILLAGE_CLINIC',
  hospital_level   TINYINT      NULL COMMENT '1, 2 or 3 for hospitals',
  has_ltc_ward     BOOLEAN      NOT NULL DEFAULT FALSE,
  beds             INT          NOT NULL DEFAULT 0,
  address          VARCHAR(200) NULL,
  CONSTRAINT fk_care_institution_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
  CONSTRAINT ck_care_institution_level CHECK (hospital_level IS NULL OR hospital_level BETWEEN 1 AND 3)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Assessors of an assessment agency (the assessment issue adds their institution links).
CREATE TABLE assessor (
  id              BIGINT      NOT NULL PRIMARY KEY,
  organisation_id BIGINT      NOT NULL,
  user_id         BIGINT      NULL,
  name            VARCHAR(64) NOT NULL,
  active          BOOLEAN     NOT NULL DEFAULT TRUE,
  CONSTRAINT fk_assessor_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
  CONSTRAINT fk_assessor_user FOREIGN KEY (user_id) REFERENCES user_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
