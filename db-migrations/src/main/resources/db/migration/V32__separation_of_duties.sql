-- 三权分立 (GB/T 22239-2019 level 3): the former all-powerful BUREAU_ADMIN becomes the system administrator
-- (policy rule sets, calendar, catalogue, settings); accounts and roles go to SECURITY_ADMIN, the audit trail to
-- AUDIT_ADMIN. An account that held BUREAU_ADMIN with other roles keeps them: the start-up check reports it.
UPDATE user_role SET role = 'SYSTEM_ADMIN' WHERE role = 'BUREAU_ADMIN';
