-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema step 10: bonuses that are given once, expiry, tiers, and the
-- staff idea board.

ALTER TABLE points_rules ADD COLUMN birthday_bonus INTEGER NOT NULL DEFAULT 0 CHECK (birthday_bonus >= 0);
ALTER TABLE points_rules ADD COLUMN event_bonus    INTEGER NOT NULL DEFAULT 0 CHECK (event_bonus >= 0);
ALTER TABLE points_rules ADD COLUMN referral_bonus INTEGER NOT NULL DEFAULT 0 CHECK (referral_bonus >= 0);

-- What a bonus was for, so that each is given once: "birthday 2026",
-- "event 12", "referral 345" (the friend who came).
ALTER TABLE points_ledger ADD COLUMN bonus TEXT;
CREATE UNIQUE INDEX points_ledger_bonus_once ON points_ledger (customer_id, bonus)
  WHERE bonus IS NOT NULL;
CREATE UNIQUE INDEX points_ledger_referral_once ON points_ledger (bonus)
  WHERE bonus LIKE 'referral %';
CREATE INDEX points_ledger_by_time ON points_ledger (at, kind, customer_id, points);

-- One row: how tiers are measured and when points expire (0: never).
CREATE TABLE loyalty_settings (
  id            INTEGER PRIMARY KEY CHECK (id = 1),
  tier_basis    TEXT    NOT NULL DEFAULT 'points' CHECK (tier_basis IN ('points', 'visits')),
  expiry_months INTEGER NOT NULL DEFAULT 0 CHECK (expiry_months BETWEEN 0 AND 120)
);
INSERT INTO loyalty_settings (id) VALUES (1);

-- A customer is in the highest tier whose threshold they reach: points
-- earned, or visits, in the last 12 months.
CREATE TABLE tiers (
  id         INTEGER PRIMARY KEY,
  name       TEXT    NOT NULL UNIQUE CHECK (length (trim (name)) > 0),
  threshold  INTEGER NOT NULL UNIQUE CHECK (threshold >= 0),
  created_at TEXT    NOT NULL
);

-- Each customer's tier at the last recalculation, to tell who moved.
CREATE TABLE customer_tiers (
  customer_id INTEGER PRIMARY KEY REFERENCES customers (id) ON DELETE CASCADE,
  tier_id     INTEGER REFERENCES tiers (id) ON DELETE SET NULL,
  since       TEXT    NOT NULL
);

CREATE TABLE ideas (
  id          INTEGER PRIMARY KEY,
  title       TEXT    NOT NULL CHECK (length (trim (title)) > 0),
  description TEXT    NOT NULL DEFAULT '',
  cost_minor  INTEGER CHECK (cost_minor IS NULL OR cost_minor >= 0),
  currency    TEXT    CHECK (currency IS NULL OR length (currency) = 3),
  kinds       TEXT    NOT NULL DEFAULT '',      -- occasion kinds it fits, one per line
  staff_id    INTEGER REFERENCES staff (id) ON DELETE SET NULL,   -- who suggested it
  status      TEXT    NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'approved', 'declined')),
  comment     TEXT    NOT NULL DEFAULT '',      -- the manager's, approving or declining
  created_at  TEXT    NOT NULL,
  decided_at  TEXT,
  CHECK ((cost_minor IS NULL) = (currency IS NULL)),
  CHECK (status <> 'declined' OR length (trim (comment)) > 0)
);

-- One vote per staff member per idea.
CREATE TABLE idea_votes (
  idea_id  INTEGER NOT NULL REFERENCES ideas (id) ON DELETE CASCADE,
  staff_id INTEGER NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
  at       TEXT    NOT NULL,
  PRIMARY KEY (idea_id, staff_id)
) WITHOUT ROWID;

-- The idea a celebration used, and the reward given as its gesture.
ALTER TABLE celebrations ADD COLUMN idea_id INTEGER REFERENCES ideas (id) ON DELETE SET NULL;
ALTER TABLE celebrations ADD COLUMN reward_id INTEGER REFERENCES rewards (id) ON DELETE SET NULL;
CREATE INDEX celebrations_by_idea ON celebrations (idea_id) WHERE idea_id IS NOT NULL;
