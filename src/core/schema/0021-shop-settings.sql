-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema step 21: the shop's settings, kept with its data.

-- The rules every counter of the shop must share — its name, country and
-- currency, the milestones, how early each reminder comes, the follow-up
-- rules, the message templates — are kept here, so that a shop moved to
-- a server (and every computer using it) has the same. Each value is the
-- setting's GVariant text; what is only this computer's (the window, the
-- calendar shown, quiet hours) stays in its settings.
CREATE TABLE shop_settings (
  key   TEXT PRIMARY KEY CHECK (key <> ''),
  value TEXT NOT NULL
);
