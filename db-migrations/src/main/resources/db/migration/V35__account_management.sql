-- Accounts managed in the application (issue 20): one-time passwords to be changed at the next login, what a user
-- sees of their own logins, and who deactivated an account and why (accounts are never deleted).
ALTER TABLE user_account
  ADD COLUMN must_change_password   BOOLEAN      NOT NULL DEFAULT FALSE,
  ADD COLUMN last_login_at          DATETIME(3)  NULL,
  ADD COLUMN last_login_client      VARCHAR(64)  NULL,
  ADD COLUMN previous_login_at      DATETIME(3)  NULL,
  ADD COLUMN failed_since_login     INT          NOT NULL DEFAULT 0,
  ADD COLUMN failed_before_login    INT          NOT NULL DEFAULT 0,
  ADD COLUMN deactivated_at         DATETIME(3)  NULL,
  ADD COLUMN deactivated_by         VARCHAR(64)  NULL,
  ADD COLUMN deactivation_reason    VARCHAR(200) NULL;
