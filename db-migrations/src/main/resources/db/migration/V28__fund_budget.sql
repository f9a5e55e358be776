-- The fund's monthly budget for care fees, entered by the bureau (issue 9: the dashboard sets the spend against it).
CREATE TABLE fund_budget (
  id          BIGINT        NOT NULL PRIMARY KEY,
  region_code CHAR(6)       NOT NULL,
  month       CHAR(7)       NOT NULL COMMENT 'yyyy-MM',
  amount      DECIMAL(14,2) NOT NULL COMMENT 'yuan',
  set_by      VARCHAR(64)   NOT NULL,
  set_at      DATETIME(3)   NOT NULL,
  version     BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT uk_fund_budget UNIQUE (region_code, month),
  CONSTRAINT fk_fund_budget_region FOREIGN KEY (region_code) REFERENCES region (code),
  CONSTRAINT ck_fund_budget_amount CHECK (amount >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
