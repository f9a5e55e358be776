-- A report job's progress is counted like every other run's (org.ltcare.shared.model.RunState): done out of total.
-- A report counts in per cent, so its total is 100 and the per cent it had reached becomes what it has done.
ALTER TABLE report_job
  CHANGE COLUMN progress done INT NOT NULL DEFAULT 0 COMMENT 'per cent reached, out of total',
  ADD COLUMN total INT NOT NULL DEFAULT 100 COMMENT 'per cent: a report counts its progress out of 100' AFTER status;
