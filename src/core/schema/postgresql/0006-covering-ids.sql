-- SQLite's indexes carry each row's id (its rowid) without naming it, so
-- that the occasions read a customer's id, name and dates from the index
-- alone. PostgreSQL's carry only what they name: the same queries went to
-- the table for every row (the birthdays of a month, 8,000 rows of
-- 100,000: a bitmap heap scan of 2,857 pages). The id is carried here.
DROP INDEX customers_by_birthday;
CREATE INDEX customers_by_birthday ON customers (birthday_md, display_name, birthday, created_at)
  INCLUDE (id) WHERE deleted_at IS NULL;

DROP INDEX customers_by_since;
CREATE INDEX customers_by_since ON customers (right(customer_since, 5), display_name,
                                              customer_since, created_at)
  INCLUDE (id) WHERE deleted_at IS NULL AND is_prospect = 0;

DROP INDEX customers_by_visits_recency;
CREATE INDEX customers_by_visits_recency ON customers (visit_count, last_visit_at, display_name)
  INCLUDE (id) WHERE deleted_at IS NULL AND is_prospect = 0;

-- A customer's name by id, for the lists that join thousands of rows to
-- it (the follow-ups due, the guests): SQLite's customers_names (step 14).
CREATE INDEX customers_names ON customers (id) INCLUDE (display_name) WHERE deleted_at IS NULL;
