-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema step 6: customer events — the evening, its guests and its prizes.

CREATE TABLE events (
  id          INTEGER PRIMARY KEY,
  title       TEXT    NOT NULL CHECK (length (trim (title)) > 0),
  description TEXT    NOT NULL DEFAULT '',
  starts_at   TEXT    NOT NULL,                -- UTC, YYYY-MM-DDTHH:MM:SSZ
  ends_at     TEXT    NOT NULL,                -- UTC
  place       TEXT    NOT NULL DEFAULT '',
  capacity    INTEGER CHECK (capacity IS NULL OR capacity > 0),   -- people, +1s included
  status      TEXT    NOT NULL DEFAULT 'draft'
                      CHECK (status IN ('draft', 'open', 'done', 'cancelled')),
  incentives  TEXT    NOT NULL DEFAULT '',     -- one per line: "Double points tonight"
  created_at  TEXT    NOT NULL,
  updated_at  TEXT    NOT NULL,
  CHECK (ends_at > starts_at)
);

CREATE INDEX events_by_start ON events (starts_at);

-- Each guest once per event; the waitlist is ordered by when they joined it.
CREATE TABLE invitations (
  id            INTEGER PRIMARY KEY,
  event_id      INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  customer_id   INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
  status        TEXT    NOT NULL DEFAULT 'invited'
                        CHECK (status IN ('invited', 'accepted', 'declined', 'waitlisted',
                                          'attended', 'no-show')),
  party_size    INTEGER NOT NULL DEFAULT 1 CHECK (party_size BETWEEN 1 AND 20),
  waitlisted_at TEXT,                          -- UTC; the order of the waitlist
  walk_in       INTEGER NOT NULL DEFAULT 0 CHECK (walk_in IN (0, 1)),
  checked_in_at TEXT,                          -- UTC
  created_at    TEXT    NOT NULL,
  updated_at    TEXT    NOT NULL,
  UNIQUE (event_id, customer_id)
);

CREATE INDEX invitations_by_customer ON invitations (customer_id);
CREATE INDEX invitations_waitlist ON invitations (event_id, waitlisted_at, id)
  WHERE status = 'waitlisted';

-- Prizes handed out during the event; what is left never goes below zero.
CREATE TABLE prizes (
  id        INTEGER PRIMARY KEY,
  event_id  INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  name      TEXT    NOT NULL CHECK (length (trim (name)) > 0),
  quantity  INTEGER NOT NULL CHECK (quantity >= 0),
  remaining INTEGER NOT NULL CHECK (remaining BETWEEN 0 AND quantity),
  UNIQUE (event_id, name)
);

CREATE TABLE prize_awards (
  id            INTEGER PRIMARY KEY,
  prize_id      INTEGER NOT NULL REFERENCES prizes (id) ON DELETE CASCADE,
  invitation_id INTEGER NOT NULL REFERENCES invitations (id) ON DELETE CASCADE,
  awarded_at    TEXT    NOT NULL
);

CREATE INDEX prize_awards_by_prize ON prize_awards (prize_id);
CREATE INDEX prize_awards_by_invitation ON prize_awards (invitation_id);
