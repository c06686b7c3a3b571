-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema step 16: a check of the reminders that finds nothing new is
-- quick. The database counts its committed changes (CherishDatabase bumps
-- data_changes.stamp with every write a store announces); a check records
-- when it ran and the count it had read before computing. The next one,
-- the same day, with the same count and no snooze ended, has nothing to
-- do. After a gap it looks back to the day of the last check (the 14-day
-- catch-up only when it was longer ago).

CREATE TABLE data_changes (
  id    INTEGER PRIMARY KEY CHECK (id = 1),
  stamp INTEGER NOT NULL
);
INSERT INTO data_changes (id, stamp) VALUES (1, 0);

CREATE TABLE reminder_checks (
  id         INTEGER PRIMARY KEY CHECK (id = 1),
  checked_at TEXT    NOT NULL,               -- UTC
  seen_stamp INTEGER NOT NULL                -- data_changes.stamp read before it
);

-- Snoozes that have ended, found without reading the whole log.
CREATE INDEX reminders_snoozed ON reminders_sent (snoozed_until) WHERE snoozed_until IS NOT NULL;

-- What was delivered lately, read before claiming: a check with nothing
-- new writes nothing.
CREATE INDEX reminders_sent_by_time ON reminders_sent (sent_at);
