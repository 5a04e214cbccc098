-- Country profiles, a national record: the working copy in columns and contact rows, the published
-- copy as JSON (what the public reads until the focal point publishes again).
CREATE TABLE country_profile
(
	country_code          VARCHAR(3)   NOT NULL PRIMARY KEY REFERENCES country (code),
	status                VARCHAR(20)  NOT NULL,
	version               INT          NOT NULL,
	framework             VARCHAR(20),
	framework_note        VARCHAR(2000),
	mechanism             VARCHAR(20),
	mechanism_note        VARCHAR(2000),
	website               VARCHAR(500),
	centre_of_origin      BOOLEAN,
	centre_of_origin_note VARCHAR(2000),
	published_content     VARCHAR,
	published_at          TIMESTAMP WITH TIME ZONE,
	status_note           VARCHAR(2000),
	created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
	created_by            UUID,
	created_by_name       VARCHAR(200),
	updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
	updated_by            UUID,
	updated_by_name       VARCHAR(200) NOT NULL
);
CREATE INDEX country_profile_by_status_idx ON country_profile (status);

CREATE TABLE country_profile_contact
(
	country_code VARCHAR(3)   NOT NULL REFERENCES country_profile (country_code) ON DELETE CASCADE,
	sort_order   INT          NOT NULL,
	kind         VARCHAR(20)  NOT NULL,
	name         VARCHAR(200) NOT NULL,
	institution  VARCHAR(300),
	email        VARCHAR(254),
	phone        VARCHAR(50),
	PRIMARY KEY (country_code, sort_order)
);
