-- The medical-insurance feed of inpatient stays names each record (its admission number); the same record sent
-- again finds the stay it made and changes nothing, or adds the discharge that has come since.
ALTER TABLE hospital_stay
  ADD COLUMN external_ref VARCHAR(64) NULL COMMENT 'the feed''s record id',
  ADD CONSTRAINT uk_hospital_stay_external UNIQUE (source, external_ref);
