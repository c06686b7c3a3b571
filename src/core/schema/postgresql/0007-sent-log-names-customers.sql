-- Every sent-log row of a customer names them (SQLite's step 24): a
-- reminder marked done or snoozed before it was delivered was written
-- without its customer, and erasing the customer left its key, with their
-- id and the occasion's date. Such rows now name their customer (read
-- from the key, or the follow-up's); those of customers already erased go
-- (first: the foreign key refuses a customer that is not there). A key
-- part that is not a number reads as none (CASE: the server may test the
-- conditions of a WHERE in any order).
DELETE FROM reminders_sent r
 WHERE r.customer_id IS NULL AND r.key LIKE 'occasion:%'
   AND NOT EXISTS (SELECT 1 FROM customers c
                    WHERE c.id = CASE WHEN split_part (r.key, ':', 3) ~ '^[0-9]{1,18}$'
                                      THEN split_part (r.key, ':', 3)::bigint END);
UPDATE reminders_sent r
   SET customer_id = split_part (r.key, ':', 3)::bigint
 WHERE r.customer_id IS NULL AND r.key LIKE 'occasion:%';

DELETE FROM reminders_sent r
 WHERE r.customer_id IS NULL AND r.key LIKE 'follow-up:%'
   AND NOT EXISTS (SELECT 1 FROM follow_ups f
                    WHERE f.id = CASE WHEN split_part (r.key, ':', 2) ~ '^[0-9]{1,18}$'
                                      THEN split_part (r.key, ':', 2)::bigint END);
UPDATE reminders_sent r
   SET customer_id = f.customer_id
  FROM follow_ups f
 WHERE r.customer_id IS NULL AND r.key LIKE 'follow-up:%'
   AND f.id = CASE WHEN split_part (r.key, ':', 2) ~ '^[0-9]{1,18}$'
                   THEN split_part (r.key, ':', 2)::bigint END;
