-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema step 24: every sent-log row of a customer names them.
--
-- A reminder marked done or snoozed before it was delivered was written
-- without its customer, so erasing the customer left it: its key held
-- their id and the occasion's date ("occasion:birthday:<id>:<date>:0:day").
-- Such rows now name their customer (read from the key, or the
-- follow-up's), and those of customers already erased go.
UPDATE reminders_sent
   SET customer_id = CAST (substr (substr (key, 10), instr (substr (key, 10), ':') + 1,
                                   instr (substr (substr (key, 10), instr (substr (key, 10), ':') + 1), ':') - 1)
                           AS INTEGER)
 WHERE customer_id IS NULL AND key LIKE 'occasion:%';

UPDATE reminders_sent
   SET customer_id = (SELECT f.customer_id FROM follow_ups f
                       WHERE f.id = CAST (substr (key, 11, instr (substr (key, 11), ':') - 1) AS INTEGER))
 WHERE customer_id IS NULL AND key LIKE 'follow-up:%';

DELETE FROM reminders_sent
 WHERE (key LIKE 'occasion:%' OR key LIKE 'follow-up:%')
   AND (customer_id IS NULL OR customer_id NOT IN (SELECT id FROM customers));
