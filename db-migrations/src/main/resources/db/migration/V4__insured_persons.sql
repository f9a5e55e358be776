-- 参保人. The ID number is stored in full; screens mask it for roles that do not need it.
CREATE TABLE insured_person (
  id                BIGINT       NOT NULL PRIMARY KEY,
  id_number         CHAR(18)     NOT NULL,
  name              VARCHAR(50)  NOT NULL,
  gender            VARCHAR(8)   NOT NULL,
  birth_date        DATE         NOT NULL,
  insurance_type    VARCHAR(16)  NOT NULL COMMENT 'EMPLOYEE, RESIDENT',
  region_code       CHAR(6)      NOT NULL,
  enrolled_on       DATE         NOT NULL,
  enrolment_status  VARCHAR(16)  NOT NULL COMMENT 'ENROLLED, SUSPENDED, ENDED',
  phone             VARCHAR(20)  NULL,
  address           VARCHAR(200) NULL,
  created_at        DATETIME(3)  NOT NULL,
  version           BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT uk_insured_person_id_number UNIQUE (id_number),
  CONSTRAINT fk_insured_person_region FOREIGN KEY (region_code) REFERENCES region (code),
  INDEX ix_insured_person_name (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
