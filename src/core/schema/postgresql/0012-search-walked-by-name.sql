-- SPDX-License-Identifier: GPL-3.0-or-later
-- The search table's names in order, with each row's words: a search by
-- name walks them from the top, asking each entry's words, and stops at
-- the page's end without reading the table (0.3–0.6 ms for "s", "reza",
-- "ahmadi" at 100,000, where sorting their thousands of matches took
-- 3–12 ms). Which searches walk is told from the sample that measures
-- their density (cherish-customer-search-plan.c).
--
-- An entry of an index has room for some 2,700 bytes: the words of 400
-- bytes of name and contact take 1,460 at most (every letter a word of
-- its own). A row whose name and contact take more (a name of 200
-- letters and a long e-mail, never a customer of a real shop) is kept
-- out of it, and found by the second, small index instead, which a walk
-- reads as well.
CREATE INDEX customer_search_by_name ON customer_search (name COLLATE "C", rowid) INCLUDE (words)
  WHERE octet_length (name) + octet_length (contact) <= 400;
CREATE INDEX customer_search_long ON customer_search (rowid)
  WHERE octet_length (name) + octet_length (contact) > 400;
