-- Accounts, the roles people hold with their scopes, single-use links (invitations and password
-- resets), personal API tokens, and the audit log of what happened to accounts.
CREATE TABLE app_user
(
	id              UUID         NOT NULL PRIMARY KEY,
	email           VARCHAR(254) NOT NULL,
	email_key       VARCHAR(254) NOT NULL UNIQUE,
	name            VARCHAR(200) NOT NULL,
	language        VARCHAR(10)  NOT NULL,
	password_hash   VARCHAR(200),
	enabled         BOOLEAN      NOT NULL,
	failed_sign_ins INT          NOT NULL,
	locked_until    TIMESTAMP WITH TIME ZONE,
	version         INT          NOT NULL,
	created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
	created_by      UUID,
	updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX app_user_by_name_idx ON app_user (name);

-- A role with its scope. scope_key is the country code, the organisation id, or '-' for none,
-- so that a person holds each role+scope pair once. No foreign key to the directory's tables:
-- modules refer to each other by identifier only.
CREATE TABLE user_grant
(
	user_id         UUID        NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
	role            VARCHAR(30) NOT NULL,
	country_code    VARCHAR(3),
	organisation_id UUID,
	scope_key       VARCHAR(40) NOT NULL,
	granted_at      TIMESTAMP WITH TIME ZONE NOT NULL,
	granted_by      UUID,
	PRIMARY KEY (user_id, role, scope_key)
);
CREATE INDEX user_grant_by_country_idx ON user_grant (country_code, role);
CREATE INDEX user_grant_by_organisation_idx ON user_grant (organisation_id, role);
CREATE INDEX user_grant_by_role_idx ON user_grant (role);

CREATE TABLE user_link
(
	id         UUID        NOT NULL PRIMARY KEY,
	user_id    UUID        NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
	purpose    VARCHAR(20) NOT NULL,
	token_hash VARCHAR(64) NOT NULL UNIQUE,
	created_at TIMESTAMP WITH TIME ZONE NOT NULL,
	created_by UUID,
	expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
	used_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX user_link_by_user_idx ON user_link (user_id, purpose);

CREATE TABLE api_token
(
	id           UUID         NOT NULL PRIMARY KEY,
	user_id      UUID         NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
	name         VARCHAR(100) NOT NULL,
	prefix       VARCHAR(20)  NOT NULL,
	token_hash   VARCHAR(64)  NOT NULL UNIQUE,
	created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
	expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
	revoked_at   TIMESTAMP WITH TIME ZONE,
	last_used_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX api_token_by_user_idx ON api_token (user_id);

CREATE TABLE audit_event
(
	id             UUID        NOT NULL PRIMARY KEY,
	occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
	event_type     VARCHAR(40) NOT NULL,
	actor_id       UUID,
	actor_email    VARCHAR(254),
	subject_id     UUID,
	subject_email  VARCHAR(254),
	detail         VARCHAR(1000),
	remote_address VARCHAR(64)
);
CREATE INDEX audit_event_by_time_idx ON audit_event (occurred_at);
CREATE INDEX audit_event_by_type_idx ON audit_event (event_type, occurred_at);
CREATE INDEX audit_event_by_subject_idx ON audit_event (subject_email, occurred_at);
CREATE INDEX audit_event_by_actor_idx ON audit_event (actor_email, occurred_at);
