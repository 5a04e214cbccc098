-- Organisations that fund, implement or support biosafety capacity-building.
CREATE TABLE organisation
(
	id                UUID         NOT NULL PRIMARY KEY,
	reference_key     VARCHAR(60) UNIQUE,
	name              VARCHAR(300) NOT NULL,
	acronym           VARCHAR(40),
	organisation_type VARCHAR(30)  NOT NULL,
	country_code      VARCHAR(3) REFERENCES country (code),
	website           VARCHAR(500),
	description       VARCHAR(2000),
	version           INT          NOT NULL,
	created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
	updated_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX organisation_by_type_idx ON organisation (organisation_type);
CREATE INDEX organisation_by_country_idx ON organisation (country_code);
CREATE INDEX organisation_by_name_idx ON organisation (name);
