-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema step 14: the occasions of a month read from indexes alone.
-- Birthdays, years as a customer and "at their next visit" are found by
-- month-day or visit count; carrying the name and the date in the index
-- spares one table lookup per occasion (8,000 a month in a shop of
-- 100,000), which was most of the time.

DROP INDEX customers_by_birthday;
CREATE INDEX customers_by_birthday ON customers (birthday_md, display_name, birthday)
  WHERE deleted_at IS NULL;

DROP INDEX customers_by_since;
CREATE INDEX customers_by_since ON customers (substr(customer_since, -5), display_name, customer_since)
  WHERE deleted_at IS NULL AND is_prospect = 0;

DROP INDEX customers_by_visits_recency;
CREATE INDEX customers_by_visits_recency ON customers (visit_count, last_visit_at, display_name)
  WHERE deleted_at IS NULL AND is_prospect = 0;

-- A customer's name by id, for the lists that join thousands of rows to
-- their customer (the follow-ups due): a small index read in order
-- instead of one table page per customer.
CREATE INDEX customers_names ON customers (id, display_name) WHERE deleted_at IS NULL;

-- How many customers the shop has (not prospects, not deleted), kept by
-- triggers: the shop's Nth customer is known without counting them all.
CREATE TABLE shop_size (
  id        INTEGER PRIMARY KEY CHECK (id = 1),
  customers INTEGER NOT NULL CHECK (customers >= 0)
);
INSERT INTO shop_size (id, customers)
  SELECT 1, count(*) FROM customers WHERE deleted_at IS NULL AND is_prospect = 0;

CREATE TRIGGER shop_size_insert AFTER INSERT ON customers
  WHEN new.deleted_at IS NULL AND new.is_prospect = 0
BEGIN
  UPDATE shop_size SET customers = customers + 1;
END;

CREATE TRIGGER shop_size_delete AFTER DELETE ON customers
  WHEN old.deleted_at IS NULL AND old.is_prospect = 0
BEGIN
  UPDATE shop_size SET customers = customers - 1;
END;

CREATE TRIGGER shop_size_update AFTER UPDATE OF deleted_at, is_prospect ON customers
  WHEN (old.deleted_at IS NULL AND old.is_prospect = 0) <> (new.deleted_at IS NULL AND new.is_prospect = 0)
BEGIN
  UPDATE shop_size
     SET customers = customers + CASE WHEN new.deleted_at IS NULL AND new.is_prospect = 0
                                      THEN 1 ELSE -1 END;
END;
