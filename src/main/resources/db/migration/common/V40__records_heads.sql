-- Where every record stands now, whatever module owns it, so that a person's pending work can be
-- listed across kinds in one query: written with each stored change of a record (RecordLifecycle).
-- Records stored before this table appear once they are stored again (a step or a save): their titles
-- and pages are the owning module's to say, and record_revision does not keep them.
CREATE TABLE record_head
(
	record_kind     VARCHAR(40)  NOT NULL,
	record_id       VARCHAR(60)  NOT NULL,
	country_code    VARCHAR(3),
	organisation_id UUID,
	person_id       UUID,
	status          VARCHAR(20)  NOT NULL,
	title           VARCHAR(300) NOT NULL,
	path            VARCHAR(300) NOT NULL,
	-- Why it was returned, while it is a draft nobody has changed since.
	return_reason   VARCHAR(2000),
	-- The roles that may publish it within its scope, as ",ROLE,ROLE,"; "," when only the Secretariat may.
	publisher_roles VARCHAR(200) NOT NULL,
	updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
	updated_by      UUID,
	updated_by_name VARCHAR(200) NOT NULL,
	PRIMARY KEY (record_kind, record_id)
);
-- Pending work asks for submitted or returned records of a viewer's countries, organisations or own.
CREATE INDEX record_head_pending_by_country_idx ON record_head (status, country_code, updated_at);
CREATE INDEX record_head_pending_by_organisation_idx ON record_head (status, organisation_id, updated_at);
CREATE INDEX record_head_pending_by_person_idx ON record_head (status, person_id, updated_at);
