-- How an imported initiative's publisher classifies it, as the import last found it: its
-- sectors (any vocabulary, with their names), policy markers and tags, one a line. cbcm's
-- own classification is the key elements; these are kept beside it, as the publisher gave
-- them.
ALTER TABLE initiative_source ADD COLUMN classifications VARCHAR(8000);
