-- SPDX-License-Identifier: GPL-3.0-or-later
-- The sent-log is looked up by its keys alone (file step 28): a check asks
-- for the keys of the reminders due, not for the rows delivered since the
-- earliest of them, and nothing else reads it by time.
DROP INDEX reminders_sent_by_time;
