-- A number that changes whenever what a session may rest on changes (a new password, a disabled
-- account): sessions signed in under an older stamp end at their next request.
ALTER TABLE app_user ADD COLUMN security_stamp INT DEFAULT 0 NOT NULL;
