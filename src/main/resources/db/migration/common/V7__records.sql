-- What every record people keep shares: its revisions (a full snapshot per saved change) and, for
-- published records, when they were last confirmed and their owners last reminded.
CREATE TABLE record_revision
(
	record_kind    VARCHAR(40)  NOT NULL,
	record_id      VARCHAR(60)  NOT NULL,
	revision       INT          NOT NULL,
	record_version INT          NOT NULL,
	status         VARCHAR(20)  NOT NULL,
	snapshot       VARCHAR      NOT NULL,
	author_id      UUID,
	author_name    VARCHAR(200) NOT NULL,
	created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
	comment        VARCHAR(2000),
	PRIMARY KEY (record_kind, record_id, revision)
);

CREATE TABLE record_registry
(
	record_kind     VARCHAR(40)  NOT NULL,
	record_id       VARCHAR(60)  NOT NULL,
	country_code    VARCHAR(3),
	organisation_id UUID,
	title           VARCHAR(300) NOT NULL,
	path            VARCHAR(300) NOT NULL,
	status          VARCHAR(20)  NOT NULL,
	confirmed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
	reminded_at     TIMESTAMP WITH TIME ZONE,
	PRIMARY KEY (record_kind, record_id)
);
CREATE INDEX record_registry_by_confirmation_idx ON record_registry (status, confirmed_at);
