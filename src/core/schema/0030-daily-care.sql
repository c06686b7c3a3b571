-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema step 30: the day's care is claimed in the shop's data.
--
-- Once a day the shop is cared for (a backup of a file, the follow-up
-- rules, points past their expiry, tiers): by whichever comes first, a
-- copy of the app or a check of the reminders, on any computer of a shop
-- on a server. Today's backup being there told that before, which a
-- server shop has not (each check from a timer then recalculated every
-- tier). The day is claimed here instead: the one row moves to today
-- for the first that asks (cherish_reminder_store_claim_care_day ()).
CREATE TABLE daily_care (
  id  INTEGER PRIMARY KEY CHECK (id = 1),
  day TEXT    NOT NULL                 -- the shop's day, YYYY-MM-DD
);
