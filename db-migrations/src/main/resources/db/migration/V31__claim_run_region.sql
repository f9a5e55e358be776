-- A city-wide claim run generates the claims of one region's institutions: the region of the officer who starts
-- it (a bureau acts on its own region; the runs of another region are not listed). Earlier runs take their
-- starter's region.
ALTER TABLE claim_run ADD COLUMN region_code CHAR(6) NULL AFTER month;
UPDATE claim_run r
  JOIN user_account u ON u.username = r.started_by
  JOIN organisation o ON o.id = u.organisation_id
  SET r.region_code = o.region_code;
UPDATE claim_run SET region_code = (SELECT MIN(code) FROM region) WHERE region_code IS NULL;
ALTER TABLE claim_run MODIFY region_code CHAR(6) NOT NULL,
  ADD CONSTRAINT fk_claim_run_region FOREIGN KEY (region_code) REFERENCES region (code);
