-- Capacity-building initiatives. Each record keeps its working copy (what its owners write) and its
-- published copy (what the public reads) as JSON documents; the published ones are also spread into a
-- read model (entry, tags, country shares) that search, facets, downloads and the map run on.
CREATE TABLE initiative
(
	id                 UUID         NOT NULL PRIMARY KEY,
	status             VARCHAR(20)  NOT NULL,
	version            INT          NOT NULL,
	owner_country      VARCHAR(3),
	owner_organisation UUID,
	title              VARCHAR(500) NOT NULL,
	initiative_type    VARCHAR(20),
	content            VARCHAR      NOT NULL,
	published_content  VARCHAR,
	published_at       TIMESTAMP WITH TIME ZONE,
	status_note        VARCHAR(2000),
	created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
	created_by         UUID,
	created_by_name    VARCHAR(200) NOT NULL,
	updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
	updated_by         UUID,
	updated_by_name    VARCHAR(200) NOT NULL,
	CONSTRAINT initiative_one_owner CHECK ((owner_country IS NULL) <> (owner_organisation IS NULL))
);
CREATE INDEX initiative_by_owner_country_idx ON initiative (owner_country, status, updated_at);
CREATE INDEX initiative_by_owner_organisation_idx ON initiative (owner_organisation, status, updated_at);
CREATE INDEX initiative_by_status_idx ON initiative (status, updated_at);

-- One row per published initiative: what lists show and sort by.
CREATE TABLE initiative_entry
(
	initiative_id            UUID         NOT NULL PRIMARY KEY REFERENCES initiative (id) ON DELETE CASCADE,
	title                    VARCHAR(500) NOT NULL,
	sort_title               VARCHAR(500) NOT NULL,
	project_number           VARCHAR(100),
	initiative_type          VARCHAR(20),
	implementation           VARCHAR(20),
	start_date               DATE,
	end_date                 DATE,
	geographic_scope         VARCHAR(20),
	total_budget             NUMERIC(19, 2),
	currency                 VARCHAR(3),
	budget_year              INT,
	funding_source           VARCHAR(20),
	funding_type             VARCHAR(20),
	parent_id                UUID,
	country_shares_estimated BOOLEAN      NOT NULL,
	owner_country            VARCHAR(3),
	owner_organisation       UUID,
	published_at             TIMESTAMP WITH TIME ZONE NOT NULL,
	search_text              VARCHAR      NOT NULL
);
CREATE INDEX initiative_entry_by_published_idx ON initiative_entry (published_at, initiative_id);
CREATE INDEX initiative_entry_by_title_idx ON initiative_entry (sort_title, initiative_id);
CREATE INDEX initiative_entry_by_start_idx ON initiative_entry (start_date, initiative_id);
CREATE INDEX initiative_entry_by_end_idx ON initiative_entry (end_date, initiative_id);
CREATE INDEX initiative_entry_by_parent_idx ON initiative_entry (parent_id);
CREATE INDEX initiative_entry_by_money_idx ON initiative_entry (currency, budget_year);

-- What a published initiative is filed under, facet by facet: country, area (M49 regions its
-- countries lie in or it names), group (LDC, SIDS, ...), donor, implementer, organisation, element,
-- activity, status, type, source, category, target, scope.
CREATE TABLE initiative_tag
(
	initiative_id UUID        NOT NULL REFERENCES initiative_entry (initiative_id) ON DELETE CASCADE,
	facet         VARCHAR(20) NOT NULL,
	tag_value     VARCHAR(60) NOT NULL,
	PRIMARY KEY (initiative_id, facet, tag_value)
);
CREATE INDEX initiative_tag_by_value_idx ON initiative_tag (facet, tag_value, initiative_id);

-- Each country's percentage of a published initiative, the rest split evenly where none was given.
CREATE TABLE initiative_country_share
(
	initiative_id UUID          NOT NULL REFERENCES initiative_entry (initiative_id) ON DELETE CASCADE,
	country_code  VARCHAR(3)    NOT NULL,
	share         NUMERIC(9, 4) NOT NULL,
	PRIMARY KEY (initiative_id, country_code)
);
CREATE INDEX initiative_country_share_by_country_idx ON initiative_country_share (country_code, initiative_id);

-- US dollars per unit of a currency, a year's average, as the Secretariat keeps them.
CREATE TABLE exchange_rate
(
	currency        VARCHAR(3)      NOT NULL,
	rate_year       INT             NOT NULL,
	usd_per_unit    NUMERIC(24, 10) NOT NULL,
	source          VARCHAR(300),
	updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
	updated_by_name VARCHAR(200)    NOT NULL,
	PRIMARY KEY (currency, rate_year)
);
