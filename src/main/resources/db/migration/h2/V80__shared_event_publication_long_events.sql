-- An event may be longer than 4,000 characters: a batch of a bulk load (InitiativesPublished, a
-- thousand initiatives' facts) is hundreds of thousands, and since the coordination analysis
-- listens to it, the event publication registry stores it. PostgreSQL's column is TEXT already.
ALTER TABLE event_publication ALTER COLUMN serialized_event SET DATA TYPE CHARACTER VARYING;
