-- How an assessment round's due date was counted, kept beside the date (org.ltcare.shared.calendar.DeadlineJson),
-- as for claims (V41). Rounds dispatched before, or without a calendar, have none.
ALTER TABLE assessment
  ADD COLUMN due_basis TEXT NULL COMMENT 'JSON: from, working days, holidays and make-up days passed, years'
    AFTER due_on;
