-- Needs assessments (issue 10), a national record: successive assessments of a country are
-- kept. The working copy and the published copy are JSON; the published copy's date sits
-- in its own column so that readers find a country's latest published assessment.
CREATE TABLE needs_assessment
(
	id                    UUID         NOT NULL PRIMARY KEY,
	country_code          VARCHAR(3)   NOT NULL REFERENCES country (code),
	assessed_on           DATE,
	status                VARCHAR(20)  NOT NULL,
	version               INT          NOT NULL,
	content               VARCHAR      NOT NULL,
	published_content     VARCHAR,
	published_assessed_on DATE,
	published_at          TIMESTAMP WITH TIME ZONE,
	status_note           VARCHAR(2000),
	created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
	created_by            UUID,
	created_by_name       VARCHAR(200),
	updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
	updated_by            UUID,
	updated_by_name       VARCHAR(200) NOT NULL
);
CREATE INDEX needs_assessment_by_country_idx ON needs_assessment (country_code, published_assessed_on);
CREATE INDEX needs_assessment_by_status_idx ON needs_assessment (status);
CREATE INDEX needs_assessment_by_published_idx ON needs_assessment (published_at);
