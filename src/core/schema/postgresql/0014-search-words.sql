-- SPDX-License-Identifier: GPL-3.0-or-later
-- Each word of the search table's rows (its tsvector's lexemes, each
-- once), with the row's name: a search of one word is a stretch of this
-- index, from the word to the last word starting with it, read in order
-- (cherish-customer-search-words.c). The full-text index answers the
-- same search by gathering every match first: counting the first
-- thousand of "s" or "mar" at 100,000 took 2–4 ms, sorting the 5,050 of
-- "z" by name 8.6; from here 0.7–1.6 and 2.1.
--
-- The rows too long for the index of names (server step 12) are kept
-- out of it as well, and found through their own small index.
CREATE TABLE customer_words (
  word  text   COLLATE "C" NOT NULL,
  name  text   COLLATE "C" NOT NULL,
  rowid bigint NOT NULL,
  PRIMARY KEY (word, name, rowid)
);

CREATE FUNCTION customer_words_of (rowid bigint, name text, contact text, words tsvector)
  RETURNS TABLE (word text, name text, rowid bigint) LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT u.lexeme, $2, $1 FROM unnest ($4) AS u
  WHERE octet_length ($2) + octet_length ($3) <= 400
$$;

INSERT INTO customer_words
  SELECT w.* FROM customer_search s, customer_words_of (s.rowid, s.name, s.contact, s.words) AS w;

-- Kept row by row as the search table changes, once per statement (an
-- import or a move writes thousands in one): a row's words go when it
-- goes or changes, and come back as it is now. A change of likes alone
-- moves nothing.
CREATE FUNCTION customer_words_follow () RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    DELETE FROM customer_words w
      USING old_rows o JOIN new_rows n USING (rowid),
            customer_words_of (o.rowid, o.name, o.contact, o.words) AS g
      WHERE (o.name, o.contact) IS DISTINCT FROM (n.name, n.contact)
        AND (w.word, w.name, w.rowid) = (g.word, g.name, g.rowid);
    INSERT INTO customer_words
      SELECT g.* FROM new_rows n JOIN old_rows o USING (rowid),
                      customer_words_of (n.rowid, n.name, n.contact, n.words) AS g
      WHERE (o.name, o.contact) IS DISTINCT FROM (n.name, n.contact);
  ELSIF TG_OP = 'DELETE' THEN
    DELETE FROM customer_words w
      USING old_rows o, customer_words_of (o.rowid, o.name, o.contact, o.words) AS g
      WHERE (w.word, w.name, w.rowid) = (g.word, g.name, g.rowid);
  ELSE
    INSERT INTO customer_words
      SELECT g.* FROM new_rows n, customer_words_of (n.rowid, n.name, n.contact, n.words) AS g;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER customer_words_added AFTER INSERT ON customer_search
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION customer_words_follow ();
CREATE TRIGGER customer_words_changed AFTER UPDATE ON customer_search
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION customer_words_follow ();
CREATE TRIGGER customer_words_removed AFTER DELETE ON customer_search
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION customer_words_follow ();
