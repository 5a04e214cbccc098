-- Assignments (issue 14): an expert selected for a request is offered it, accepts (declaring no
-- conflict of interest and agreeing to confidentiality, each timestamped) or declines; the requesting
-- Party records dates, deliverables, fees and the employer's release (BS-V/4), completes it, reports
-- (section J of the guidelines) and rates it; the expert reports too.
CREATE TABLE roster_assignment
(
	id                        UUID          NOT NULL PRIMARY KEY,
	request_id                UUID          NOT NULL REFERENCES roster_request (id),
	expert_id                 UUID          NOT NULL REFERENCES roster_expert (id),
	-- The requesting Party, kept here so that the expert's contact rule reads one table.
	country_code              VARCHAR(3)    NOT NULL REFERENCES country (code),
	status                    VARCHAR(12)   NOT NULL,
	version                   INT           NOT NULL,
	offered_at                TIMESTAMP WITH TIME ZONE NOT NULL,
	offered_by_name           VARCHAR(200)  NOT NULL,
	answered_at               TIMESTAMP WITH TIME ZONE,
	decline_reason            VARCHAR(2000),
	coi_declared_at           TIMESTAMP WITH TIME ZONE,
	confidentiality_agreed_at TIMESTAMP WITH TIME ZONE,
	released_on               DATE,
	release_note              VARCHAR(2000),
	starts_on                 DATE,
	ends_on                   DATE,
	deliverables              VARCHAR(4000),
	fee_amount                NUMERIC(15, 2),
	fee_currency              VARCHAR(3),
	completed_at              TIMESTAMP WITH TIME ZONE,
	party_assistance          VARCHAR(4000),
	party_outcome             VARCHAR(4000),
	party_reported_at         TIMESTAMP WITH TIME ZONE,
	rating                    INT,
	rating_comment            VARCHAR(2000),
	expert_report             VARCHAR(4000),
	expert_reported_at        TIMESTAMP WITH TIME ZONE,
	UNIQUE (request_id, expert_id),
	CHECK (rating IS NULL OR rating BETWEEN 1 AND 5),
	CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on)
);
CREATE INDEX roster_assignment_expert_idx ON roster_assignment (expert_id, status);
CREATE INDEX roster_assignment_country_idx ON roster_assignment (country_code, expert_id);
