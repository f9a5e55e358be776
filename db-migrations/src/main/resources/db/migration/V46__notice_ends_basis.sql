-- Issue 27: a public notice keeps how its last day was counted (the working days from the approval, the holidays
-- and make-up days passed, the calendar years read), so that the notice and the objection window say how. Notices
-- opened before have none.
ALTER TABLE public_notice
  ADD COLUMN ends_basis TEXT NULL COMMENT 'JSON: from, working days, holidays and make-up days passed, years'
    AFTER ends_on;
