-- Reports (issue 9): generated in the background; the files are kept with the request for download.
CREATE TABLE report_job (
  id           BIGINT       NOT NULL PRIMARY KEY,
  region_code  CHAR(6)      NOT NULL,
  kind         VARCHAR(32)  NOT NULL COMMENT 'SETTLEMENT_SUMMARY, ASSESSMENT_STATISTICS, INSTITUTION_CARD',
  parameters   VARCHAR(200) NOT NULL COMMENT 'what the report covers, as the page shows it (month, period, institution and year)',
  status       VARCHAR(16)  NOT NULL COMMENT 'RUNNING, COMPLETED, FAILED',
  progress     INT          NOT NULL DEFAULT 0 COMMENT 'percent',
  failure      VARCHAR(500) NULL,
  xlsx         LONGBLOB     NULL,
  pdf          LONGBLOB     NULL,
  requested_by VARCHAR(64)  NOT NULL,
  requested_at DATETIME(3)  NOT NULL,
  ended_at     DATETIME(3)  NULL,
  version      BIGINT       NOT NULL DEFAULT 0,
  INDEX ix_report_job_region (region_code, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
