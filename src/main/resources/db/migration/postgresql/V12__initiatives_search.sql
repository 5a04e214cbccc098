-- What the registry's search needs on PostgreSQL beyond B-trees, found by measuring it at 100,000
-- initiatives (bench/initiatives).
--
-- 1. The text search (q) looks for each word anywhere in search_text (LIKE '%word%'), which a B-tree
-- cannot serve: every search read the whole table. A trigram index finds the candidates. pg_trgm ships
-- with PostgreSQL and is a trusted extension (PostgreSQL 13+), so the owner of the database may create
-- it; where the application's user may not, a superuser creates it beforehand and this step finds it.
-- The operator class is named with the schema the extension lives in, which need not be on the path.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
DO $$
DECLARE
	trgm_schema TEXT;
BEGIN
	SELECT n.nspname INTO trgm_schema
	FROM pg_extension x JOIN pg_namespace n ON n.oid = x.extnamespace
	WHERE x.extname = 'pg_trgm';
	EXECUTE format('CREATE INDEX initiative_entry_by_text_idx ON initiative_entry USING gin (search_text %I.gin_trgm_ops)',
		trgm_schema);
END $$;

-- 2. A tag value belongs to one facet ('12(a)' is only ever an ELEMENT), which the planner, taking
-- facet and value as independent, does not know: it expected a tenth of the initiatives a filter such
-- as element=12(a) selects and probed the tags once per initiative instead of joining them in one
-- pass. Statistics on the two columns together tell it.
CREATE STATISTICS initiative_tag_facet_value_stats (dependencies, mcv) ON facet, tag_value FROM initiative_tag;
