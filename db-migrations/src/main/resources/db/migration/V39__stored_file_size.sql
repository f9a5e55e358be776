-- A checklist item provided on paper (or still missing) has no stored file: its file columns are all empty, the size
-- included, so that the stored file (org.ltcare.shared.files.StoredFile) reads as absent.
ALTER TABLE application_material MODIFY size_bytes BIGINT NULL;
UPDATE application_material SET size_bytes = NULL WHERE file_name IS NULL;
