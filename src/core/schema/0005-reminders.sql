-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema step 5: reminders — what was sent (once), snoozed or done.

-- One row per reminder ever delivered or dealt with, so that each is
-- delivered once across restarts, crashes and two running copies.
-- key: "occasion:…:ahead", "occasion:…:day", "follow-up:<id>:<due date>".
CREATE TABLE reminders_sent (
  key           TEXT PRIMARY KEY,
  customer_id   INTEGER REFERENCES customers (id) ON DELETE CASCADE,
  state         TEXT NOT NULL DEFAULT 'sent' CHECK (state IN ('sent', 'done')),
  sent_at       TEXT NOT NULL,               -- UTC
  snoozed_until TEXT                         -- UTC; delivered again from then
) WITHOUT ROWID;

CREATE INDEX reminders_sent_by_customer ON reminders_sent (customer_id);

-- How many days ahead to be reminded of this customer's occasions, when the
-- manager set it for them (else the shop's lead time for the kind).
CREATE TABLE reminder_leads (
  customer_id INTEGER PRIMARY KEY REFERENCES customers (id) ON DELETE CASCADE,
  days        INTEGER NOT NULL CHECK (days BETWEEN 0 AND 90)
);
