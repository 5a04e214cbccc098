-- The country for which a person of a country an initiative names is told of its step (NULL when the
-- person is told as an owner, a publisher or the author): the daily mail then says that the initiative
-- names that country, as the mail of each step does.
ALTER TABLE record_notice ADD COLUMN named_country VARCHAR(3);
