-- SPDX-License-Identifier: GPL-3.0-or-later
-- A follow-up carries its customer's name (SQLite's step 25): the
-- reminders due list thousands of follow-ups, and joining each to its
-- customer for the name was most of their time. The triggers keep it: a
-- new follow-up or one moved to another customer takes their name, a
-- renamed customer's follow-ups take the new one.
ALTER TABLE follow_ups ADD COLUMN customer_name text NOT NULL DEFAULT '';

UPDATE follow_ups f SET customer_name = c.display_name FROM customers c WHERE c.id = f.customer_id;

CREATE FUNCTION follow_ups_name () RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.customer_name := coalesce ((SELECT display_name FROM customers WHERE id = NEW.customer_id), '');
  RETURN NEW;
END $$;
CREATE TRIGGER follow_ups_name BEFORE INSERT OR UPDATE OF customer_id ON follow_ups
  FOR EACH ROW EXECUTE FUNCTION follow_ups_name ();

CREATE FUNCTION customers_name_to_follow_ups () RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE follow_ups SET customer_name = NEW.display_name WHERE customer_id = NEW.id;
  RETURN NULL;
END $$;
CREATE TRIGGER customers_name_to_follow_ups AFTER UPDATE OF display_name ON customers
  FOR EACH ROW WHEN (OLD.display_name IS DISTINCT FROM NEW.display_name)
  EXECUTE FUNCTION customers_name_to_follow_ups ();
