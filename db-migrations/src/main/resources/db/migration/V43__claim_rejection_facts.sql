-- Issue 27: the record behind each rejected day of a claim line (the hospital stay, the absence, the unverified
-- visit, the other claim, the enrolment, the conclusion, the date of death, the monthly cap), as the generator
-- found it. Lines made before keep their code only.
ALTER TABLE care_claim_rejection
  ADD COLUMN fact_kind      VARCHAR(20) NULL COMMENT 'HOSPITAL_STAY, ABSENCE, UNVERIFIED_VISIT, OTHER_CLAIM, DEATH, ENROLMENT, CONCLUSION, NO_AGREEMENT, MONTHLY_CAP',
  ADD COLUMN fact_reference BIGINT      NULL COMMENT 'the record''s id, or the cap in days',
  ADD COLUMN fact_from      DATE        NULL COMMENT 'the first date the record states',
  ADD COLUMN fact_to        DATE        NULL COMMENT 'the last date it states; null while open';
