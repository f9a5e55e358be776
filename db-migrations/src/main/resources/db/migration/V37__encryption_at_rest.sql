-- ID numbers and phone numbers encrypted at rest (issue 20, PIPL sensitive personal information): the columns
-- hold AES-GCM ciphertext ("v1:<key id>:…", up to ~100 characters); ID numbers are found and kept unique through a
-- keyed blind index (HMAC-SHA256, 64 hex digits). The keys live outside the database, so the values already stored
-- are encrypted and indexed by the application at its next start (EncryptionMaintenance), not here; until then a
-- plain value is read as it is and a NULL index is not unique-checked.
ALTER TABLE insured_person
  DROP INDEX uk_insured_person_id_number,
  MODIFY id_number VARCHAR(255) NOT NULL,
  MODIFY phone     VARCHAR(255) NULL,
  ADD COLUMN id_number_index CHAR(64) NULL,
  ADD CONSTRAINT uk_insured_person_id_number_index UNIQUE (id_number_index);

ALTER TABLE care_worker
  DROP INDEX uk_care_worker_id_number,
  MODIFY id_number VARCHAR(255) NOT NULL,
  MODIFY phone     VARCHAR(255) NULL,
  ADD COLUMN id_number_index CHAR(64) NULL,
  ADD CONSTRAINT uk_care_worker_id_number_index UNIQUE (institution_id, id_number_index);

ALTER TABLE assessment_application MODIFY contact_phone VARCHAR(255) NOT NULL;

ALTER TABLE care_institution MODIFY contact_phone VARCHAR(255) NULL;
