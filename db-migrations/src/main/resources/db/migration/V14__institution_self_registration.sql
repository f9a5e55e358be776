-- Institutions may register themselves (public page) to apply for contracting. Such a registration is PENDING
-- until the agency's document review of its first application confirms who it is; the bureau's own entries
-- (and every institution before this version) are CONFIRMED.
ALTER TABLE care_institution
  ADD COLUMN registration VARCHAR(16) NOT NULL DEFAULT 'CONFIRMED' COMMENT 'CONFIRMED, PENDING';
