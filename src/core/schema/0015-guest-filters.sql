-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema step 15: an event's guest filters counted from indexes.

-- What each customer spent, per currency, kept by the triggers below: the
-- top customers by spend are the first rows of an index instead of a sum
-- over every purchase.
CREATE TABLE customer_spend (
  customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
  currency    TEXT    NOT NULL,
  total_minor INTEGER NOT NULL CHECK (total_minor > 0),
  PRIMARY KEY (customer_id, currency)
) WITHOUT ROWID;

CREATE INDEX customer_spend_top ON customer_spend (currency, total_minor DESC, customer_id);

INSERT INTO customer_spend (customer_id, currency, total_minor)
  SELECT customer_id, currency, sum(amount_minor) FROM visits
   WHERE amount_minor > 0 GROUP BY customer_id, currency;

CREATE TRIGGER customer_spend_after_insert AFTER INSERT ON visits
WHEN NEW.amount_minor > 0
BEGIN
  INSERT INTO customer_spend (customer_id, currency, total_minor)
    VALUES (NEW.customer_id, NEW.currency, NEW.amount_minor)
    ON CONFLICT (customer_id, currency)
    DO UPDATE SET total_minor = total_minor + excluded.total_minor;
END;

CREATE TRIGGER customer_spend_after_delete AFTER DELETE ON visits
WHEN OLD.amount_minor > 0
BEGIN
  DELETE FROM customer_spend
   WHERE customer_id = OLD.customer_id AND currency = OLD.currency
     AND total_minor <= OLD.amount_minor;
  UPDATE customer_spend SET total_minor = total_minor - OLD.amount_minor
   WHERE customer_id = OLD.customer_id AND currency = OLD.currency;
END;

CREATE TRIGGER customer_spend_after_update AFTER UPDATE OF amount_minor, currency, customer_id ON visits
WHEN OLD.amount_minor > 0 OR NEW.amount_minor > 0
BEGIN
  DELETE FROM customer_spend
   WHERE OLD.amount_minor > 0 AND customer_id = OLD.customer_id AND currency = OLD.currency
     AND total_minor <= OLD.amount_minor;
  UPDATE customer_spend SET total_minor = total_minor - OLD.amount_minor
   WHERE OLD.amount_minor > 0 AND customer_id = OLD.customer_id AND currency = OLD.currency;
  INSERT INTO customer_spend (customer_id, currency, total_minor)
    SELECT NEW.customer_id, NEW.currency, NEW.amount_minor WHERE NEW.amount_minor > 0
    ON CONFLICT (customer_id, currency)
    DO UPDATE SET total_minor = total_minor + excluded.total_minor;
END;

-- "Not seen for a while" counted from the index alone.
DROP INDEX customers_by_last_visit;
CREATE INDEX customers_by_last_visit ON customers (last_visit_at DESC, id, is_prospect)
  WHERE deleted_at IS NULL;
