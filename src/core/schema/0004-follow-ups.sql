-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema step 4: follow-ups — contact this customer on this day about this.

CREATE TABLE follow_ups (
  id          INTEGER PRIMARY KEY,
  customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
  due_date    TEXT    NOT NULL
                      CHECK (due_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  about       TEXT    NOT NULL CHECK (length (trim (about)) > 0),
  state       TEXT    NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'done', 'dismissed')),
  outcome     TEXT    NOT NULL DEFAULT '',
  rule        TEXT    NOT NULL DEFAULT '',   -- '': made by hand; else the rule that made it
  source      TEXT    NOT NULL DEFAULT '',   -- what the rule saw (a visit, a day)
  created_at  TEXT    NOT NULL,
  updated_at  TEXT    NOT NULL
);

-- A rule makes its follow-up once, however often it runs.
CREATE UNIQUE INDEX follow_ups_once ON follow_ups (customer_id, rule, source) WHERE rule <> '';
-- What is due: only open ones, by day.
CREATE INDEX follow_ups_open_by_due ON follow_ups (due_date) WHERE state = 'open';
CREATE INDEX follow_ups_by_customer ON follow_ups (customer_id, due_date);
