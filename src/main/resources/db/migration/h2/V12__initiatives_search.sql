-- PostgreSQL gets a trigram index for the registry's text search and statistics on its tags here (see
-- postgresql/V12). H2 has neither; the embedded database holds few enough initiatives to do without.
SELECT 1;
