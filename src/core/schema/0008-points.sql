-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema step 8: loyalty points — an append-only ledger, a cached balance,
-- and the rewards they buy.

CREATE TABLE rewards (
  id         INTEGER PRIMARY KEY,
  name       TEXT    NOT NULL CHECK (length (trim (name)) > 0),
  cost       INTEGER NOT NULL CHECK (cost > 0),               -- points
  stock      INTEGER CHECK (stock IS NULL OR stock >= 0),     -- NULL: unlimited
  active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at TEXT    NOT NULL
);

-- Every movement of points is a row; nothing is updated or deleted (but
-- the rows of a customer who is erased). A row is reversed at most once.
CREATE TABLE points_ledger (
  id          INTEGER PRIMARY KEY,
  customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
  kind        TEXT    NOT NULL CHECK (kind IN ('earned', 'redeemed', 'expired', 'adjusted',
                                               'reversed')),
  points      INTEGER NOT NULL CHECK (points <> 0),
  visit_id    INTEGER,                         -- what earned them (kept if the visit goes)
  event_id    INTEGER,
  reward_id   INTEGER,
  reverses_id INTEGER UNIQUE REFERENCES points_ledger (id),
  reason      TEXT    NOT NULL DEFAULT '',
  staff_id    INTEGER,
  at          TEXT    NOT NULL,                -- UTC
  CHECK (kind <> 'adjusted' OR length (trim (reason)) > 0),
  CHECK ((kind = 'reversed') = (reverses_id IS NOT NULL)),
  CHECK (kind <> 'redeemed' OR (points < 0 AND reward_id IS NOT NULL))
);

CREATE INDEX points_ledger_by_customer ON points_ledger (customer_id, id);

CREATE TRIGGER points_ledger_no_update BEFORE UPDATE ON points_ledger
BEGIN
  SELECT RAISE (ABORT, 'the points ledger is append-only');
END;

CREATE TRIGGER points_ledger_no_delete BEFORE DELETE ON points_ledger
WHEN EXISTS (SELECT 1 FROM customers WHERE id = OLD.customer_id)
BEGIN
  SELECT RAISE (ABORT, 'the points ledger is append-only');
END;

-- The balance, kept with each row; checked against the sum by "verify".
CREATE TABLE points_balances (
  customer_id INTEGER PRIMARY KEY REFERENCES customers (id) ON DELETE CASCADE,
  balance     INTEGER NOT NULL
);

CREATE TRIGGER points_ledger_balance AFTER INSERT ON points_ledger
BEGIN
  INSERT INTO points_balances (customer_id, balance) VALUES (NEW.customer_id, NEW.points)
  ON CONFLICT (customer_id) DO UPDATE SET balance = balance + NEW.points;
END;
