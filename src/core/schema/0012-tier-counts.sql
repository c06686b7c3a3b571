-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema step 12: how many customers are in each tier, without reading
-- them all.

CREATE INDEX customer_tiers_by_tier ON customer_tiers (tier_id);
