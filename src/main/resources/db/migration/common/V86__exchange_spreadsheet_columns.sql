-- Spreadsheet imports: which column of the file holds which field of an initiative, for
-- each import (a JSON object of field to column header, with the reporting organisation
-- of the whole file where no column names it), and the column mappings the Secretariat
-- saved under a name, to apply to the next file of the same layout.
ALTER TABLE exchange_import ADD COLUMN sheet_columns VARCHAR(8000);

CREATE TABLE exchange_column_mapping
(
	name          VARCHAR(100)  NOT NULL PRIMARY KEY,
	sheet_columns VARCHAR(8000) NOT NULL,
	saved_by_name VARCHAR(200)  NOT NULL,
	saved_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
