-- The roster of biosafety experts (issue 14): an expert's record is a person's record co-owned by the
-- nominating Party. The working copy and the published copy are JSON; what searches filter on is kept
-- beside them, from the published copy, while the expert is listed (published and not lapsed).
CREATE TABLE roster_expert
(
	id              UUID         NOT NULL PRIMARY KEY,
	person_id       UUID         NOT NULL UNIQUE,
	country_code    VARCHAR(3)   NOT NULL REFERENCES country (code),
	status          VARCHAR(20)  NOT NULL,
	version         INT          NOT NULL,
	content         VARCHAR      NOT NULL,
	published_content VARCHAR,
	published_at    TIMESTAMP WITH TIME ZONE,
	status_note     VARCHAR(2000),
	created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
	created_by      UUID,
	created_by_name VARCHAR(200),
	updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
	updated_by      UUID,
	updated_by_name VARCHAR(200) NOT NULL,
	-- The working copy's name, for the nominations lists.
	name            VARCHAR(250) NOT NULL,
	-- The listing: whether the expert shows in searches now, since when, and until when.
	listed          BOOLEAN      NOT NULL DEFAULT FALSE,
	listed_on       DATE,
	expires_on      DATE,
	lapsed_on       DATE,
	-- The reminders sent before the listing lapses (months before: 3, then 1); cleared on each update.
	reminded_months INT,
	-- The published copy's facts that searches filter and rank on.
	region_code     VARCHAR(3),
	gender          VARCHAR(20),
	availability    VARCHAR(20),
	remote          BOOLEAN      NOT NULL DEFAULT FALSE,
	on_site         BOOLEAN      NOT NULL DEFAULT FALSE,
	public_name     VARCHAR(250),
	search_text     VARCHAR(8000)
);
CREATE INDEX roster_expert_by_country_idx ON roster_expert (country_code, status);
CREATE INDEX roster_expert_listed_idx ON roster_expert (listed, region_code);
CREATE INDEX roster_expert_gender_idx ON roster_expert (listed, gender);
CREATE INDEX roster_expert_availability_idx ON roster_expert (listed, availability);
CREATE INDEX roster_expert_expiry_idx ON roster_expert (listed, expires_on);
CREATE INDEX roster_expert_status_idx ON roster_expert (status, updated_at);

-- The listed expert's areas of expertise (second level, with its top level).
CREATE TABLE roster_expert_expertise
(
	expert_id UUID        NOT NULL REFERENCES roster_expert (id) ON DELETE CASCADE,
	expertise VARCHAR(40) NOT NULL,
	area      VARCHAR(40) NOT NULL,
	PRIMARY KEY (expert_id, expertise)
);
CREATE INDEX roster_expert_expertise_idx ON roster_expert_expertise (expertise, expert_id);
CREATE INDEX roster_expert_area_idx ON roster_expert_expertise (area, expert_id);

-- The key elements of the Action Plan the listed expert's expertise serves.
CREATE TABLE roster_expert_element
(
	expert_id UUID        NOT NULL REFERENCES roster_expert (id) ON DELETE CASCADE,
	element   VARCHAR(20) NOT NULL,
	PRIMARY KEY (expert_id, element)
);
CREATE INDEX roster_expert_element_idx ON roster_expert_element (element, expert_id);

-- The languages the listed expert speaks (the mother tongue as EXCELLENT), with a rank to filter
-- by level: 3 excellent, 2 good, 1 fair.
CREATE TABLE roster_expert_language
(
	expert_id UUID       NOT NULL REFERENCES roster_expert (id) ON DELETE CASCADE,
	language  VARCHAR(3) NOT NULL,
	level     INT        NOT NULL,
	PRIMARY KEY (expert_id, language)
);
CREATE INDEX roster_expert_language_idx ON roster_expert_language (language, level, expert_id);

-- The listed expert's nationalities.
CREATE TABLE roster_expert_nationality
(
	expert_id    UUID       NOT NULL REFERENCES roster_expert (id) ON DELETE CASCADE,
	country_code VARCHAR(3) NOT NULL,
	PRIMARY KEY (expert_id, country_code)
);
CREATE INDEX roster_expert_nationality_idx ON roster_expert_nationality (country_code, expert_id);
