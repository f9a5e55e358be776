-- Organisations (bureau, agencies, assessment agencies, care institutions) and the people who log in.
-- Ids come from the pooled table generator id_generator (works on MySQL 8 and MariaDB alike).

CREATE TABLE id_generator (
  name     VARCHAR(64) NOT NULL PRIMARY KEY,
  next_val BIGINT      NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE region (
  code CHAR(6)     NOT NULL PRIMARY KEY COMMENT 'GB/T 2260 administrative division code',
  name VARCHAR(64) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE organisation (
  id          BIGINT       NOT NULL PRIMARY KEY,
  code        VARCHAR(32)  NOT NULL,
  name        VARCHAR(128) NOT NULL,
  kind        VARCHAR(32)  NOT NULL COMMENT 'BUREAU, AGENCY, ASSESSMENT_AGENCY, CARE_INSTITUTION',
  region_code CHAR(6)      NOT NULL,
  CONSTRAINT uk_organisation_code UNIQUE (code),
  CONSTRAINT fk_organisation_region FOREIGN KEY (region_code) REFERENCES region (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE user_account (
  id              BIGINT       NOT NULL PRIMARY KEY,
  username        VARCHAR(64)  NOT NULL,
  display_name    VARCHAR(64)  NOT NULL,
  password_hash   VARCHAR(255) NOT NULL,
  organisation_id BIGINT       NOT NULL,
  active          BOOLEAN      NOT NULL DEFAULT TRUE,
  failed_logins   INT          NOT NULL DEFAULT 0,
  locked_until    DATETIME(3)  NULL,
  created_at      DATETIME(3)  NOT NULL,
  version         BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT uk_user_account_username UNIQUE (username),
  CONSTRAINT fk_user_account_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE user_role (
  user_id BIGINT      NOT NULL,
  role    VARCHAR(32) NOT NULL,
  PRIMARY KEY (user_id, role),
  CONSTRAINT fk_user_role_user FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
