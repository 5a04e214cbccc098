-- The Action Plan as data: versions, their sections and items, the editorial resolutions of
-- the seed's flattened tracked changes, and mappings between items of two versions.
CREATE TABLE framework_version
(
	id           UUID         NOT NULL PRIMARY KEY,
	code         VARCHAR(60)  NOT NULL UNIQUE,
	title        VARCHAR(500) NOT NULL,
	document     VARCHAR(500) NOT NULL,
	source       VARCHAR(1000) NOT NULL,
	issued_on    DATE         NOT NULL,
	is_current   BOOLEAN      NOT NULL,
	editorial_note VARCHAR(2000),
	imported_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE framework_section
(
	version_id UUID         NOT NULL REFERENCES framework_version (id) ON DELETE CASCADE,
	section_number VARCHAR(10) NOT NULL,
	title      VARCHAR(300) NOT NULL,
	item_level VARCHAR(20),
	sort_order INT          NOT NULL,
	PRIMARY KEY (version_id, section_number)
);

CREATE TABLE framework_item
(
	id             UUID          NOT NULL PRIMARY KEY,
	version_id     UUID          NOT NULL REFERENCES framework_version (id) ON DELETE CASCADE,
	code           VARCHAR(20)   NOT NULL,
	item_type      VARCHAR(20)   NOT NULL,
	item_level     VARCHAR(20),
	parent_code    VARCHAR(20),
	section_number VARCHAR(10)   NOT NULL,
	sort_order     INT           NOT NULL,
	title          VARCHAR(300),
	text           VARCHAR(4000) NOT NULL,
	seed_text      VARCHAR(4000) NOT NULL,
	CONSTRAINT framework_item_code_unique UNIQUE (version_id, code)
);
CREATE INDEX framework_item_by_type_idx ON framework_item (version_id, item_type, item_level);

CREATE TABLE framework_item_resolution
(
	item_id       UUID          NOT NULL REFERENCES framework_item (id) ON DELETE CASCADE,
	sort_order    INT           NOT NULL,
	seed_reading  VARCHAR(1000) NOT NULL,
	clean_reading VARCHAR(1000) NOT NULL,
	note          VARCHAR(2000) NOT NULL,
	PRIMARY KEY (item_id, sort_order)
);

CREATE TABLE framework_item_mapping
(
	from_item_id UUID        NOT NULL REFERENCES framework_item (id) ON DELETE CASCADE,
	to_item_id   UUID        NOT NULL REFERENCES framework_item (id) ON DELETE CASCADE,
	relation     VARCHAR(20) NOT NULL,
	note         VARCHAR(1000),
	PRIMARY KEY (from_item_id, to_item_id)
);
CREATE INDEX framework_item_mapping_by_target_idx ON framework_item_mapping (to_item_id);
