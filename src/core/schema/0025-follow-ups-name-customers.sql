-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema step 25: a follow-up carries its customer's name.
--
-- The reminders due after days away list some 6,000 follow-ups at
-- 100,000 customers, and looking each one's customer up for the name
-- read the whole index of names by id (2,100 pages) every time another
-- counter had written: 90–115 ms of a first check, cold, where the
-- follow-ups themselves take 277 pages. The name is now kept on the
-- follow-up by the triggers below (a new follow-up, one moved to another
-- customer by a merge, a customer renamed), and a deleted customer's
-- follow-ups are left out by the small index of the deleted.
ALTER TABLE follow_ups ADD COLUMN customer_name TEXT NOT NULL DEFAULT '';

UPDATE follow_ups
   SET customer_name = coalesce ((SELECT display_name FROM customers WHERE id = follow_ups.customer_id), '');

CREATE TRIGGER follow_ups_name_new AFTER INSERT ON follow_ups
BEGIN
  UPDATE follow_ups
     SET customer_name = coalesce ((SELECT display_name FROM customers WHERE id = NEW.customer_id), '')
   WHERE id = NEW.id;
END;

CREATE TRIGGER follow_ups_name_moved AFTER UPDATE OF customer_id ON follow_ups
BEGIN
  UPDATE follow_ups
     SET customer_name = coalesce ((SELECT display_name FROM customers WHERE id = NEW.customer_id), '')
   WHERE id = NEW.id;
END;

CREATE TRIGGER customers_name_to_follow_ups AFTER UPDATE OF display_name ON customers
  WHEN NEW.display_name IS NOT OLD.display_name
BEGIN
  UPDATE follow_ups SET customer_name = NEW.display_name WHERE customer_id = NEW.id;
END;
