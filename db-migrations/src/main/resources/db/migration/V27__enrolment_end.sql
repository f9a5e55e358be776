-- Loss of enrolment (rules.md §3, §5): the last enrolled day, recorded by the bureau. Claimed days after it (or
-- before enrolled_on) are rejected as NOT_ENROLLED; NULL while the person is enrolled.
ALTER TABLE insured_person
  ADD COLUMN enrolment_ended_on DATE NULL COMMENT 'last enrolled day; NULL while enrolled' AFTER enrolment_status;
