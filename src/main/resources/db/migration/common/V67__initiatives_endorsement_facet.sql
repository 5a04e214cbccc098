-- The endorsement facet of the registry: every published initiative that names a country is filed as
-- not answered (NONE) until a country it names says something of it (InitiativeIndex).
INSERT INTO initiative_tag (initiative_id, facet, tag_value)
SELECT DISTINCT initiative_id, 'ENDORSEMENT', 'NONE' FROM initiative_country_share;
UPDATE initiative_entry SET tag_list = CASE WHEN tag_list = '' THEN 'ENDORSEMENT:NONE'
	ELSE tag_list || '|ENDORSEMENT:NONE' END
WHERE initiative_id IN (SELECT initiative_id FROM initiative_country_share);
INSERT INTO initiative_tag_count (facet, tag_value, n)
SELECT 'ENDORSEMENT', 'NONE', COUNT(*) FROM initiative_tag WHERE facet = 'ENDORSEMENT';
