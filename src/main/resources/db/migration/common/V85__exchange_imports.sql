-- Imports of other systems' data (IATI activity files, spreadsheets) into the registry. An
-- import keeps what its file held (summary, and one row per activity with what the person
-- chose for it) and, once run, what it did: its progress, its report, and each activity's
-- outcome. The file itself is kept beside it (exchange_import_file), so that an import cut
-- short can be run again.
CREATE TABLE exchange_import
(
	id              UUID         NOT NULL PRIMARY KEY,
	file_format     VARCHAR(20)  NOT NULL,
	file_name       VARCHAR(300) NOT NULL,
	file_size       BIGINT       NOT NULL,
	status          VARCHAR(20)  NOT NULL,
	language        VARCHAR(10)  NOT NULL,
	selection_kind  VARCHAR(20)  NOT NULL,
	selection_terms VARCHAR(4000),
	publish_at_once BOOLEAN      NOT NULL,
	summary         VARCHAR      NOT NULL,
	report          VARCHAR,
	done_count      INT          NOT NULL,
	total_count     INT          NOT NULL,
	created_by      UUID,
	created_by_name VARCHAR(200) NOT NULL,
	created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
	started_at      TIMESTAMP WITH TIME ZONE,
	finished_at     TIMESTAMP WITH TIME ZONE,
	version         INT          NOT NULL
);

CREATE INDEX exchange_import_created ON exchange_import (created_at);

CREATE TABLE exchange_import_activity
(
	import_id     UUID         NOT NULL REFERENCES exchange_import (id) ON DELETE CASCADE,
	position      INT          NOT NULL,
	publisher     VARCHAR(100) NOT NULL,
	identifier    VARCHAR(200) NOT NULL,
	title         VARCHAR(500) NOT NULL,
	countries     VARCHAR(1000),
	kept          BOOLEAN      NOT NULL,
	kept_because  VARCHAR(1000),
	chosen        BOOLEAN      NOT NULL,
	proposed      VARCHAR(4000),
	exact         BOOLEAN      NOT NULL,
	elements      VARCHAR(1000),
	outcome       VARCHAR(20),
	initiative_id UUID,
	reason        VARCHAR(4000),
	PRIMARY KEY (import_id, position)
);

CREATE INDEX exchange_import_activity_chosen ON exchange_import_activity (import_id, chosen, position);

-- The key elements a person chose for a publisher's activity, remembered for its next import.
CREATE TABLE exchange_classification
(
	publisher       VARCHAR(100)  NOT NULL,
	identifier      VARCHAR(200)  NOT NULL,
	elements        VARCHAR(1000) NOT NULL,
	chosen_by_name  VARCHAR(200)  NOT NULL,
	chosen_at       TIMESTAMP WITH TIME ZONE NOT NULL,
	PRIMARY KEY (publisher, identifier)
);

-- An import's file, compressed (gzip). BYTEA is PostgreSQL's type and one of H2's names for
-- BINARY VARYING, up to a gigabyte; an import takes files of up to 50 MB.
CREATE TABLE exchange_import_file
(
	import_id UUID  NOT NULL PRIMARY KEY REFERENCES exchange_import (id) ON DELETE CASCADE,
	content   BYTEA NOT NULL
);
