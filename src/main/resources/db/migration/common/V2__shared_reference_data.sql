-- Which version of each reference data file (countries, organisations, Action Plan versions)
-- has been imported, so that a start-up imports a file only when its content changed.
CREATE TABLE reference_data_import
(
	name        VARCHAR(200) NOT NULL PRIMARY KEY,
	checksum    VARCHAR(64)  NOT NULL,
	imported_at TIMESTAMP WITH TIME ZONE NOT NULL
);
