-- The Idempotency-Key of a POST to the API that created something, so that a script
-- retrying after a timeout gets the first answer again instead of creating twice. A key
-- belongs to the account that sent it (no foreign key: accounts are the identity module's).
-- The row is claimed (inserted) before the request runs, in a transaction of its own, so
-- that the primary key decides between two identical requests at once; it holds the
-- answer (status and what follows) once the request succeeded, and is deleted when the
-- request failed. Keys are kept for 24 hours (claimed_at, indexed for their removal).
CREATE TABLE web_idempotency_key
(
	account_id      UUID         NOT NULL,
	idempotency_key VARCHAR(255) NOT NULL,
	request_method  VARCHAR(10)  NOT NULL,
	request_target  VARCHAR      NOT NULL,
	body_sha256     VARCHAR(64)  NOT NULL,
	claimed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
	answered_at     TIMESTAMP WITH TIME ZONE,
	status          INT,
	content_type    VARCHAR,
	location        VARCHAR,
	etag            VARCHAR,
	body            BYTEA,
	PRIMARY KEY (account_id, idempotency_key)
);

CREATE INDEX web_idempotency_key_claimed ON web_idempotency_key (claimed_at);
