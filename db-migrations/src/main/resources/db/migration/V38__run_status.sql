-- One status vocabulary for every background run (org.ltcare.shared.model.RunStatus): PREPARED, RUNNING, COMPLETED,
-- FAILED, STOPPED. Claim runs stored the batch runtime's names and simulations STARTED for a run under way.
UPDATE claim_run SET status = CASE status
    WHEN 'STARTING' THEN 'RUNNING'
    WHEN 'STARTED' THEN 'RUNNING'
    WHEN 'STOPPING' THEN 'STOPPED'
    WHEN 'ABANDONED' THEN 'FAILED'
    ELSE status END;
UPDATE simulation_run SET status = 'RUNNING' WHERE status = 'STARTED';
ALTER TABLE claim_run MODIFY status VARCHAR(16) NOT NULL COMMENT 'RunStatus: RUNNING, COMPLETED, FAILED, STOPPED';
ALTER TABLE simulation_run MODIFY status VARCHAR(16) NOT NULL COMMENT 'RunStatus: RUNNING, COMPLETED, FAILED';
