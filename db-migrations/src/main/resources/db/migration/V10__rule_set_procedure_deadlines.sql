-- Two procedure numbers became rule-set data: the acceptance deadline (was a constant of 5 working days in
-- the code) and the days before a conclusion expires when its re-assessment task is raised (rules.md §2.7:
-- 60). Versions stored before get the values they were applied with; JSON_SET is understood by MySQL 8 and
-- MariaDB alike.
UPDATE rule_set
   SET content = JSON_SET(content, '$.procedure.acceptanceWorkingDays', 5)
 WHERE JSON_EXTRACT(content, '$.procedure.acceptanceWorkingDays') IS NULL;

UPDATE rule_set
   SET content = JSON_SET(content, '$.procedure.expiryReminderDays', 60)
 WHERE JSON_EXTRACT(content, '$.procedure.expiryReminderDays') IS NULL;
