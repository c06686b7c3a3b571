-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema step 2: find the shop's Nth customer through an index.

CREATE INDEX customers_by_created ON customers (created_at, id)
  WHERE deleted_at IS NULL AND is_prospect = 0;

-- Regulars whose next visit is a threshold: by visit count, then recency.
CREATE INDEX customers_by_visits_recency ON customers (visit_count, last_visit_at)
  WHERE deleted_at IS NULL AND is_prospect = 0;
