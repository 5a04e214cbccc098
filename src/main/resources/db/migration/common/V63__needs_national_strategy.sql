-- National capacity-building strategies and action plans (seed 14(c)-(d)), a national record: one per
-- country, the working copy and the published copy as JSON.
CREATE TABLE national_strategy
(
	country_code    VARCHAR(3)   NOT NULL PRIMARY KEY REFERENCES country (code),
	status          VARCHAR(20)  NOT NULL,
	version         INT          NOT NULL,
	content         VARCHAR      NOT NULL,
	published       VARCHAR,
	published_at    TIMESTAMP WITH TIME ZONE,
	status_note     VARCHAR(2000),
	created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
	created_by      UUID,
	created_by_name VARCHAR(200),
	updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
	updated_by      UUID,
	updated_by_name VARCHAR(200) NOT NULL
);
CREATE INDEX national_strategy_by_status_idx ON national_strategy (status);
CREATE INDEX national_strategy_by_published_idx ON national_strategy (published_at);
