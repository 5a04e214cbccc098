-- Organisations become records the Secretariat publishes (issue 9). The columns an
-- organisation already had hold the copy readers see: its published copy, or for one
-- never published (a proposal) its working copy; readers see only rows with a
-- published_at. The working copy of a record saved since is kept as JSON beside it.
-- The reference organisations are published records from the start, at version 1; the
-- reference-data import updates only those nobody has saved in cbcm (updated_by NULL).
ALTER TABLE organisation ADD COLUMN status VARCHAR(20) DEFAULT 'PUBLISHED' NOT NULL;
ALTER TABLE organisation ADD COLUMN iati_identifier VARCHAR(100);
ALTER TABLE organisation ADD COLUMN working_content VARCHAR;
ALTER TABLE organisation ADD COLUMN published_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE organisation ADD COLUMN status_note VARCHAR(2000);
ALTER TABLE organisation ADD COLUMN created_by UUID;
ALTER TABLE organisation ADD COLUMN created_by_name VARCHAR(200);
ALTER TABLE organisation ADD COLUMN updated_by UUID;
ALTER TABLE organisation ADD COLUMN updated_by_name VARCHAR(200) DEFAULT '' NOT NULL;
UPDATE organisation SET version = version + 1, published_at = updated_at;
CREATE INDEX organisation_by_status_idx ON organisation (status);
CREATE INDEX organisation_by_published_idx ON organisation (published_at);
