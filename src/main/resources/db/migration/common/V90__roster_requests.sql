-- Requests for experts (issue 14): a developing country Party or economy in transition asks for an
-- expert by terms of reference, expertise, key elements, languages, period, work mode and preferred
-- region; cbcm ranks a shortlist; the focal point selects an expert (an assignment, V91).
CREATE TABLE roster_request
(
	id             UUID          NOT NULL PRIMARY KEY,
	country_code   VARCHAR(3)    NOT NULL REFERENCES country (code),
	title          VARCHAR(200)  NOT NULL,
	terms          VARCHAR(8000) NOT NULL,
	starts_on      DATE          NOT NULL,
	ends_on        DATE          NOT NULL,
	work_mode      VARCHAR(10)   NOT NULL,
	region_code    VARCHAR(3)    NOT NULL,
	status         VARCHAR(12)   NOT NULL,
	version        INT           NOT NULL,
	filed_at       TIMESTAMP WITH TIME ZONE NOT NULL,
	filed_by       UUID,
	filed_by_name  VARCHAR(200)  NOT NULL,
	updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
	CHECK (ends_on >= starts_on)
);
CREATE INDEX roster_request_country_idx ON roster_request (country_code, filed_at);
CREATE INDEX roster_request_status_idx ON roster_request (status, filed_at);

CREATE TABLE roster_request_expertise
(
	request_id UUID        NOT NULL REFERENCES roster_request (id) ON DELETE CASCADE,
	expertise  VARCHAR(40) NOT NULL,
	place      INT         NOT NULL,
	PRIMARY KEY (request_id, expertise)
);

CREATE TABLE roster_request_element
(
	request_id UUID        NOT NULL REFERENCES roster_request (id) ON DELETE CASCADE,
	element    VARCHAR(20) NOT NULL,
	place      INT         NOT NULL,
	PRIMARY KEY (request_id, element)
);

CREATE TABLE roster_request_language
(
	request_id UUID       NOT NULL REFERENCES roster_request (id) ON DELETE CASCADE,
	language   VARCHAR(3) NOT NULL,
	place      INT        NOT NULL,
	PRIMARY KEY (request_id, language)
);
