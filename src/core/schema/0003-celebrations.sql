-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema step 3: celebrations planned for the occasions the milestones find.

CREATE TABLE celebrations (
  id            INTEGER PRIMARY KEY,
  customer_id   INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
  kind          TEXT    NOT NULL CHECK (kind IN ('birthday', 'life-event', 'tenure', 'nth-visit',
                                                 'shop-milestone')),
  occasion_date TEXT,                          -- YYYY-MM-DD; NULL: at the next visit
  number        INTEGER NOT NULL DEFAULT 0,    -- age, years, Nth visit or customer
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
  CHECK (status <> 'skipped' OR length (trim (skip_reason)) > 0),
  CHECK ((cost_minor IS NULL) = (currency IS NULL))
);

-- One celebration per occasion.
CREATE UNIQUE INDEX celebrations_by_occasion
  ON celebrations (customer_id, kind, ifnull (occasion_date, ''), number);
CREATE INDEX celebrations_by_date ON celebrations (occasion_date);
