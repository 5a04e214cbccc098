-- The coverage matrix by hand: every Party (not the EU) × every key element and sub-element of
-- 12(a), as of :'asof', from the coordination read model and the exchange-rate table, in one query.
-- The same rules as cbcm's (coordination.Verdict and internal.Analysis): the latest published
-- assessment on or before the date; initiatives active on it; amounts converted at the start year's
-- rate, requirements at the assessment year's; a missing rate leaves the amount out and the cell is
-- never under-funded. Two simplifications, which findings.md counts: different donors is "two or
-- more distinct donors among the cell's initiatives" here, where cbcm asks for two initiatives whose
-- donors share none (the same when each names one donor; not for an initiative of donors A and B
-- beside one of A alone); and ROUND rounds a half cent away from zero, cbcm to the even cent.
WITH elements AS (
	SELECT element FROM (VALUES ('12(a)'), ('12(a)(i)'), ('12(a)(ii)'), ('12(a)(iii)'), ('12(a)(iv)'), ('12(a)(v)'), ('12(b)'), ('12(c)'), ('12(d)'), ('12(e)'), ('12(f)'), ('12(g)'), ('12(h)'), ('12(i)'), ('12(j)'), ('12(k)'), ('12(l)'), ('12(m)'), ('12(n)'), ('12(o)')) AS e (element)
), parties AS (
	SELECT code FROM country WHERE cartagena_status = 'PARTY' AND code <> 'EU'
), latest AS (
	SELECT DISTINCT ON (country_code) id, country_code, assessed_on
	FROM coord_assessment WHERE assessed_on <= DATE :'asof'
	ORDER BY country_code, assessed_on DESC, id DESC
), needs AS (
	SELECT l.country_code, n.element, n.priority,
	       n.requirement * CASE WHEN n.currency = 'USD' THEN 1 ELSE r.usd_per_unit END AS requirement_usd,
	       (n.requirement IS NOT NULL AND n.currency <> 'USD' AND r.usd_per_unit IS NULL) AS requirement_unrated
	FROM latest l JOIN coord_need n ON n.assessment_id = l.id
	LEFT JOIN exchange_rate r ON r.currency = n.currency AND r.rate_year = EXTRACT(YEAR FROM l.assessed_on)
), active AS (
	SELECT i.id, i.currency, i.rate_year FROM coord_initiative i
	WHERE (i.start_date IS NULL OR i.start_date <= DATE :'asof') AND (i.end_date IS NULL OR i.end_date >= DATE :'asof')
), allocated AS (
	SELECT a.country_code, a.element, COUNT(DISTINCT a.initiative_id) AS initiatives,
	       SUM(a.amount * CASE WHEN i.currency = 'USD' THEN 1 ELSE r.usd_per_unit END) AS allocated_usd,
	       BOOL_OR(a.amount IS NOT NULL AND i.currency <> 'USD' AND r.usd_per_unit IS NULL) AS allocation_unrated
	FROM coord_allocation a JOIN active i ON i.id = a.initiative_id
	LEFT JOIN exchange_rate r ON r.currency = i.currency AND r.rate_year = i.rate_year
	WHERE a.country_code IS NOT NULL
	GROUP BY a.country_code, a.element
), donors AS (
	SELECT a.country_code, a.element, COUNT(DISTINCT d.donor) AS donors
	FROM coord_allocation a JOIN active i ON i.id = a.initiative_id
	JOIN coord_initiative_donor d ON d.initiative_id = a.initiative_id
	WHERE a.country_code IS NOT NULL
	GROUP BY a.country_code, a.element
)
SELECT p.code AS country, e.element, n.priority, COALESCE(al.initiatives, 0) AS initiatives,
       ROUND(COALESCE(al.allocated_usd, 0), 2) AS allocated_usd, ROUND(n.requirement_usd, 2) AS requirement_usd,
       CASE
         WHEN n.priority IS NULL OR n.priority NOT IN ('HIGH', 'MEDIUM') THEN 'NO_STATED_NEED'
         WHEN COALESCE(al.initiatives, 0) = 0 THEN 'GAP'
         WHEN COALESCE(d.donors, 0) >= 2 THEN 'POSSIBLE_DUPLICATION'
         WHEN n.requirement_usd IS NOT NULL AND NOT n.requirement_unrated AND NOT COALESCE(al.allocation_unrated, false)
              AND COALESCE(al.allocated_usd, 0) < n.requirement_usd THEN 'UNDER_FUNDED'
         ELSE 'COVERED'
       END AS verdict
FROM parties p CROSS JOIN elements e
LEFT JOIN needs n ON n.country_code = p.code AND n.element = e.element
LEFT JOIN allocated al ON al.country_code = p.code AND al.element = e.element
LEFT JOIN donors d ON d.country_code = p.code AND d.element = e.element
ORDER BY p.code, e.element;
