-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema step 17: how each customer may be contacted.

-- The channels a customer accepts messages by, as bits: 1 e-mail, 2 SMS,
-- 4 WhatsApp, 8 calls (all of them unless the customer said otherwise);
-- and whether they asked not to be contacted at all, which overrides them.
ALTER TABLE customers ADD COLUMN channels INTEGER NOT NULL DEFAULT 15 CHECK (channels BETWEEN 0 AND 15);
ALTER TABLE customers ADD COLUMN do_not_contact INTEGER NOT NULL DEFAULT 0 CHECK (do_not_contact IN (0, 1));
