-- Demo initiatives (DemoInitiatives), generated and removed by jobs that may run long and may be cut
-- short by a crash.

-- One row, which a generation or a removal keeps locked (SELECT ... FOR UPDATE) in a transaction of its
-- own for as long as it runs: one job at a time on every node, and a crashed node's lock goes with its
-- connection.
CREATE TABLE demo_lock
(
	id INT NOT NULL PRIMARY KEY CHECK (id = 1)
);
INSERT INTO demo_lock (id) VALUES (1);

-- One row of what the next demo initiatives go on from, changed in the transaction that writes or
-- removes them: the number of the last one written, so that the next are numbered after it even when
-- some were removed since; and of a load under way, its seed and how many it has still to write, so that
-- a load cut short is finished.
CREATE TABLE demo_load
(
	id          INT    NOT NULL PRIMARY KEY CHECK (id = 1),
	last_number INT    NOT NULL,
	seed        BIGINT NOT NULL,
	remaining   INT    NOT NULL
);
INSERT INTO demo_load (id, last_number, seed, remaining)
SELECT 1, COALESCE(MAX(CAST(SUBSTRING(e.project_number FROM 6) AS INT)), 0), 2006, 0
FROM initiative i
	JOIN initiative_entry e ON e.initiative_id = i.id
WHERE i.created_by IS NULL
	AND i.created_by_name = 'Demo data'
	AND e.project_number LIKE 'DEMO-%';

-- Demo initiatives are told apart by their author: the demo page counts them, and whether there are
-- any is asked for the banner of every page.
CREATE INDEX initiative_by_author_idx ON initiative (created_by_name, created_by);
