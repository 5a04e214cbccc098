-- A record may now belong to a person (an expert's own record) or to the Secretariat; a
-- registered record with no country, organisation or person is the Secretariat's.
ALTER TABLE record_registry ADD COLUMN person_id UUID;
