-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema step 11: an event a customer is invited to is an occasion too, so
-- a celebration may be of kind 'event' (its number is the event's id).
-- SQLite cannot change a CHECK: the table is rebuilt, rows kept as they are.

CREATE TABLE celebrations_new (
  id            INTEGER PRIMARY KEY,
  customer_id   INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
  kind          TEXT    NOT NULL CHECK (kind IN ('birthday', 'life-event', 'tenure', 'nth-visit',
                                                 'shop-milestone', 'event')),
  occasion_date TEXT,                          -- YYYY-MM-DD; NULL: at the next visit
  number        INTEGER NOT NULL DEFAULT 0,    -- age, years, Nth visit or customer, event id
  life_event_id INTEGER REFERENCES life_events (id) ON DELETE SET NULL,
  status        TEXT    NOT NULL DEFAULT 'idea'
                        CHECK (status IN ('idea', 'planned', 'done', 'skipped')),
  surprise      TEXT    NOT NULL DEFAULT '',
  staff_id      INTEGER REFERENCES staff (id) ON DELETE SET NULL,
  gesture       TEXT    NOT NULL DEFAULT '',
  cost_minor    INTEGER CHECK (cost_minor IS NULL OR cost_minor >= 0),
  currency      TEXT    CHECK (currency IS NULL OR length (currency) = 3),
  notes         TEXT    NOT NULL DEFAULT '',
  skip_reason   TEXT    NOT NULL DEFAULT '',
  photo         TEXT,                          -- a file name in the photos folder
  created_at    TEXT    NOT NULL,
  updated_at    TEXT    NOT NULL,
  idea_id       INTEGER REFERENCES ideas (id) ON DELETE SET NULL,
  reward_id     INTEGER REFERENCES rewards (id) ON DELETE SET NULL,
  CHECK (status <> 'skipped' OR length (trim (skip_reason)) > 0),
  CHECK ((cost_minor IS NULL) = (currency IS NULL))
);

INSERT INTO celebrations_new (id, customer_id, kind, occasion_date, number, life_event_id, status,
                              surprise, staff_id, gesture, cost_minor, currency, notes, skip_reason,
                              photo, created_at, updated_at, idea_id, reward_id)
SELECT id, customer_id, kind, occasion_date, number, life_event_id, status, surprise, staff_id,
       gesture, cost_minor, currency, notes, skip_reason, photo, created_at, updated_at, idea_id,
       reward_id
FROM celebrations;

DROP TABLE celebrations;
ALTER TABLE celebrations_new RENAME TO celebrations;

CREATE UNIQUE INDEX celebrations_by_occasion
  ON celebrations (customer_id, kind, ifnull (occasion_date, ''), number);
CREATE INDEX celebrations_by_date ON celebrations (occasion_date);
CREATE INDEX celebrations_by_idea ON celebrations (idea_id) WHERE idea_id IS NOT NULL;
