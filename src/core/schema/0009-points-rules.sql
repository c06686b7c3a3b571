-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema step 9: how points are earned — rules that apply from a day on —
-- and a visit earns once.

CREATE TABLE points_rules (
  id          INTEGER PRIMARY KEY,
  starts_on   TEXT    NOT NULL UNIQUE,          -- YYYY-MM-DD; until the next rule
  per_visit   INTEGER NOT NULL DEFAULT 0 CHECK (per_visit >= 0),
  per_amount  INTEGER NOT NULL DEFAULT 0 CHECK (per_amount >= 0),  -- points for each…
  amount_unit INTEGER NOT NULL DEFAULT 1 CHECK (amount_unit > 0),  -- …this many minor units
  currency    TEXT    CHECK (currency IS NULL OR length (currency) = 3),
  created_at  TEXT    NOT NULL
);

CREATE UNIQUE INDEX points_ledger_visit_once ON points_ledger (visit_id)
  WHERE kind = 'earned' AND visit_id IS NOT NULL;
