-- Initiatives registered twice: pairs of records likely to be one initiative, scored with their
-- reasons, waiting for the Secretariat (OPEN), told apart for good (DISTINCT) or merged (MERGED). The
-- first of a pair is the one whose identifier reads smaller as text, so a pair has one row.
CREATE TABLE initiative_duplicate
(
	id              UUID          NOT NULL PRIMARY KEY,
	first_id        UUID          NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
	second_id       UUID          NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
	status          VARCHAR(20)   NOT NULL,
	score           INT           NOT NULL,
	reasons         VARCHAR(4000) NOT NULL,
	found_at        TIMESTAMP WITH TIME ZONE NOT NULL,
	decided_at      TIMESTAMP WITH TIME ZONE,
	decided_by      UUID,
	decided_by_name VARCHAR(200),
	CONSTRAINT initiative_duplicate_one_row UNIQUE (first_id, second_id)
);
CREATE INDEX initiative_duplicate_by_status_idx ON initiative_duplicate (status, score, id);
CREATE INDEX initiative_duplicate_by_second_idx ON initiative_duplicate (second_id);

-- A merge as it was made, so that it can be undone: which record survived, which was archived into
-- it, the archived one's status and version before and after.
CREATE TABLE initiative_merge
(
	id               UUID        NOT NULL PRIMARY KEY,
	pair_id          UUID        NOT NULL REFERENCES initiative_duplicate (id) ON DELETE CASCADE,
	survivor_id      UUID        NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
	merged_id        UUID        NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
	status_before    VARCHAR(20) NOT NULL,
	version_before   INT         NOT NULL,
	version_after    INT         NOT NULL,
	merged_at        TIMESTAMP WITH TIME ZONE NOT NULL,
	merged_by        UUID,
	merged_by_name   VARCHAR(200) NOT NULL,
	undone_at        TIMESTAMP WITH TIME ZONE,
	undone_by        UUID,
	undone_by_name   VARCHAR(200)
);
CREATE INDEX initiative_merge_by_merged_idx ON initiative_merge (merged_id, undone_at);
CREATE INDEX initiative_merge_by_pair_idx ON initiative_merge (pair_id);
CREATE INDEX initiative_merge_by_time_idx ON initiative_merge (undone_at, merged_at);
