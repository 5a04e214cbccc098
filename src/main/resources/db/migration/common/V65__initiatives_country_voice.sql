-- The countries an initiative names, in its working or its published copy: whose focal points and
-- national users see it in their workspace once it is submitted or published, and who may speak of it.
CREATE TABLE initiative_country
(
	initiative_id UUID       NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
	country_code  VARCHAR(3) NOT NULL,
	PRIMARY KEY (initiative_id, country_code)
);
CREATE INDEX initiative_country_by_country_idx ON initiative_country (country_code, initiative_id);

-- What the focal point of a named country says of the initiative now (principles 11(a) and 11(b)):
-- ENDORSED, COMMENTED or DISPUTED, with the comment or the reason of a dispute. A withdrawn word has
-- no row.
CREATE TABLE initiative_endorsement
(
	initiative_id UUID          NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
	country_code  VARCHAR(3)    NOT NULL,
	endorsement   VARCHAR(20)   NOT NULL,
	note          VARCHAR(2000),
	said_by       UUID,
	said_by_name  VARCHAR(200)  NOT NULL,
	said_at       TIMESTAMP WITH TIME ZONE NOT NULL,
	PRIMARY KEY (initiative_id, country_code)
);
CREATE INDEX initiative_endorsement_by_value_idx ON initiative_endorsement (endorsement, initiative_id);

-- Everything a country said of an initiative, withdrawals (endorsement NULL) included, oldest first.
CREATE TABLE initiative_endorsement_log
(
	initiative_id UUID          NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
	country_code  VARCHAR(3)    NOT NULL,
	said_at       TIMESTAMP WITH TIME ZONE NOT NULL,
	endorsement   VARCHAR(20),
	note          VARCHAR(2000),
	said_by       UUID,
	said_by_name  VARCHAR(200)  NOT NULL,
	PRIMARY KEY (initiative_id, country_code, said_at)
);
