-- Where an initiative came from when it was imported: its publisher's identifier (an IATI
-- reporting organisation) and the publisher's own identifier of it (an iati-identifier or
-- a spreadsheet's identifier column). A publisher names an initiative once: importing the
-- same activity again finds it. The hash is of the content as last imported, so that an
-- import that brings the same content changes nothing, edits made in cbcm since included.
CREATE TABLE initiative_source
(
	initiative_id UUID         NOT NULL PRIMARY KEY REFERENCES initiative (id) ON DELETE CASCADE,
	publisher     VARCHAR(100) NOT NULL,
	identifier    VARCHAR(200) NOT NULL,
	content_hash  VARCHAR(64)  NOT NULL,
	imported_by   VARCHAR(200) NOT NULL,
	imported_at   TIMESTAMP WITH TIME ZONE NOT NULL,
	CONSTRAINT initiative_source_external UNIQUE (publisher, identifier)
);
