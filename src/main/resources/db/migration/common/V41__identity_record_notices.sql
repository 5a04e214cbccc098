-- How a person is told of workflow steps: one mail per step (EACH, the default) or one mail a day
-- listing the day's steps (DAILY).
ALTER TABLE app_user ADD COLUMN notices VARCHAR(10) DEFAULT 'EACH' NOT NULL;

-- Every notice of a workflow step to a person, once: a step delivered again finds its row and sends
-- nothing. A notice for a person who chose the daily mail waits here (sent_at NULL) until the day's
-- digest claims it (digest_id) and sends it.
CREATE TABLE record_notice
(
	record_kind VARCHAR(40)   NOT NULL,
	record_id   VARCHAR(60)   NOT NULL,
	moved_at    TIMESTAMP WITH TIME ZONE NOT NULL,
	user_id     UUID          NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
	transition  VARCHAR(20)   NOT NULL,
	title       VARCHAR(300)  NOT NULL,
	path        VARCHAR(300)  NOT NULL,
	by_name     VARCHAR(200)  NOT NULL,
	reason      VARCHAR(2000),
	sent_at     TIMESTAMP WITH TIME ZONE,
	digest_id   UUID,
	PRIMARY KEY (record_kind, record_id, moved_at, user_id)
);
CREATE INDEX record_notice_pending_idx ON record_notice (sent_at, user_id);
