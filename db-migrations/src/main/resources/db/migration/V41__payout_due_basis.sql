-- How a claim's payout due date was counted, kept beside the date so that it still explains it after the holiday
-- calendar is edited (org.ltcare.shared.calendar.DeadlineJson). Claims submitted before have none.
ALTER TABLE care_claim
  ADD COLUMN payout_due_basis TEXT NULL COMMENT 'JSON: from, working days, holidays and make-up days passed, years'
    AFTER payout_due_on;
