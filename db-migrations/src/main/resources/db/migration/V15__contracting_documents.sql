-- The documents an institution hands in with its contracting application, each filed under a checklist item,
-- for the agency's document review.
CREATE TABLE contracting_document (
  id             BIGINT       NOT NULL PRIMARY KEY,
  application_id BIGINT       NOT NULL,
  item           VARCHAR(24)  NOT NULL COMMENT 'LICENCE, FINANCE, CARE_STAFF, SOCIAL_INSURANCE, HOSPITAL_LEVEL',
  file_name      VARCHAR(200) NOT NULL,
  content_type   VARCHAR(50)  NOT NULL,
  size_bytes     BIGINT       NOT NULL,
  content        LONGBLOB     NOT NULL,
  uploaded_by    VARCHAR(64)  NOT NULL,
  uploaded_at    DATETIME(3)  NOT NULL,
  CONSTRAINT fk_contracting_document FOREIGN KEY (application_id) REFERENCES contracting_application (id),
  INDEX ix_contracting_document (application_id, item)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
