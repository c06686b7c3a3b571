/* cherish-customer-search-server.c — a server's searches by name, and its list of words
 *
 * Part of CherishCustomerStore (see cherish-customer-store-query.c). By
 * name, a server sorts a search's matches on its search table, or walks
 * that table's names in order. It also keeps each word of the search
 * table in an index of its own, with the row's name (server step 14,
 * customer_words): the customers a one-word search finds are a stretch
 * of it, from the word to the last word starting with it. Counting them
 * to a thousand reads that many entries, sorting a few thousand by name
 * reads their entries alone, and a walk along another order asks a set
 * of them, where the full-text index gathers every match and reads its
 * row first (at 100,000: "s", "mar" counted 2–4 ms → 0.7–1.6; the 5,050
 * of "z" by name 8.6 → 2.1; "bj" by last visit 10–15 → 0.8). The rows
 * too long for that index are read from their own.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-customer-store"

#include "config.h"

#include "cherish-customer-store-private.h"
#include "cherish-text.h"

/* The rows of customer_search in the index of its names (server step
 * 12) and in customer_words; the others, too long for them, have a small
 * index of their own, which every search here reads too: those of them
 * the search ?1 matches. */
#define SEARCH_ROW_FITS "octet_length (name) + octet_length (contact) <= 400"
#define LONG_ROWS_MATCHING \
  "FROM customer_search WHERE words @@ " SERVER_SEARCH_QUERY " AND NOT (" SEARCH_ROW_FITS ")"

/* The words starting with ?10, in order. */
#define WORDS_STRETCH "FROM customer_words WHERE word >= ?10 AND word < ?10 || chr (1114111)"

/* On a server, the matches of a search of every customer, in the order
 * of names, are sorted on the search table's own column: its name is the
 * customer's sort key (both cherish_text_fold () of the name, written
 * together), and a deleted customer has no row in it. Sorting 5,000
 * matches of "lé" this way took 6–8 ms where joining each to its customer
 * took 24. A file sorts from its small index of what lists sort by. */
static const CherishDialectSql matches_by_name = {
  NULL,
  "SELECT rowid FROM customer_search WHERE customer_search.words @@ to_tsquery ('simple', ?1) "
  "ORDER BY name COLLATE \"C\", rowid LIMIT ?2 OFFSET ?3",
};

/* The same page walked along the search table's names in order (server
 * step 12), asking each entry's words: the index leaves out the rows too
 * long for it, which its other, small index finds. */
static const CherishDialectSql matches_walked_by_name = {
  NULL,
  "SELECT rowid FROM ("
  " (SELECT rowid, name FROM customer_search WHERE words @@ " SERVER_SEARCH_QUERY " AND " SEARCH_ROW_FITS
  "  ORDER BY name COLLATE \"C\", rowid LIMIT CAST (?2 AS bigint) + ?3)"
  " UNION ALL"
  " (SELECT rowid, name " LONG_ROWS_MATCHING ")"
  ") AS m ORDER BY name COLLATE \"C\", rowid LIMIT ?2 OFFSET ?3",
};

/* Whether the matches of @query are sorted by matches_by_name (also for
 * cherish-customer-search-plan.c). */
gboolean
cherish_customer_search_sorts_alone (CherishDatabase            *db,
                                     const CherishCustomerQuery *query)
{
  return query->filter == CHERISH_CUSTOMER_FILTER_NONE && query->sort == CHERISH_CUSTOMER_SORT_NAME &&
         cherish_database_sql (db, matches_by_name) != NULL;
}

/* Whether the server takes the one-word query ?1 ("'zo':*") as the word
 * it holds: its parser and dictionary leave it as it is. */
static const CherishDialectSql word_as_is = {
  NULL,
  "SELECT CAST (querytree (to_tsquery ('simple', ?1)) = ?1 AS integer)",
};

/* The first ?9 entries of the stretch (all of them for NULL), of which
 * the customers are counted, and the long rows matching ?1. */
static const CherishDialectSql words_counted = {
  NULL,
  "SELECT count(DISTINCT rowid), count(*) FILTER (WHERE listed) FROM ("
  " (SELECT rowid, TRUE AS listed " WORDS_STRETCH " LIMIT ?9)"
  " UNION ALL"
  " (SELECT rowid, FALSE " LONG_ROWS_MATCHING ")"
  ") AS e",
};

/* A page of the matches by name (?2 of them from ?3): each customer of
 * the stretch once (a customer may have two words starting with ?10),
 * and the long rows. */
static const CherishDialectSql words_by_name = {
  NULL,
  "SELECT rowid FROM ("
  " (SELECT name, rowid " WORDS_STRETCH " GROUP BY name, rowid"
  "  ORDER BY name, rowid LIMIT CAST (?2 AS bigint) + ?3)"
  " UNION ALL"
  " (SELECT name COLLATE \"C\", rowid " LONG_ROWS_MATCHING ")"
  ") AS m ORDER BY name, rowid LIMIT ?2 OFFSET ?3",
};

/* Whether the customer c is one a one-word search finds, asked of the
 * set of its stretch's customers, read once (a hashed subplan: along
 * another order, the server walks that order's index, and stops at the
 * page's end). As a join, the server would read every match's customer
 * and sort them ("bj" by last visit 10–15 ms, 0.8 so). */
const char *cherish_customer_words_matched =
  "(c.id IN (SELECT rowid " WORDS_STRETCH
  " UNION ALL SELECT rowid " LONG_ROWS_MATCHING
  ")) IS TRUE";

/**
 * cherish_customer_search_word_listed:
 * @query: a query with a search
 *
 * The word of a one-word search, when the server's list of words answers
 * it: told once for each search, by asking the server.
 *
 * Returns: (transfer full) (nullable): the word, folded as the list
 *   holds it, or %NULL
 */
char *
cherish_customer_search_word_listed (CherishCustomerStore        *self,
                                     const CherishCustomerQuery  *query,
                                     GError                     **error)
{
  CherishDatabase *db = database_of (self);
  const char *sql = cherish_database_sql (db, word_as_is);
  g_autofree char *word = NULL;
  g_autofree char *match = NULL;
  g_autofree char *key = NULL;
  g_autoptr(CherishStmt) stmt = NULL;
  int hint;

  if (sql == NULL || query->search == NULL)
    return NULL;
  word = cherish_text_search_word (query->search);
  if (word == NULL)
    return NULL;
  match = cherish_text_fts_query (query->search, CHERISH_SEARCH_TSQUERY);
  key = g_strconcat ("words|", match, NULL);
  hint = cherish_customer_store_get_hint (self, key);
  if (hint < 0)
    {
      stmt = cherish_database_prepare (db, sql, error);
      if (stmt == NULL)
        return NULL;
      cherish_bind_text (stmt, 1, match);
      hint = cherish_database_count (db, stmt, error);
      if (hint < 0)
        return NULL;
      cherish_customer_store_set_hint (self, key, hint);
    }
  return hint > 0 ? g_steal_pointer (&word) : NULL;
}

/**
 * cherish_customer_search_words_count:
 * @query: a query with a search and no filter
 * @match: the search, as the search index takes it
 * @at_most: where to stop counting
 *
 * Counts the customers a one-word search finds on a server, to @at_most,
 * from the first entries of its stretch: twice @at_most of them hold
 * @at_most customers unless many have two words starting with the word.
 *
 * Returns: the count, @at_most if at least that many, or -1 when the
 *   list of words cannot tell (or with @error set)
 */
gint64
cherish_customer_search_words_count (CherishCustomerStore        *self,
                                     const CherishCustomerQuery  *query,
                                     const char                  *match,
                                     guint                        at_most,
                                     GError                     **error)
{
  CherishDatabase *db = database_of (self);
  gint64 entries = at_most <= G_MAXINT32 / 2 ? 2 * (gint64) at_most : -1;
  g_autofree char *word = cherish_customer_search_word_listed (self, query, error);
  g_autoptr(CherishStmt) stmt = NULL;
  gint64 customers, read;
  int rc;

  if (word == NULL)
    return -1;
  stmt = cherish_database_prepare (db, cherish_database_sql (db, words_counted), error);
  if (stmt == NULL)
    return -1;
  cherish_bind_text (stmt, 1, match);
  if (entries >= 0)
    cherish_stmt_bind_int64 (stmt, 9, entries);
  else
    cherish_stmt_bind_null (stmt, 9);   /* LIMIT NULL: all of them */
  cherish_bind_text (stmt, 10, word);
  rc = cherish_stmt_step (stmt);
  if (rc != CHERISH_ROW)
    {
      cherish_database_set_error (db, rc, error);
      return -1;
    }
  customers = cherish_stmt_column_int64 (stmt, 0);
  read = cherish_stmt_column_int64 (stmt, 1);
  if (customers >= at_most)
    return at_most;
  return entries < 0 || read < entries ? customers : -1;
}

/**
 * cherish_customer_search_by_name:
 * @density: %SEARCH_FEW (sorted) or %SEARCH_NAMES_WALKED
 * @listed: whether a search of @density %SEARCH_FEW is one word, in ?10,
 *   that cherish_customer_search_word_listed() told is in the list
 *
 * Returns: the ids of a page of a search's matches by name on a server:
 *   the search in ?1, the page's size in ?2 and its start in ?3
 */
const char *
cherish_customer_search_by_name (CherishDatabase *db,
                                 SearchDensity    density,
                                 gboolean         listed)
{
  if (density == SEARCH_NAMES_WALKED)
    return cherish_database_sql (db, matches_walked_by_name);
  return cherish_database_sql (db, listed ? words_by_name : matches_by_name);
}
