-- Translations of the Action Plan's displayed texts, held in its data file beside the English
-- reference: per version (its title, document and source, and whether the translation is
-- cbcm's working one or an official text), per section title and per item title and text.
CREATE TABLE framework_version_translation
(
	version_id UUID          NOT NULL REFERENCES framework_version (id) ON DELETE CASCADE,
	language   VARCHAR(10)   NOT NULL,
	status     VARCHAR(20)   NOT NULL,
	title      VARCHAR(1000) NOT NULL,
	document   VARCHAR(1000) NOT NULL,
	source     VARCHAR(2000) NOT NULL,
	PRIMARY KEY (version_id, language)
);

CREATE TABLE framework_section_translation
(
	version_id     UUID         NOT NULL,
	section_number VARCHAR(10)  NOT NULL,
	language       VARCHAR(10)  NOT NULL,
	title          VARCHAR(600) NOT NULL,
	PRIMARY KEY (version_id, section_number, language),
	FOREIGN KEY (version_id, section_number) REFERENCES framework_section (version_id, section_number) ON DELETE CASCADE
);

CREATE TABLE framework_item_translation
(
	item_id  UUID          NOT NULL REFERENCES framework_item (id) ON DELETE CASCADE,
	language VARCHAR(10)   NOT NULL,
	title    VARCHAR(600),
	text     VARCHAR(8000) NOT NULL,
	PRIMARY KEY (item_id, language)
);
