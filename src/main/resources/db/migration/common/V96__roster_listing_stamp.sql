-- The roster's search keeps the listed experts' public facts in memory (roster.internal.RosterIndex)
-- and reads them again whenever the listing changed: every listing writes a new random stamp, so the
-- number of listed experts and the sum of their stamps change with each listing, renewed listing,
-- lapse or removal, whichever node or job made it. The index answers that check without the table.
ALTER TABLE roster_expert ADD COLUMN listing_stamp BIGINT NOT NULL DEFAULT 0;
CREATE INDEX roster_expert_listing_stamp_idx ON roster_expert (listed, listing_stamp);
