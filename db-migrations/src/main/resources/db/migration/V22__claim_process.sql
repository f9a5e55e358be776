-- The settlement workflow of a claim (settlement issue, part 3): monthly-settlement.bpmn runs from the first
-- submission to the payout approval; the claim names its process instance, as sanctions and contracting do.
ALTER TABLE care_claim
  ADD COLUMN process_instance_id VARCHAR(64) NULL COMMENT 'monthly-settlement process, started on first submission';

-- The payout deadline's escalation as an approver handled it (who, when, what was done).
ALTER TABLE care_claim
  ADD COLUMN escalation_handled_by VARCHAR(64)  NULL,
  ADD COLUMN escalation_handled_at DATETIME(3)  NULL,
  ADD COLUMN escalation_note       VARCHAR(200) NULL;
