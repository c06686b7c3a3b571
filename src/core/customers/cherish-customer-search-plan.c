/* cherish-customer-search-plan.c — which way a search finds its page fastest
 *
 * Part of CherishCustomerStore (see cherish-customer-store-query.c, which
 * runs the plan). How dense a search's matches are among the shop's
 * customers decides it: a few are sorted, many are walked along the
 * list's own index, and most of the shop is walked asking the search
 * index about each row (on a file, gathered after all when they do not
 * come at the top). A file counts the matches (to a quarter of the
 * shop), a server estimates them from a sample. The store remembers the
 * density of each search for the size of the shop it was measured at,
 * and how often a walk of it gave up: a list asks for every page.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-customer-store"

#include "config.h"

#include "cherish-customer-store-private.h"
#include "cherish-text.h"

/* Asking the search index row by row is for the first rows of a list. */
#define ASK_ROWS_AT_MOST 500

/* On a server, how dense a search is, told from a sample of the search
 * table's pages (?2 percent, about SAMPLED_ROWS rows): of the rows
 * sampled, those it matches, those of them whose name does not start
 * with its word (?3, if it is one), and the names sorting before that
 * word. Counting the matches through the index instead fetches every
 * match's row: 25,000 for "0" and 7,700 for "mar" among 100,000,
 * 10–30 ms. A file counts them from its index in a millisecond or two,
 * and does. */
static const CherishDialectSql sampled_density = {
  NULL,
  "SELECT count(*), count(*) FILTER (WHERE words @@ " SERVER_SEARCH_QUERY "), "
  "  count(*) FILTER (WHERE words @@ " SERVER_SEARCH_QUERY " AND "
  "    coalesce (NOT (name COLLATE \"C\" >= ?3 AND name COLLATE \"C\" < ?3 || chr (1114111)), TRUE)), "
  "  count(*) FILTER (WHERE name COLLATE \"C\" < ?3) "
  "FROM customer_search TABLESAMPLE SYSTEM (?2) REPEATABLE (0)",
};
#define SAMPLED_ROWS 2000

/* A server walks its names in order, asking each entry's words (server
 * step 12), some ten entries in the time sorting reads one match (all
 * 100,000 names for "ز" 10 ms; the 2,820 matches of "ahmadi" sorted in
 * 3). A search walks when it is expected to reach the page's end within
 * NAMES_WALK_PER_MATCH entries for each of its matches, and
 * NAMES_WALK_AT_MOST entries (some 4 ms) in all; beyond, its matches are
 * sorted. The matches whose name does not start with the word are spread
 * over the walk, told from the sample when it saw a few; the names
 * starting with it come all together where the word sorts. */
#define NAMES_WALK_PER_MATCH 4
#define NAMES_WALK_AT_MOST 40000
#define SPREAD_SEEN_AT_LEAST 3

static char *
walk_key (const char *match,
          gint64      rows)
{
  return g_strdup_printf ("names|%" G_GINT64_FORMAT "|%s", rows, match);
}

/* How far down the names a walk of a search may be asked for a page, in
 * a shop of @size, from a sample of @sampled rows: @matched matches, of
 * which @spread do not start a name with the word, and @before names
 * sorting before it (0 without a word). */
static int
names_walk_reach (gint64   size,
                  gint64   sampled,
                  gint64   matched,
                  gint64   spread,
                  gint64   before,
                  gboolean word)
{
  double scale, allowance, reach = 0;

  if (sampled <= 0 || matched <= 0)
    return 0;
  scale = (double) size / sampled;
  allowance = MIN (NAMES_WALK_PER_MATCH * matched * scale, NAMES_WALK_AT_MOST);
  /* A match every sampled/spread entries... */
  if (spread >= SPREAD_SEEN_AT_LEAST)
    reach = allowance * spread / sampled;
  /* ...or every entry, once the walk is where the word sorts. */
  if (word && allowance > before * scale)
    reach = MAX (reach, allowance - before * scale);
  return (int) reach;   /* NAMES_WALK_AT_MOST at most */
}

/* Where the customers' ids end: the size of the shop, for densities. A
 * server's is kept until the customers change (the store hears it, and
 * another counter's change within a second): asking it was a round trip
 * at every search. A file's is asked each time, in microseconds (and
 * another process's change would not be heard). */
static gint64
shop_size (CherishCustomerStore  *self,
           GError               **error)
{
  CherishDatabase *db = database_of (self);
  gboolean server = cherish_database_get_dialect (db) != CHERISH_DIALECT_SQLITE;
  int known = server ? cherish_customer_store_get_hint (self, CHERISH_SHOP_SIZE_HINT) : -1;
  g_autoptr(CherishStmt) stmt = NULL;
  gint64 size;

  if (known >= 0)
    return known;
  stmt = cherish_database_prepare (db, "SELECT max(id) FROM customers", error);
  if (stmt == NULL)
    return 0;
  size = cherish_database_count (db, stmt, error);
  if (server && size >= 0 && size < G_MAXINT)
    cherish_customer_store_set_hint (self, CHERISH_SHOP_SIZE_HINT, (int) size);
  return size;
}

/* The count of @sql, whose ?1 is @text and ?2 where it stops, or -1
 * with @error set. */
static gint64
count_to (CherishDatabase  *db,
          const char       *sql,
          const char       *text,
          gint64            at_most,
          GError          **error)
{
  g_autoptr(CherishStmt) stmt = cherish_database_prepare (db, sql, error);

  if (stmt == NULL)
    return -1;
  cherish_bind_text (stmt, 1, text);
  cherish_stmt_bind_int64 (stmt, 2, at_most);
  return cherish_database_count (db, stmt, error);
}

/* A file's count of the customers @match finds, to @at_most. */
static gint64
file_count_to (CherishDatabase  *db,
               const char       *match,
               gint64            at_most,
               GError          **error)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM (SELECT 1 FROM customer_search "
                                          "WHERE %s LIMIT ?2) AS m",
                                          cherish_database_sql (db, cherish_customer_search_matches));

  return count_to (db, sql, match, at_most, error);
}

static SearchDensity
density_of (gint64 matches,
            gint64 rows)
{
  if (matches * 4 > rows)
    return SEARCH_MOST;
  /* Sorting costs each match a look-up in a small index (about 1 µs);
   * walking costs each row before the page. When the matches bunch up at
   * the end of the order ("zoe" among names, Persian names after Latin
   * ones) the walk would read most of the index (17 ms at 100,000): it
   * gives up early and sorts instead. */
  if (matches * 16 >= rows)
    return SEARCH_MANY;
  if (matches * 50 >= rows)
    return SEARCH_SOME;
  return SEARCH_FEW;
}

static char *
hint_key (const char *match,
          gint64      rows)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT "|%s", rows, match);
}

static void
remember_density (CherishCustomerStore *self,
                  const char           *match,
                  gint64                rows,
                  SearchDensity         density)
{
  g_autofree char *key = hint_key (match, rows);

  cherish_customer_store_set_hint (self, key, density);
}

/**
 * cherish_customer_search_density:
 * @search: what was typed
 * @match: the search, as the search index takes it
 * @rows: (out) (optional): the size of the shop it was measured at
 *
 * How dense the matches of @match are: a file counts them, no further
 * than a quarter of the shop; a server estimates them from a sample, and
 * how far down a walk of its names may go (cherish_customer_search_plan()).
 */
SearchDensity
cherish_customer_search_density (CherishCustomerStore  *self,
                                 const char            *search,
                                 const char            *match,
                                 gint64                *rows,
                                 GError               **error)
{
  CherishDatabase *db = database_of (self);
  const char *sample = cherish_database_sql (db, sampled_density);
  g_autoptr(CherishStmt) count = NULL;
  g_autofree char *key = NULL;
  g_autofree char *walk = NULL;
  SearchDensity density;
  gint64 matches, size;
  int hint, reach = -1;

  size = shop_size (self, error);
  if (rows != NULL)
    *rows = size;
  if (size <= 0)
    return SEARCH_FEW;
  key = hint_key (match, size);
  walk = walk_key (match, size);
  hint = cherish_customer_store_get_hint (self, key);
  /* On a server, told with how far its names may be walked: the hints
   * are forgotten all at once when there are many, maybe between the
   * two. */
  if (hint >= 0 && (sample == NULL || cherish_customer_store_get_hint (self, walk) >= 0))
    return hint;

  if (sample != NULL)
    {
      g_autofree char *word = cherish_text_search_word (search);
      gint64 sampled, spread, before;
      int rc;

      count = cherish_database_prepare (db, sample, error);
      if (count == NULL)
        return SEARCH_FEW;
      cherish_bind_text (count, 1, match);
      cherish_stmt_bind_double (count, 2, MIN (100.0, SAMPLED_ROWS * 100.0 / size));
      cherish_bind_text (count, 3, word);
      rc = cherish_stmt_step (count);
      if (rc != CHERISH_ROW)
        {
          cherish_database_set_error (db, rc, error);
          return SEARCH_FEW;
        }
      sampled = cherish_stmt_column_int64 (count, 0);
      matches = cherish_stmt_column_int64 (count, 1);
      spread = cherish_stmt_column_int64 (count, 2);
      before = cherish_stmt_column_int64 (count, 3);
      reach = names_walk_reach (size, sampled, matches, spread, before, word != NULL);
      matches = sampled > 0 ? matches * size / sampled : 0;
    }
  else
    matches = file_count_to (db, match, size / 4 + 1, error);
  if (matches < 0)
    return SEARCH_FEW;
  /* A density already known (a count to the end is exact) is kept: the
   * sample was for the walk. */
  density = hint >= 0 ? (SearchDensity) hint : density_of (matches, size);
  remember_density (self, match, size, density);
  if (reach >= 0)
    cherish_customer_store_set_hint (self, walk, reach);
  return density;
}

/**
 * cherish_customer_search_counted:
 * @rows: the size of the shop, if cherish_customer_search_density() just
 *   told it, else 0
 * @n: all the matches of @match, counted to their end
 *
 * A search counted to its end knows how dense it is: its pages need not
 * measure it again.
 */
void
cherish_customer_search_counted (CherishCustomerStore *self,
                                 const char           *match,
                                 gint64                rows,
                                 gint64                n)
{
  if (rows <= 0)
    rows = shop_size (self, NULL);
  if (rows > 0)
    remember_density (self, match, rows, density_of (n, rows));
}

/* How many times a walk along a list's order must give up before the
 * matches of that search are sorted at once. A file's walk gives up after
 * as many steps each time, so once tells. A server's gives up after a
 * time, which a walk can overrun once for reasons of its own (its pages
 * not yet in the server's memory, its statement planned the first time):
 * "sa" by last visit, whose walk takes 3 ms, gave up on its first run and
 * was sorted ever after, 14 ms each time. */
static int
give_ups_before_sorting (CherishDatabase *db)
{
  return cherish_database_get_dialect (db) == CHERISH_DIALECT_POSTGRESQL ? 2 : 1;
}

/* Where the give-ups of a walk are counted: gathering the matches
 * ("late"), or asking row by row ("ask"). */
static char *
late_key (const char                 *walk,
          const CherishCustomerQuery *query,
          const char                 *probe)
{
  return g_strdup_printf ("%s|%d|%d|%s", walk, query->sort, query->filter, probe);
}

/* The shorter searches looked at for one that came late. */
#define SHORTER_AT_MOST 32

/* Whether a walk of a shorter search typed on the way to @query's (the
 * same text with letters missing at its end), in the same order and
 * filter, gave up: its matches hold every match of @query's, so a walk
 * that did not meet enough of them before giving up cannot meet enough
 * of @query's either ("ز" gave up, as the Persian names come after the
 * Latin ones: "زه" is sorted at once, not walked 14 ms first). */
static gboolean
shorter_came_late (CherishCustomerStore        *self,
                   const CherishCustomerQuery  *query,
                   CherishSearchSyntax          syntax)
{
  const char *end = query->search + strlen (query->search);
  guint looked = 0;

  for (const char *cut = g_utf8_find_prev_char (query->search, end);
       cut != NULL && cut > query->search && looked < SHORTER_AT_MOST;
       cut = g_utf8_find_prev_char (query->search, cut), looked++)
    {
      g_autofree char *shorter = g_strndup (query->search, cut - query->search);
      g_autofree char *probe = cherish_text_fts_query (shorter, syntax);
      g_autofree char *key = NULL;

      if (probe == NULL)
        continue;
      key = late_key ("late", query, probe);
      if (cherish_customer_store_get_hint (self, key) >= give_ups_before_sorting (database_of (self)))
        return TRUE;
    }
  return FALSE;
}

/* How many names a file's walk along the list by name passes before it
 * gives up, for a search of some of the shop (WALK_STEPS_SOME: some 9
 * steps a name, and 2 a match gathered first; "bj", whose 50th match is
 * 7,535 names down, gives up). */
#define WALK_REACH 5000

/* Whether a walk by name can meet the first @needed matches of @search
 * (one word) within its reach, in a shop of @size. The names that start with the word come
 * where it sorts ("sar" 60,000 names down among 100,000, "zoe" 72,000,
 * Persian names after the Latin ones), the other matches (the word
 * starts a surname, an e-mail) are spread over the list: when the first
 * are beyond its reach, and the others too few to meet @needed in it,
 * the walk would give up (5 ms) before the matches are sorted after all
 * (the first time of "sar" 11.5 ms, of "زه" 21.7). */
static gboolean
walk_reaches (CherishDatabase  *db,
              const char       *search,
              guint             needed,
              gint64            size,
              GError          **error)
{
  g_autofree char *word = NULL;
  g_autofree char *others = cherish_text_fts_query_spread (search, &word);
  gint64 spread, n;

  if (others == NULL || needed >= WALK_REACH || size <= 0)
    return TRUE;

  /* Spread evenly, are there @needed of them in the walk's reach? */
  spread = (gint64) needed * size / WALK_REACH;
  n = file_count_to (db, others, spread, error);
  if (n < 0 || n >= spread)
    return TRUE;

  /* Do the names starting with the word come in it? */
  n = count_to (db, "SELECT count(*) FROM (SELECT 1 FROM customers INDEXED BY customers_by_name "
                    "WHERE deleted_at IS NULL AND sort_key < ?1 LIMIT ?2) AS b",
                word, WALK_REACH - needed, error);
  return n < 0 || n < WALK_REACH - needed;
}

/* The customers whose name starts with a searched word (?10), in the
 * order of names: a stretch of the index of names, from the word to the
 * last name starting with it (?10 || the last code point). Also for
 * cherish-customer-store-query.c. */
#define SOUGHT_STRETCH \
  "SELECT c.id, c.sort_key FROM customers c INDEXED BY customers_by_name " \
  "WHERE c.deleted_at IS NULL AND c.sort_key >= ?10 AND c.sort_key < ?10 || char (1114111)"
const char *cherish_customer_sought_stretch = SOUGHT_STRETCH;

/* Sorting a search's matches costs each a look-up in the index of sort
 * keys: 6–7 ms for the 2,550 of "sar" at 100,000, at every keystroke.
 * When most of them start a name, they are a stretch of the index of
 * names, read in order without a look-up; the few others (whose contact
 * or later word starts with it) are sorted, and the two merged. That is
 * exact only when the stretch holds the names the search finds as
 * starting with the word and nothing else: a name starting with
 * punctuation ("(Sara)") is found so, but sorts elsewhere. The search
 * finds every name of the stretch as starting with the word: the search
 * index's name is the customer's sort key (both cherish_text_fold () of
 * the name, written together), and a text starting with the word starts
 * with its tokens. So it is told by counting the two: the same count is
 * the same customers. (Asking the search index about each name of the
 * stretch as well took 20 of the 35 million instructions of telling it
 * for "lé", 4,800 names, at 100,000.) */
#define SOUGHT_OTHERS_AT_MOST 256

static gboolean
sought_fits (CherishDatabase  *db,
             const char       *search,
             GError          **error)
{
  g_autofree char *word = NULL;
  g_autofree char *others = cherish_text_fts_query_spread (search, &word);
  g_autofree char *starts = NULL;
  g_autoptr(CherishStmt) stretch = NULL;
  gint64 n_starts, n_others;

  if (others == NULL)
    return FALSE;
  n_others = file_count_to (db, others, SOUGHT_OTHERS_AT_MOST + 1, error);
  if (n_others < 0 || n_others > SOUGHT_OTHERS_AT_MOST)
    return FALSE;
  /* Fewer than the others would cost as little to sort. */
  starts = cherish_text_fts_query_name_starts (search);
  n_starts = file_count_to (db, starts, G_MAXINT64, error);
  if (n_starts <= SOUGHT_OTHERS_AT_MOST)
    return FALSE;
  stretch = cherish_database_prepare (db, "SELECT count(*) FROM (" SOUGHT_STRETCH ")", error);
  if (stretch == NULL)
    return FALSE;
  cherish_bind_text (stretch, 10, word);
  return cherish_database_count (db, stretch, error) == n_starts;
}

/* Whether @search is sought (sought_fits()), told once for the data as
 * they are: kept under the count of the database's committed changes
 * (data_changes, schema step 16; a change to a customer counts in its
 * own transaction). Telling it takes 4–5 ms for "lé" at 100,000 (its
 * 4,800 names counted twice), which a list paid for each page and each
 * time the same search came back. */
static gboolean
sought_fits_known (CherishCustomerStore  *self,
                   const char            *search,
                   const char            *probe,
                   GError               **error)
{
  CherishDatabase *db = database_of (self);
  gint64 changes = cherish_database_get_change_stamp (db, error);
  g_autofree char *key = NULL;
  int hint;
  gboolean fits;

  if (changes < 0)
    return FALSE;
  key = g_strdup_printf ("sought|%" G_GINT64_FORMAT "|%s", changes, probe);
  hint = cherish_customer_store_get_hint (self, key);
  if (hint >= 0)
    return hint;
  fits = sought_fits (db, search, error);
  if (error == NULL || *error == NULL)
    cherish_customer_store_set_hint (self, key, fits);
  return fits;
}

/* Whether @query is a server's search of one word, in its list of words. */
static gboolean
word_listed (CherishCustomerStore        *self,
             const CherishCustomerQuery  *query,
             GError                     **error)
{
  g_autofree char *word = cherish_customer_search_word_listed (self, query, error);

  return word != NULL;
}

/**
 * cherish_customer_search_plan:
 * @query: a query with a search
 * @late: (out) (transfer full): when the plan is a walk that may give up,
 *   the key under which its give-ups are counted, else %NULL
 * @give_ups: (out): how often a walk of it gave up before
 *
 * Which way finds the page of @query's customers from @offset, @limit of
 * them, fastest.
 */
SearchDensity
cherish_customer_search_plan (CherishCustomerStore        *self,
                              const CherishCustomerQuery  *query,
                              guint                        offset,
                              guint                        limit,
                              char                       **late,
                              int                         *give_ups,
                              GError                     **error)
{
  CherishDatabase *db = database_of (self);
  CherishSearchSyntax syntax = (CherishSearchSyntax) cherish_database_get_dialect (db);
  g_autofree char *probe = cherish_text_fts_query (query->search, syntax);
  g_autoptr(GError) density_error = NULL;
  SearchDensity density;
  gint64 size = 0;

  *late = NULL;
  *give_ups = 0;
  if (probe == NULL)
    return SEARCH_FEW;
  /* What follows asks the database again: not after a failure. */
  density = cherish_customer_search_density (self, query->search, probe, &size, &density_error);
  if (density_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&density_error));
      return density;
    }
  /* A server, by name: its names are walked when the sample told that
   * the page's end is near enough, unless walks of it gave up before
   * (they give up after a time: cherish-customer-store-query.c). Not a
   * search of one word matching under 1 in 50 of the shop: its matches
   * are sorted from the list of words in a millisecond or two, where a
   * sample that met a page of them together ("customer77", in e-mails
   * of customers made one after another) sent a walk to give up after
   * 8 ms twice (more matches cost more to sort: "reza", whose walk
   * arrives in 0.7 ms, 6 ms). */
  if (cherish_customer_search_sorts_alone (db, query) &&
      !(density == SEARCH_FEW && word_listed (self, query, error)))
    {
      g_autofree char *walk = walk_key (probe, size);

      if ((gint64) offset + limit <= cherish_customer_store_get_hint (self, walk))
        {
          *late = late_key ("names", query, probe);
          *give_ups = MAX (cherish_customer_store_get_hint (self, *late), 0);
          if (*give_ups < give_ups_before_sorting (db))
            return SEARCH_NAMES_WALKED;
          g_clear_pointer (late, g_free);
          *give_ups = 0;
        }
    }
  /* Asking row by row pays for every row before the page: deeper down,
   * the matches are read once into a set instead, and a file walks them
   * to the page however far. A server asks for the first page only (from
   * the second on it took 100–390 ms a page for "0" at 100,000), and
   * walks deeper pages within its time, then sorts (65–95 ms; gathering
   * every match of "0" and walking to the page took it 250–290). */
  if (density == SEARCH_MOST && cherish_database_get_dialect (db) != CHERISH_DIALECT_SQLITE && offset > 0)
    return SEARCH_MANY;
  if (density == SEARCH_MOST && (guint64) offset + limit > ASK_ROWS_AT_MOST)
    return SEARCH_MOST_GATHERED;
  /* Names starting with the word, and little else: sought. */
  if ((density == SEARCH_FEW || density == SEARCH_SOME) && syntax == CHERISH_SEARCH_FTS5 &&
      query->sort == CHERISH_CUSTOMER_SORT_NAME && query->filter == CHERISH_CUSTOMER_FILTER_NONE)
    {
      g_autoptr(GError) local_error = NULL;
      gboolean fits = sought_fits_known (self, query->search, probe, &local_error);

      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return density;
        }
      if (fits)
        return SEARCH_SOUGHT;
    }
  /* A server sorts up to 1 in 16 of the shop by name on its search table
   * in less time than a walk takes to give up (5,055 matches of "lé":
   * 3–5 ms, where a walk gives up after 8): a walk that does give up costs
   * both, and it does on the searches whose matches come late in the
   * order ("zoe", "زه"). A file sorts by its index of sort keys, walks
   * first, and gives up after a fixed number of steps. */
  if (density == SEARCH_SOME && cherish_customer_search_sorts_alone (db, query))
    density = SEARCH_FEW;
  /* Asking row by row gave up before: the matches are gathered at once. */
  if (density == SEARCH_MOST)
    {
      *late = late_key ("ask", query, probe);
      *give_ups = MAX (cherish_customer_store_get_hint (self, *late), 0);
      if (*give_ups >= give_ups_before_sorting (db))
        density = SEARCH_MOST_GATHERED;
    }
  /* A walk of this order gave up before: the matches are sorted at once
   * (the same search again, the next page of its list, or the search
   * typed one letter further). */
  else if (search_walks (density))
    {
      int hint;

      *late = late_key ("late", query, probe);
      hint = cherish_customer_store_get_hint (self, *late);
      /* The first time a file walks some of the shop by name: whether the
       * walk can arrive is told before it is tried, and kept as if it had
       * been tried (0: walk; a give-up: sort). */
      if (hint < 0 && density == SEARCH_SOME && syntax == CHERISH_SEARCH_FTS5 &&
          query->sort == CHERISH_CUSTOMER_SORT_NAME && query->filter == CHERISH_CUSTOMER_FILTER_NONE)
        {
          g_autoptr(GError) local_error = NULL;

          hint = walk_reaches (db, query->search, offset + limit, size, &local_error)
                   ? 0 : give_ups_before_sorting (db);
          if (local_error != NULL)
            {
              g_propagate_error (error, g_steal_pointer (&local_error));
              return density;
            }
          cherish_customer_store_set_hint (self, *late, hint);
        }
      *give_ups = MAX (hint, 0);
      if (*give_ups >= give_ups_before_sorting (db) || shorter_came_late (self, query, syntax))
        density = SEARCH_FEW;
    }
  /* No walk that may give up: none to count (nor to forget). */
  if (density == SEARCH_FEW || density == SEARCH_MOST_GATHERED)
    g_clear_pointer (late, g_free);
  return density;
}

/**
 * cherish_customer_search_walked:
 * @late: the key cherish_customer_search_plan() gave
 * @give_ups: how often a walk had given up before
 * @gave_up: whether this walk gave up
 *
 * Counts a walk's give-up, or forgets the earlier ones once it arrived.
 */
void
cherish_customer_search_walked (CherishCustomerStore *self,
                                const char           *late,
                                int                   give_ups,
                                gboolean              gave_up)
{
  if (gave_up)
    cherish_customer_store_set_hint (self, late, give_ups + 1);
  else if (give_ups > 0)
    cherish_customer_store_set_hint (self, late, 0);
}
