-- Reviews of a submitted claim (settlement issue, part 2): a first review (accept, deduct with a coded reason and
-- amount, or return a line for correction), a second review by another reviewer, and the payout approval by an
-- approver who prepared and reviewed nothing of it. Who did each step is kept on the claim.
ALTER TABLE care_claim
  ADD COLUMN first_reviewed_by  VARCHAR(64)   NULL,
  ADD COLUMN first_reviewed_at  DATETIME(3)   NULL,
  ADD COLUMN second_reviewed_by VARCHAR(64)   NULL,
  ADD COLUMN second_reviewed_at DATETIME(3)   NULL,
  ADD COLUMN approved_by        VARCHAR(64)   NULL,
  ADD COLUMN approved_at        DATETIME(3)   NULL,
  ADD COLUMN deducted           DECIMAL(14,2) NOT NULL DEFAULT 0 COMMENT 'fund share deducted by the reviews',
  ADD COLUMN resubmissions      INT           NOT NULL DEFAULT 0 COMMENT 'a returned claim is resubmitted once';

ALTER TABLE care_claim_line
  ADD COLUMN review          VARCHAR(16)   NOT NULL DEFAULT 'PENDING' COMMENT 'PENDING, ACCEPTED, DEDUCTED, RETURNED',
  ADD COLUMN deduction       DECIMAL(12,2) NOT NULL DEFAULT 0,
  ADD COLUMN review_reason   VARCHAR(24)   NULL COMMENT 'a deduction''s or return''s coded reason',
  ADD COLUMN review_note     VARCHAR(200)  NULL;
