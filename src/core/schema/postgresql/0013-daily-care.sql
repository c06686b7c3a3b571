-- SPDX-License-Identifier: GPL-3.0-or-later
-- The day's care claimed in the shop's data, as a file's step 30: the
-- first client of the day to ask cares for the shop, the others do not
-- (cherish_reminder_store_claim_care_day ()).
CREATE TABLE daily_care (
  id  integer PRIMARY KEY CHECK (id = 1),
  day text    NOT NULL
);
