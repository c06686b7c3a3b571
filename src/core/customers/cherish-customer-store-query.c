/* cherish-customer-store-query.c — finding, counting and listing customers
 *
 * Part of CherishCustomerStore (see cherish-customer-store.c). A search is
 * a match of folded words in the search index (FTS5 on SQLite, a tsvector
 * on PostgreSQL); a common word ("s") walks the sort index
 * and skips the others, a rarer one ("zoe") sorts its matches, and one
 * that matches most of the shop ("0") asks the search index row by row
 * (which way: cherish-customer-search-plan.c).
 * Lists are lazy paged models that follow every change of customers and
 * visits; a search's list counts to a thousand and grows when scrolled.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-customer-store"

#include "config.h"

#include <glib/gi18n.h>

#include "cherish-customer-store-private.h"
#include "cherish-date.h"
#include "cherish-paged-model.h"
#include "cherish-text.h"

/* The customer's next life event from ?8 (today, YYYY-MM-DD) on, as
 * "next date|kind|title": a yearly one on its day this year or next (29
 * February is settled in C), a one-off one on its date. One index look-up
 * per row of a page. */
#define NEXT_EVENT \
  ", (SELECT next || '|' || e.kind || '|' || e.title FROM (" \
  "   SELECT e2.*, CASE WHEN e2.yearly = 0 THEN e2.date " \
  "                     WHEN substr(e2.date, 6) >= substr(?8, 6) " \
  "                       THEN substr(?8, 1, 4) || substr(e2.date, 5) " \
  "                     ELSE (CAST(substr(?8, 1, 4) AS INTEGER) + 1) || substr(e2.date, 5) " \
  "                END AS next " \
  "   FROM life_events e2 WHERE e2.customer_id = c.id AND (e2.yearly = 1 OR e2.date >= ?8)) e " \
  "  ORDER BY next LIMIT 1)"

/* Where the engines' SQL differs. A search's match (also for
 * cherish-customer-search-plan.c). */
CherishDialectSql cherish_customer_search_matches = {
  "customer_search MATCH ?1",
  "customer_search.words @@ to_tsquery ('simple', ?1)",
};
/* The month of a birthday, YYYY-MM-DD or --MM-DD. */
static const CherishDialectSql birthday_month = {
  "substr(c.birthday, -5, 2)",
  "substr(right(c.birthday, 5), 1, 2)",
};
/* Never seen last (SQLite's NULLs are the smallest, PostgreSQL's the
 * largest); names in the order of their bytes, whatever the server's
 * collation. */
static const CherishDialectSql by_last_visit = {
  "c.last_visit_at DESC, c.id",
  "c.last_visit_at DESC NULLS LAST, c.id",
};
static const CherishDialectSql by_name = {
  "c.sort_key, c.id",
  "c.sort_key COLLATE \"C\", c.id",
};
/* The counts of the lists without a search or a filter of days, each
 * one statement. A file tells everyone not deleted as everyone, counted
 * from the pages of a small index without reading its entries, less the
 * deleted (their own small index): 3–5 ms → 0.1 at 100,000, at every look
 * at the customers page and after every change to it. The prospects not
 * deleted have a small index of their own too, and the shop's customers
 * are the one less the other (schema step 27: 3–5 ms → 0.05 ms). A server
 * keeps the shop's customers and everyone not deleted as rows come and go
 * (server steps 9 and 10), where counting took 6–10 ms at every look; the
 * prospects are the difference. */
#define FILE_EVERYONE_LISTED \
  "(SELECT count(*) FROM customers) " \
  "- (SELECT count(*) FROM customers WHERE deleted_at IS NOT NULL)"
#define FILE_PROSPECTS \
  "(SELECT count(*) FROM customers INDEXED BY customers_prospects " \
  " WHERE is_prospect = 1 AND deleted_at IS NULL)"
static const CherishDialectSql count_shop = {
  "SELECT " FILE_EVERYONE_LISTED " - " FILE_PROSPECTS,
  "SELECT customers FROM shop_size WHERE id = 1",
};
static const CherishDialectSql count_listed = {
  "SELECT " FILE_EVERYONE_LISTED,
  "SELECT listed FROM shop_size WHERE id = 1",
};
static const CherishDialectSql count_prospects = {
  "SELECT " FILE_PROSPECTS,
  "SELECT listed - customers FROM shop_size WHERE id = 1",
};

/* The count above of a list filtered by @filter alone, or %NULL. */
static const CherishDialectSql *
count_kept (CherishCustomerFilter filter)
{
  switch (filter)
    {
    case CHERISH_CUSTOMER_FILTER_NONE:
      return &count_listed;
    case CHERISH_CUSTOMER_FILTER_CUSTOMERS:
      return &count_shop;
    case CHERISH_CUSTOMER_FILTER_PROSPECTS:
      return &count_prospects;
    case CHERISH_CUSTOMER_FILTER_NOT_SEEN:
    case CHERISH_CUSTOMER_FILTER_COMING_UP:
    default:
      return NULL;
    }
}

/* A page of the whole list: the filter, the order, the page. PostgreSQL
 * finds the page's ids first, then reads their rows: it would read every
 * row skipped to reach a page deep in the list, and look for its next
 * life event (half a second at 100,000). SQLite skips them unread, and
 * the detour would cost its first page 2 ms. */
static const CherishDialectSql list_page_open = {
  "SELECT " COLUMNS NEXT_EVENT " FROM customers c WHERE ",
  "SELECT " COLUMNS NEXT_EVENT " FROM customers c WHERE c.id IN (SELECT c.id FROM customers c WHERE ",
};
static const CherishDialectSql list_page_close = { NULL, ") ORDER BY " };
/* SQLite is told which index to walk; PostgreSQL's planner chooses. */
static const CherishDialectSql indexed_by = { " INDEXED BY ", NULL };

static char *
walking (CherishDatabase *db,
         const char      *index)
{
  const char *hint = cherish_database_sql (db, indexed_by);

  return hint != NULL ? g_strconcat (hint, index, NULL) : g_strdup ("");
}


/* A row of a list: a customer and their next life event. */
static gpointer
listed_customer_from_row (CherishStmt *stmt)
{
  CherishCustomer *customer = cherish_customer_store_row (stmt);
  g_auto(GStrv) next = NULL;

  if (cherish_stmt_column_type (stmt, COLUMNS_N) != CHERISH_COLUMN_TEXT)
    return customer;

  next = g_strsplit (cherish_column_text (stmt, COLUMNS_N), "|", 3);
  if (g_strv_length (next) == 3)
    g_object_set (customer,
                  "next-event-date", next[0],
                  "next-event-kind", next[1],
                  "next-event-title", next[2],
                  NULL);
  return customer;
}

/* What a walk along the list's order may cost before the matches are
 * sorted instead, in steps of SQLite's machine: about 3 ms, gathering
 * 15,000 matches ("s") and walking some 8,000 rows of the index, where
 * sorting 5,000 matches costs about as much. Under 1 in 16 of the shop
 * match: a walk meeting them spread out needs at most 2,500 rows for a
 * page, and one that has not arrived after 60,000 steps is one whose
 * matches bunch up further down the order. It gives up there and sorts:
 * the walks that would never arrive ("lé" among names, 5,055 matches
 * from 27% down) cost less (the first time 8.5–9.0 → 6.9–7.6 ms at
 * 100,000), those that would have arrived a little further ("bj", from
 * 7.5% down) cost a sort (2.3 → 4.0 ms; both under the 8 of a keystroke). */
#define WALK_STEPS 100000
#define WALK_STEPS_SOME 60000

/* Asking the search index row by row costs some 115 steps a row (7–25
 * µs at 100,000, as the index is merged or not; most of them FTS5's own
 * statements), and each row of the page read out some 32 more (its
 * columns, its next life event): a first page of 50 where every row
 * matches ("0", "09") is 7,400 steps. The walk may ask twice as many rows
 * as the matches it needs, to the page's end: one that meets fewer has
 * its matches further down ("m", a quarter of the shop, but the 50th by
 * name 911 names down: asked row by row 20–40 ms), and gathering them
 * costs less (3–6 ms). */
#define ASK_STEPS_PER_MATCH 230
#define PAGE_ROW_STEPS 32

/* A server's walk along names gives up after a time instead (8 ms, see
 * pg_set_budget()): its matches bunch up where their words sort, and
 * sorting them reads the search table alone. Along another order (last
 * visit, visits) a server walks to the page's end: the matches are
 * spread along it, some 50 rows apart at most, and sorting them joins
 * each to its customer. There a walk that gave up on time (a cold cache,
 * a busy machine) cost a sort many times its own: "z" by last visit,
 * 5,050 matches, a connection's first search, 24 ms walked and given up,
 * then 204 ms sorted, where the walk takes 4; "zoe", 8 ms given up and
 * 16–19 sorted, where the walk takes 6–7.5. A server asks row by row to
 * the page's end too: its walks' give-ups are no steady measure. */
static int
walk_steps (CherishDatabase     *db,
            CherishCustomerSort  sort,
            SearchDensity        density,
            guint                offset,
            guint                limit)
{
  gboolean file = cherish_database_get_dialect (db) == CHERISH_DIALECT_SQLITE;

  if (!file && sort != CHERISH_CUSTOMER_SORT_NAME && (density == SEARCH_SOME || density == SEARCH_MANY))
    return 0;
  switch (density)
    {
    case SEARCH_SOME:
      return file ? WALK_STEPS_SOME : WALK_STEPS;
    case SEARCH_MANY:
    case SEARCH_NAMES_WALKED:
      return WALK_STEPS;
    case SEARCH_MOST:
      return file ? (int) MIN ((guint64) ASK_STEPS_PER_MATCH * (offset + limit) + PAGE_ROW_STEPS * limit,
                               G_MAXINT) : 0;
    case SEARCH_FEW:
    case SEARCH_MOST_GATHERED:
    case SEARCH_SOUGHT:
    default:
      return 0;
    }
}

/* Builds the WHERE clause shared by counting and fetching (with @joined,
 * the search is a join of the caller's; with @listed, a server's one-word
 * search with its word in ?10, asked of a set read from its list of
 * words). */
static char *
build_where (CherishDatabase             *db,
             const CherishCustomerQuery  *query,
             SearchDensity                density,
             gboolean                     joined,
             gboolean                     listed,
             char                       **match)
{
  GString *where = g_string_new ("c.deleted_at IS NULL");
  const char *matches = cherish_database_sql (db, cherish_customer_search_matches);

  *match = query->search != NULL
             ? cherish_text_fts_query (query->search, (CherishSearchSyntax) cherish_database_get_dialect (db))
             : NULL;
  if (*match != NULL && joined)
    g_string_append_printf (where, " AND %s", matches);
  else if (*match != NULL && listed)
    g_string_append_printf (where, " AND %s", cherish_customer_words_matched);
  else if (*match != NULL && density == SEARCH_MOST)
    g_string_append_printf (where, " AND EXISTS (SELECT 1 FROM customer_search "
                                   "WHERE %s AND rowid = c.id)", matches);
  else if (*match != NULL)
    g_string_append_printf (where, " AND c.id IN (SELECT rowid FROM customer_search "
                                   "WHERE %s)", matches);

  if (query->filter & CHERISH_CUSTOMER_FILTER_PROSPECTS)
    g_string_append (where, " AND c.is_prospect = 1");
  if (query->filter & CHERISH_CUSTOMER_FILTER_CUSTOMERS)
    g_string_append (where, " AND c.is_prospect = 0");
  if (query->filter & CHERISH_CUSTOMER_FILTER_NOT_SEEN)
    g_string_append (where, " AND c.is_prospect = 0 AND (c.last_visit_at < ?4 OR "
                            "(c.last_visit_at IS NULL AND c.created_at < ?4))");
  if (query->filter & CHERISH_CUSTOMER_FILTER_COMING_UP)
    g_string_append_printf (where, " AND (%s = ?5 OR EXISTS ("
                                   "SELECT 1 FROM life_events e WHERE e.customer_id = c.id AND "
                                   "((e.yearly = 1 AND substr(e.date, 6, 2) = ?5) OR "
                                   "(e.yearly = 0 AND e.date BETWEEN ?6 AND ?7))))",
                            cherish_database_sql (db, birthday_month));

  return g_string_free (where, FALSE);
}

/* Binds what build_where() asked for, by the store's clock. */
static void
bind_filters (CherishCustomerStore       *self,
              CherishStmt                *stmt,
              const CherishCustomerQuery *query,
              const char                 *match)
{
  CherishClock *clock = cherish_store_get_clock (CHERISH_STORE (self));

  if (match != NULL)
    cherish_bind_text (stmt, 1, match);

  if (query->filter & CHERISH_CUSTOMER_FILTER_NOT_SEEN)
    {
      g_autoptr(GDateTime) now = cherish_clock_get_now (clock);
      g_autoptr(GDateTime) cutoff = g_date_time_add_days (now, -CHERISH_NOT_SEEN_DAYS);
      g_autofree char *text = cherish_timestamp_format (cutoff);

      cherish_bind_text (stmt, 4, text);
    }

  if (query->filter & CHERISH_CUSTOMER_FILTER_COMING_UP)
    {
      g_autofree char *month = NULL;
      g_autofree char *first = NULL;
      g_autofree char *last = NULL;
      GDate today;

      cherish_clock_get_today (clock, &today);
      month = g_strdup_printf ("%02d", g_date_get_month (&today));
      first = g_strdup_printf ("%04d-%s-01", g_date_get_year (&today), month);
      last = g_strdup_printf ("%04d-%s-%02d", g_date_get_year (&today), month,
                              g_date_get_days_in_month (g_date_get_month (&today),
                                                        g_date_get_year (&today)));
      cherish_bind_text (stmt, 5, month);
      cherish_bind_text (stmt, 6, first);
      cherish_bind_text (stmt, 7, last);
    }
}

static const char *
sort_index (CherishCustomerSort sort)
{
  switch (sort)
    {
    case CHERISH_CUSTOMER_SORT_LAST_VISIT:
      return "customers_by_last_visit";
    case CHERISH_CUSTOMER_SORT_VISIT_COUNT:
      return "customers_by_visits";
    case CHERISH_CUSTOMER_SORT_NAME:
    default:
      return "customers_by_name";
    }
}

/* On a server, a search that matches 1 in 16 of the shop or more ("0",
 * "s", "mar") is counted to a thousand along the table (the OFFSET keeps
 * the index out), which stops after a few thousand rows: through the
 * index, the server first gathers every match and reads each one's row
 * to check it (12 ms for "0" among 100,000; "s" 3.7 against 1.5 along
 * the table, "mar" 3.3 against 1.9, "l" 3.7 against 1.1). Sparser
 * searches are counted through the index ("ز", 2,500 matches: 1.0
 * against 7.2). */
static const CherishDialectSql counted_along = {
  NULL,
  "SELECT count(*) FROM (SELECT 1 FROM (SELECT words FROM customer_search OFFSET 0) AS s "
  "WHERE s.words @@ " SERVER_SEARCH_QUERY " LIMIT ?9) AS m",
};

static const char *
order_by (CherishDatabase     *db,
          CherishCustomerSort  sort)
{
  switch (sort)
    {
    case CHERISH_CUSTOMER_SORT_LAST_VISIT:
      return cherish_database_sql (db, by_last_visit);
    case CHERISH_CUSTOMER_SORT_VISIT_COUNT:
      return "c.visit_count DESC, c.id";
    case CHERISH_CUSTOMER_SORT_NAME:
    default:
      return cherish_database_sql (db, by_name);
    }
}

/* The same order, for sorting a few matches: PostgreSQL is kept from
 * walking the list's index instead (its planner does not know how few
 * the matches are, and a walk to matches at the end of the order — a
 * Persian prefix, among names — reads the whole index) by ordering on
 * expressions no index has. SQLite is told its index (INDEXED BY). */
static const CherishDialectSql sorting_by_last_visit = {
  NULL,
  "(c.last_visit_at || '') DESC NULLS LAST, c.id",
};
static const CherishDialectSql sorting_by_name = {
  NULL,
  "(c.sort_key || '') COLLATE \"C\", c.id",
};
static const CherishDialectSql sorting_by_visits = {
  NULL,
  "(c.visit_count + 0) DESC, c.id",
};

static const char *
sorting_matches (CherishDatabase     *db,
                 CherishCustomerSort  sort)
{
  const char *sql;

  switch (sort)
    {
    case CHERISH_CUSTOMER_SORT_LAST_VISIT:
      sql = cherish_database_sql (db, sorting_by_last_visit);
      break;
    case CHERISH_CUSTOMER_SORT_VISIT_COUNT:
      sql = cherish_database_sql (db, sorting_by_visits);
      break;
    case CHERISH_CUSTOMER_SORT_NAME:
    default:
      sql = cherish_database_sql (db, sorting_by_name);
      break;
    }
  return sql != NULL ? sql : order_by (db, sort);
}

/* ------------------------------------------------------------------ */
/* Paged list source                                                   */
/* ------------------------------------------------------------------ */

typedef struct
{
  CherishCustomerStore *store;
  CherishCustomerQuery  query;
  char                 *search;
} ListSource;

static void
list_source_free (gpointer data)
{
  ListSource *source = data;

  g_clear_object (&source->store);
  g_free (source->search);
  g_free (source);
}

static guint
list_source_count (gpointer   data,
                   guint      at_most,
                   GError   **error)
{
  ListSource *source = data;

  return cherish_customer_store_count_at_most (source->store, &source->query, at_most, error);
}

static GPtrArray *
list_source_fetch (gpointer   data,
                   guint      offset,
                   guint      limit,
                   GError   **error)
{
  ListSource *source = data;

  return cherish_customer_store_find (source->store, &source->query, offset, limit, error);
}

static const CherishPagedSource list_source_funcs = {
  list_source_count,
  list_source_fetch,
};


/**
 * cherish_customer_store_count:
 *
 * Returns: how many customers @query finds (0 with @error set on failure)
 */
guint
cherish_customer_store_count (CherishCustomerStore        *self,
                              const CherishCustomerQuery  *query,
                              GError                     **error)
{
  return cherish_customer_store_count_at_most (self, query, G_MAXUINT, error);
}

/* The count of @sql, bound for @query (?9: where to stop a search's
 * count), or -1 with @error set. */
static gint64
count_statement (CherishCustomerStore        *self,
                 const CherishCustomerQuery  *query,
                 const char                  *sql,
                 const char                  *match,
                 guint                        at_most,
                 GError                     **error)
{
  g_autoptr(CherishStmt) stmt = cherish_database_prepare (database_of (self), sql, error);

  if (stmt == NULL)
    return -1;
  bind_filters (self, stmt, query, match);
  if (match != NULL)
    cherish_stmt_bind_int64 (stmt, 9, at_most);
  return cherish_database_count (database_of (self), stmt, error);
}

/**
 * cherish_customer_store_count_at_most:
 * @at_most: where to stop counting
 *
 * Counts what @query finds, stopping at @at_most when it searches: a lone
 * "0" matches the whole shop, and nobody needs to know at once that it is
 * 100,000 rather than "1,000 or more". Without a search the count is exact.
 *
 * Returns: how many customers @query finds, @at_most if at least that
 *   many (0 with @error set on failure)
 */
guint
cherish_customer_store_count_at_most (CherishCustomerStore        *self,
                                      const CherishCustomerQuery  *query,
                                      guint                        at_most,
                                      GError                     **error)
{
  CherishDatabase *db;
  g_autofree char *match = NULL;
  g_autofree char *where = NULL;
  g_autoptr(GError) local_error = NULL;
  gboolean search_only;
  gint64 n = -1, rows = 0;

  g_return_val_if_fail (CHERISH_IS_CUSTOMER_STORE (self), 0);
  g_return_val_if_fail (query != NULL, 0);

  db = database_of (self);
  where = build_where (db, query, SEARCH_FEW, FALSE, FALSE, &match);
  search_only = match != NULL && query->filter == CHERISH_CUSTOMER_FILTER_NONE;
  /* A server counts a search of one word from its list of words, and
   * another of many along the table. */
  if (search_only && cherish_database_sql (db, counted_along) != NULL)
    {
      n = cherish_customer_search_words_count (self, query, match, at_most, &local_error);
      if (n < 0 && local_error == NULL)
        {
          SearchDensity density = cherish_customer_search_density (self, query->search, match, &rows, &local_error);

          if (local_error == NULL && (density == SEARCH_MANY || density == SEARCH_MOST))
            n = count_statement (self, query, cherish_database_sql (db, counted_along), match, at_most, &local_error);
        }
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return 0;
        }
    }
  if (n < 0)
    {
      g_autofree char *sql = NULL;

      /* The search index holds exactly the customers not deleted. */
      if (search_only)
        sql = g_strdup_printf ("SELECT count(*) FROM (SELECT 1 FROM customer_search WHERE %s LIMIT ?9) AS m",
                               cherish_database_sql (db, cherish_customer_search_matches));
      else if (match != NULL)
        sql = g_strdup_printf ("SELECT count(*) FROM (SELECT 1 FROM customers c WHERE %s LIMIT ?9) AS m",
                               where);
      else if (count_kept (query->filter) != NULL)
        sql = g_strdup (cherish_database_sql (db, *count_kept (query->filter)));
      else
        sql = g_strdup_printf ("SELECT count(*) FROM customers c WHERE %s", where);
      n = count_statement (self, query, sql, match, at_most, error);
      if (n < 0)
        return 0;
    }

  /* A search counted to its end knows how dense it is: its pages need not
   * measure it again. */
  if (search_only && n < at_most)
    cherish_customer_search_counted (self, match, rows, n);
  return n;
}

/* The page of @query's customers by the plan @density names; a walk
 * along the list's order gives up after walk_steps() (*@gave_up set). */
static GPtrArray *
find_by_plan (CherishCustomerStore        *self,
              const CherishCustomerQuery  *query,
              SearchDensity                density,
              guint                        offset,
              guint                        limit,
              gboolean                    *gave_up,
              GError                     **error)
{
  CherishDatabase *db = database_of (self);
  g_autofree char *match = NULL;
  g_autofree char *where = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *today_text = NULL;
  g_autofree char *walk = NULL;
  g_autofree char *sought = NULL;
  g_autofree char *others = NULL;
  g_autofree char *listed = NULL;
  g_autoptr(CherishStmt) stmt = NULL;
  const char *ids = NULL;
  GDate today;

  /* A server's one-word search, from its list of words: its matches
   * sorted by name there, or, some of the shop, asked of a set read from
   * there along another order (reading the stretch of many, "s" or
   * "ma", costs more than the walk saves). */
  if (query->search != NULL &&
      (density == SEARCH_SOME || (density == SEARCH_FEW && cherish_customer_search_sorts_alone (db, query))))
    {
      g_autoptr(GError) local_error = NULL;

      listed = cherish_customer_search_word_listed (self, query, &local_error);
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
    }
  where = build_where (db, query, density, density == SEARCH_FEW, listed != NULL && density == SEARCH_SOME, &match);
  walk = walking (db, sort_index (query->sort));
  /* A search finds the page's ids first, then reads their rows (and their
   * next life event), so that sorting reads no row and a walk gives up
   * after rows of the index only. A few matches are sorted from the small
   * index of what lists sort by, reached from the search index; many are
   * walked along the list's own index. */
  if (match != NULL && density == SEARCH_FEW && cherish_customer_search_sorts_alone (db, query))
    ids = cherish_customer_search_by_name (db, density, listed != NULL);
  else if (match != NULL && density == SEARCH_NAMES_WALKED)
    ids = cherish_customer_search_by_name (db, density, FALSE);

  if (ids != NULL)
    sql = g_strdup_printf ("SELECT " COLUMNS NEXT_EVENT " FROM customers c "
                           "WHERE c.deleted_at IS NULL AND c.id IN (%s) ORDER BY %s",
                           ids, order_by (db, query->sort));
  else if (match != NULL && density == SEARCH_FEW)
    {
      /* By name, from the index of sort keys alone (schema step 26). */
      g_autofree char *by_id = walking (db, query->sort == CHERISH_CUSTOMER_SORT_NAME ? "customers_sort_keys"
                                                                                        : "customers_by_id");

      sql = g_strdup_printf ("SELECT " COLUMNS NEXT_EVENT " FROM customers c WHERE c.id IN ("
                             " SELECT c.id FROM customer_search JOIN customers c%s"
                             " ON c.id = customer_search.rowid WHERE %s "
                             " ORDER BY %s LIMIT ?2 OFFSET ?3) "
                             "ORDER BY %s",
                             query->filter == CHERISH_CUSTOMER_FILTER_NONE ? by_id : "",
                             where, sorting_matches (db, query->sort), order_by (db, query->sort));
    }
  else if (match != NULL && density == SEARCH_SOUGHT)
    {
      /* The stretch of names starting with the word (?10), and the
       * others (?11) sorted by their sort keys, each to the page's end,
       * merged. */
      sql = g_strdup_printf ("SELECT " COLUMNS NEXT_EVENT " FROM customers c WHERE c.id IN ("
                             " SELECT id FROM ("
                             "  SELECT * FROM (%s ORDER BY c.sort_key, c.id LIMIT ?2 + ?3)"
                             "  UNION ALL"
                             "  SELECT * FROM (SELECT c.id, c.sort_key FROM customer_search"
                             "   JOIN customers c INDEXED BY customers_sort_keys ON c.id = customer_search.rowid"
                             "   WHERE customer_search MATCH ?11 AND c.deleted_at IS NULL"
                             "   ORDER BY c.sort_key, c.id LIMIT ?2 + ?3))"
                             " ORDER BY sort_key, id LIMIT ?2 OFFSET ?3) "
                             "ORDER BY %s",
                             cherish_customer_sought_stretch, order_by (db, query->sort));
      others = cherish_text_fts_query_spread (query->search, &sought);
    }
  else if (match != NULL && search_walks (density))
    sql = g_strdup_printf ("SELECT " COLUMNS NEXT_EVENT " FROM customers c WHERE c.id IN ("
                           " SELECT c.id FROM customers c%s WHERE %s "
                           " ORDER BY %s LIMIT ?2 OFFSET ?3) "
                           "ORDER BY %s",
                           walk, where, order_by (db, query->sort), order_by (db, query->sort));
  else if (match != NULL)
    sql = g_strdup_printf ("SELECT " COLUMNS NEXT_EVENT " FROM customers c%s WHERE %s "
                           "ORDER BY %s LIMIT ?2 OFFSET ?3",
                           walk, where, order_by (db, query->sort));
  else
    {
      const char *close = cherish_database_sql (db, list_page_close);

      sql = g_strconcat (cherish_database_sql (db, list_page_open), where, " ORDER BY ",
                         order_by (db, query->sort), " LIMIT ?2 OFFSET ?3",
                         close != NULL ? close : "", close != NULL ? order_by (db, query->sort) : "",
                         NULL);
    }
  stmt = cherish_database_prepare (db, sql, error);
  if (stmt == NULL)
    return NULL;

  bind_filters (self, stmt, query, match);
  cherish_stmt_bind_int64 (stmt, 2, limit);
  cherish_stmt_bind_int64 (stmt, 3, offset);
  if (density == SEARCH_SOUGHT)
    {
      cherish_bind_text (stmt, 10, sought);
      cherish_bind_text (stmt, 11, others);
    }
  if (listed != NULL)
    cherish_bind_text (stmt, 10, listed);
  cherish_clock_get_today (cherish_store_get_clock (CHERISH_STORE (self)), &today);
  today_text = cherish_date_format (&today);
  cherish_bind_text (stmt, 8, today_text);

  return cherish_database_collect_within (db, stmt, listed_customer_from_row,
                                          walk_steps (db, query->sort, density, offset, limit), gave_up, error);
}

/**
 * cherish_customer_store_find:
 *
 * Returns: (transfer full) (element-type CherishCustomer) (nullable): the
 *   customers @query finds, from @offset, at most @limit of them
 */
GPtrArray *
cherish_customer_store_find (CherishCustomerStore        *self,
                             const CherishCustomerQuery  *query,
                             guint                        offset,
                             guint                        limit,
                             GError                     **error)
{
  SearchDensity density = SEARCH_FEW;
  g_autofree char *late = NULL;
  GPtrArray *found;
  gboolean gave_up = FALSE;
  int give_ups = 0;

  g_return_val_if_fail (CHERISH_IS_CUSTOMER_STORE (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  if (query->search != NULL)
    {
      g_autoptr(GError) local_error = NULL;

      density = cherish_customer_search_plan (self, query, offset, limit, &late, &give_ups, &local_error);
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
    }

  found = find_by_plan (self, query, density, offset, limit, &gave_up, error);
  if (late != NULL)
    cherish_customer_search_walked (self, late, give_ups, gave_up);
  /* Most of the shop matches, but not at the top of the order ("m"):
   * gather them and walk. */
  if (gave_up && density == SEARCH_MOST)
    {
      g_clear_pointer (&found, g_ptr_array_unref);
      found = find_by_plan (self, query, SEARCH_MOST_GATHERED, offset, limit, &gave_up, error);
    }
  /* The matches come late in the order ("zoe" among names): sort them. */
  if (gave_up)
    {
      g_clear_pointer (&found, g_ptr_array_unref);
      found = find_by_plan (self, query, SEARCH_FEW, offset, limit, &gave_up, error);
    }
  return found;
}

/**
 * cherish_customer_store_list:
 *
 * Returns: (transfer full): a lazy #GListModel of #CherishCustomer that
 *   pages through @query's results and follows every change of the store
 */
GListModel *
cherish_customer_store_list (CherishCustomerStore       *self,
                             const CherishCustomerQuery *query)
{
  CherishPagedModel *model;
  ListSource *source;

  g_return_val_if_fail (CHERISH_IS_CUSTOMER_STORE (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  source = g_new0 (ListSource, 1);
  source->store = g_object_ref (self);
  source->query = *query;
  source->search = g_strdup (query->search);
  source->query.search = source->search;

  model = cherish_paged_model_new (CHERISH_TYPE_CUSTOMER, &list_source_funcs,
                                   source, list_source_free);
  /* Visits change counts and last visits, by which the list may sort. */
  g_signal_connect_object (database_of (self), "changed::customers",
                           G_CALLBACK (cherish_paged_model_reload), model, G_CONNECT_SWAPPED);
  g_signal_connect_object (database_of (self), "changed::visits",
                           G_CALLBACK (cherish_paged_model_reload), model, G_CONNECT_SWAPPED);

  return G_LIST_MODEL (model);
}

/**
 * cherish_customer_store_for_each:
 * @func: (scope call): told about each customer
 *
 * Every customer (not the deleted ones), by name, read a page at a time
 * (an export, an import's look for duplicates).
 *
 * Returns: %FALSE with @error set if reading or @func failed
 */
gboolean
cherish_customer_store_for_each (CherishCustomerStore  *self,
                                 CherishCustomerFunc    func,
                                 gpointer               user_data,
                                 GError               **error)
{
  CherishCustomerQuery everyone = { NULL, CHERISH_CUSTOMER_SORT_NAME, CHERISH_CUSTOMER_FILTER_NONE };
  const guint page_size = 5000;

  g_return_val_if_fail (CHERISH_IS_CUSTOMER_STORE (self), FALSE);

  for (guint offset = 0;; offset += page_size)
    {
      g_autoptr(GPtrArray) page = cherish_customer_store_find (self, &everyone, offset, page_size, error);

      if (page == NULL)
        return FALSE;
      for (guint i = 0; i < page->len; i++)
        if (!func (page->pdata[i], user_data, error))
          return FALSE;
      if (page->len < page_size)
        return TRUE;
    }
}
