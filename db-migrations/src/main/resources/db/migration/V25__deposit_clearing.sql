-- Annual clearing of the quality deposit (settlement issue, part 6): each rule-set version's score bands (an
-- institution's annual evaluation score from min_score up releases this share of the deposit withheld from its
-- year's claims; the rest is kept by the fund), and the clearing of an institution's year, prepared by an agency
-- officer and approved by an approver who did not prepare it.
CREATE TABLE deposit_release_band (
  id             BIGINT       NOT NULL PRIMARY KEY,
  rule_set_id    BIGINT       NOT NULL,
  min_score      INT          NOT NULL COMMENT 'from this score (0–100) up to the next band',
  released_share DECIMAL(5,4) NOT NULL COMMENT '0–1 of the withheld deposit released to the institution',
  CONSTRAINT uk_deposit_release_band UNIQUE (rule_set_id, min_score),
  CONSTRAINT fk_deposit_release_band_rule_set FOREIGN KEY (rule_set_id) REFERENCES rule_set (id) ON DELETE CASCADE,
  CONSTRAINT ck_deposit_release_band CHECK (min_score BETWEEN 0 AND 100 AND released_share BETWEEN 0 AND 1)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE deposit_clearing (
  id                  BIGINT        NOT NULL PRIMARY KEY,
  institution_id      BIGINT        NOT NULL,
  year                INT           NOT NULL,
  rule_set_code       VARCHAR(32)   NOT NULL COMMENT 'the version in force on 31 December, whose bands apply',
  withheld            DECIMAL(14,2) NOT NULL COMMENT 'deposit withheld from the claims for care in the year',
  claim_count         INT           NOT NULL,
  score               INT           NOT NULL,
  band_min_score      INT           NOT NULL,
  released_share      DECIMAL(5,4)  NOT NULL,
  released            DECIMAL(14,2) NOT NULL COMMENT 'round(withheld × share, 2, HALF_UP)',
  kept                DECIMAL(14,2) NOT NULL,
  status              VARCHAR(16)   NOT NULL COMMENT 'PREPARED, APPROVED',
  prepared_by         VARCHAR(64)   NOT NULL,
  prepared_at         DATETIME(3)   NOT NULL,
  approved_by         VARCHAR(64)   NULL,
  approved_at         DATETIME(3)   NULL,
  version             BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT uk_deposit_clearing UNIQUE (institution_id, year),
  CONSTRAINT fk_deposit_clearing_institution FOREIGN KEY (institution_id) REFERENCES care_institution (organisation_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
