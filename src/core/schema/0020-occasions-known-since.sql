-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema step 20: when the shop came to know of each birthday and start.

-- Insights count the occasions of each past month that went by with no
-- celebration marked — but only those the shop could have known of: a
-- birthday in March of a customer added in May did not go by unmarked.
-- Both indexes the occasions are read from now also hold when the
-- customer was added, so the count reads them alone.
DROP INDEX customers_by_birthday;
CREATE INDEX customers_by_birthday ON customers (birthday_md, display_name, birthday, created_at)
  WHERE deleted_at IS NULL;
DROP INDEX customers_by_since;
CREATE INDEX customers_by_since ON customers (substr(customer_since, -5), display_name, customer_since,
                                              created_at)
  WHERE deleted_at IS NULL AND is_prospect = 0;
