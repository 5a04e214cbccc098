-- Failed sign-ins are no longer counted per account in the database, nor do they lock an account for
-- a while: the sign-in throttle (identity's SignInThrottle) keeps them in memory, per client address
-- and per account name, with a wait that grows and ends.
ALTER TABLE app_user DROP COLUMN failed_sign_ins;
ALTER TABLE app_user DROP COLUMN locked_until;
