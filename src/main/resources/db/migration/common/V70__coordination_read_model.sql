-- The coordination analysis's read model, fed by the events of initiatives and needs and rebuilt
-- from their public queries; no other module reads or writes it.

-- A published initiative as the analysis counts it. Amounts stay in the initiative's currency and
-- are converted at read time with the exchange-rate table at the start year's rate (rate_year), so
-- that a rate the Secretariat adds later applies at once.
CREATE TABLE coord_initiative
(
	id             UUID         NOT NULL PRIMARY KEY,
	title          VARCHAR(500) NOT NULL,
	start_date     DATE,
	end_date       DATE,
	funding_source VARCHAR(20),
	total_budget   NUMERIC(19, 2),
	currency       VARCHAR(3),
	rate_year      INT,
	donors         VARCHAR(4000) NOT NULL,
	regions        VARCHAR(400)  NOT NULL,
	placed         BOOLEAN      NOT NULL
);
CREATE INDEX coord_initiative_by_dates_idx ON coord_initiative (start_date, end_date);
CREATE INDEX coord_initiative_by_source_idx ON coord_initiative (funding_source);

-- The organisations funding an initiative, for the donor filter.
CREATE TABLE coord_initiative_donor
(
	initiative_id UUID NOT NULL REFERENCES coord_initiative (id) ON DELETE CASCADE,
	donor         UUID NOT NULL,
	PRIMARY KEY (initiative_id, donor)
);
CREATE INDEX coord_initiative_donor_by_donor_idx ON coord_initiative_donor (donor, initiative_id);

-- What an initiative gives a country and key element: its share of the budget (country share ×
-- element share, in percent of the whole) and the amount in its currency. A regional or global
-- initiative that names no country has one row per element with no country (shown apart).
CREATE TABLE coord_allocation
(
	initiative_id UUID          NOT NULL REFERENCES coord_initiative (id) ON DELETE CASCADE,
	country_code  VARCHAR(3),
	element       VARCHAR(20)   NOT NULL,
	share         NUMERIC(9, 6) NOT NULL,
	amount        NUMERIC(19, 2),
	estimated     BOOLEAN       NOT NULL
);
CREATE INDEX coord_allocation_by_cell_idx ON coord_allocation (country_code, element, initiative_id);
CREATE INDEX coord_allocation_by_element_idx ON coord_allocation (element, country_code);
CREATE INDEX coord_allocation_by_initiative_idx ON coord_allocation (initiative_id);

-- A published needs assessment: the latest on or before a date is what its country stated then.
CREATE TABLE coord_assessment
(
	id           UUID       NOT NULL PRIMARY KEY,
	country_code VARCHAR(3) NOT NULL,
	assessed_on  DATE       NOT NULL
);
CREATE INDEX coord_assessment_by_country_idx ON coord_assessment (country_code, assessed_on, id);
CREATE INDEX coord_assessment_by_date_idx ON coord_assessment (assessed_on);

-- What an assessment states per element; the requirement (short and long term) stays in its
-- currency and converts at the assessment year's rate.
CREATE TABLE coord_need
(
	assessment_id UUID        NOT NULL REFERENCES coord_assessment (id) ON DELETE CASCADE,
	element       VARCHAR(20) NOT NULL,
	priority      VARCHAR(10) NOT NULL,
	capacity      VARCHAR(10),
	requirement   NUMERIC(19, 2),
	currency      VARCHAR(3),
	PRIMARY KEY (assessment_id, element)
);
CREATE INDEX coord_need_by_element_idx ON coord_need (element, priority);

-- The latest word of a country's focal point on an initiative that names it.
CREATE TABLE coord_endorsement
(
	initiative_id UUID        NOT NULL,
	country_code  VARCHAR(3)  NOT NULL,
	endorsement   VARCHAR(10) NOT NULL,
	note          VARCHAR(2000),
	PRIMARY KEY (initiative_id, country_code)
);
