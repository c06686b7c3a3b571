/* cherish-milestone-store.c — finding the moments worth celebrating
 *
 * For a range of days (in the shop's time zone), every occasion with its
 * date and why: birthdays, years as a customer, yearly and one-off life
 * events, the Nth visit (on the day it happened, or "at their next visit"
 * when the range reaches today), and the shop's Nth customer (on the day
 * they were added, or "coming soon" within five). Candidates come from
 * indexes (month-day of birthdays, customer-since and yearly events; dates
 * of one-off events; last visit; visit counts; creation order); the dates
 * themselves are settled by the pure logic of cherish-milestones.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-milestone-store"

#include "config.h"

#include <string.h>

#include "cherish-customer-store.h"
#include "cherish-date.h"
#include "cherish-enum-types.h"
#include "cherish-milestone-store.h"
#include "cherish-store-private.h"

/* The shop's next Nth customer is "coming soon" this many customers ahead. */
#define SHOP_SOON 5
/* At most this many of the shop's thresholds in one range. */
#define SHOP_AT_MOST 3

struct _CherishMilestoneStore
{
  CherishStore parent_instance;
};

G_DEFINE_FINAL_TYPE (CherishMilestoneStore, cherish_milestone_store, CHERISH_TYPE_STORE)

typedef struct
{
  CherishMilestoneStore       *self;
  const GDate                 *from;
  const GDate                 *to;
  CherishDayRange              days;       /* from to to, for the yearly dates */
  const CherishMilestoneRules *rules;
  GTimeZone                   *zone;
  char                        *md[4];      /* month-day windows: 0–1, and 2–3 */
  char                        *from_day;   /* YYYY-MM-DD */
  char                        *to_day;
  char                        *from_utc;   /* local midnight of from, as a stored timestamp */
  char                        *end_utc;    /* local midnight after to */
  GPtrArray                   *found;
  gboolean                     dated_only; /* for reminders: no "at the next visit", unsorted */
} Scan;


/* Where the engines' SQL differs: the month and day of a date, as each
 * engine's index of it says it (SQLite's substr from the end). */
static const CherishDialectSql tenures = {
  "SELECT id, display_name, customer_since FROM customers "
  "WHERE deleted_at IS NULL AND is_prospect = 0 AND substr(customer_since, -5) BETWEEN ?1 AND ?2",
  "SELECT id, display_name, customer_since FROM customers "
  "WHERE deleted_at IS NULL AND is_prospect = 0 AND right(customer_since, 5) BETWEEN ?1 AND ?2",
};
static const CherishDialectSql yearly_events = {
  "SELECT c.id, c.display_name, e.date, e.title, e.id "
  "FROM life_events e JOIN customers c ON c.id = e.customer_id "
  "WHERE e.yearly = 1 AND c.deleted_at IS NULL AND substr(e.date, -5) BETWEEN ?1 AND ?2",
  "SELECT c.id, c.display_name, e.date, e.title, e.id "
  "FROM life_events e JOIN customers c ON c.id = e.customer_id "
  "WHERE e.yearly = 1 AND c.deleted_at IS NULL AND right(e.date, 5) BETWEEN ?1 AND ?2",
};
static CherishDatabase *
database_of (CherishMilestoneStore *self)
{
  return cherish_store_get_database (CHERISH_STORE (self));
}

static void
add (Scan                *scan,
     CherishOccasionKind  kind,
     gint64               customer_id,
     const char          *name,
     const GDate         *date,
     guint                number,
     const char          *title,
     gint64               life_event_id)
{
  g_autofree char *day = date != NULL ? cherish_date_format (date) : NULL;

  g_ptr_array_add (scan->found, cherish_occasion_new (kind, customer_id, name, day, number,
                                                      title, life_event_id));
}

/* Month-day windows covering the range: one, two over a year's end, or
 * the whole year. */
static void
make_windows (Scan *scan)
{
  if (g_date_days_between (scan->from, scan->to) >= 365)
    {
      scan->md[0] = g_strdup ("01-01");
      scan->md[1] = g_strdup ("12-31");
    }
  else
    {
      scan->md[0] = g_strdup_printf ("%02d-%02d", g_date_get_month (scan->from),
                                     g_date_get_day (scan->from));
      scan->md[1] = g_strdup_printf ("%02d-%02d", g_date_get_month (scan->to),
                                     g_date_get_day (scan->to));
      if (g_date_get_year (scan->from) != g_date_get_year (scan->to))
        {
          scan->md[2] = g_strdup ("01-01");
          scan->md[3] = scan->md[1];
          scan->md[1] = g_strdup ("12-31");
          return;
        }
    }
  scan->md[2] = g_strdup (scan->md[0]);
  scan->md[3] = g_strdup (scan->md[1]);
}

static char *
local_midnight_utc (Scan        *scan,
                    const GDate *day)
{
  g_autoptr(GDateTime) midnight = g_date_time_new (scan->zone, g_date_get_year (day),
                                                   g_date_get_month (day), g_date_get_day (day),
                                                   0, 0, 0);

  return cherish_timestamp_format (midnight);
}

/* "YYYY-MM-DD" or, for a birthday, "--MM-DD" (year 0), as stored: read
 * digit by digit, thousands of times a month. */
static gboolean
split_stored_date (const char *text,
                   int        *year,
                   int        *month,
                   int        *day)
{
  gsize length = text != NULL ? strlen (text) : 0;
  const char *md;

  if (length == 7 && text[0] == '-' && text[1] == '-')
    *year = 0;
  else if (length == 10 && g_ascii_isdigit (text[0]) && g_ascii_isdigit (text[1]) &&
           g_ascii_isdigit (text[2]) && g_ascii_isdigit (text[3]) && text[4] == '-')
    *year = (text[0] - '0') * 1000 + (text[1] - '0') * 100 + (text[2] - '0') * 10 + (text[3] - '0');
  else
    return FALSE;

  md = text + length - 5;
  if (!g_ascii_isdigit (md[0]) || !g_ascii_isdigit (md[1]) || md[2] != '-' ||
      !g_ascii_isdigit (md[3]) || !g_ascii_isdigit (md[4]))
    return FALSE;
  *month = (md[0] - '0') * 10 + (md[1] - '0');
  *day = (md[3] - '0') * 10 + (md[4] - '0');
  return *month >= 1 && *month <= 12 && *day >= 1 && *day <= 31;
}

static gboolean scan_window (Scan                *scan,
                             const char          *sql,
                             CherishOccasionKind  kind,
                             const char          *first,
                             const char          *last,
                             GError             **error);

/* One index range per month-day window (and one for 29 February, which
 * may be celebrated on another day): SQLite picks the index for a single
 * BETWEEN, not for an OR of them. */
static gboolean
scan_yearly (Scan                 *scan,
             const char           *sql,
             CherishOccasionKind   kind,
             GError              **error)
{
  gboolean two = g_strcmp0 (scan->md[0], scan->md[2]) != 0;
  gboolean feb29_inside = (g_strcmp0 (scan->md[0], "02-29") <= 0 &&
                           g_strcmp0 ("02-29", scan->md[1]) <= 0) ||
                          (two && g_strcmp0 (scan->md[2], "02-29") <= 0 &&
                           g_strcmp0 ("02-29", scan->md[3]) <= 0);

  return scan_window (scan, sql, kind, scan->md[0], scan->md[1], error) &&
         (!two || scan_window (scan, sql, kind, scan->md[2], scan->md[3], error)) &&
         (feb29_inside || scan_window (scan, sql, kind, "02-29", "02-29", error));
}

static gboolean
scan_window (Scan                *scan,
             const char          *sql,
             CherishOccasionKind  kind,
             const char          *first,
             const char          *last,
             GError             **error)
{
  CherishDatabase *db = database_of (scan->self);
  g_autoptr(CherishStmt) stmt = cherish_database_prepare (db, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  cherish_bind_text (stmt, 1, first);
  cherish_bind_text (stmt, 2, last);

  while ((rc = cherish_stmt_step (stmt)) == CHERISH_ROW)
    {
      const char *text = cherish_column_text (stmt, 2);
      int year = 0, month = 0, day = 0;
      GDate dates[3];
      guint n;

      if (!split_stored_date (text, &year, &month, &day))
        continue;

      n = cherish_milestones_yearly (month, day, &scan->days, scan->rules->feb29_on_march1, dates);
      for (guint i = 0; i < n; i++)
        {
          int years = year > 0 ? g_date_get_year (&dates[i]) - year : 0;

          if (kind == CHERISH_OCCASION_TENURE &&
              !cherish_milestone_steps_match (&scan->rules->tenure, years))
            continue;
          if (kind == CHERISH_OCCASION_LIFE_EVENT && years <= 0)
            continue;   /* the first time is the one-off query's */

          add (scan, kind, cherish_stmt_column_int64 (stmt, 0), cherish_column_text (stmt, 1),
               &dates[i], MAX (years, 0),
               kind == CHERISH_OCCASION_LIFE_EVENT ? cherish_column_text (stmt, 3) : NULL,
               kind == CHERISH_OCCASION_LIFE_EVENT ? cherish_stmt_column_int64 (stmt, 4) : 0);
        }
    }

  if (rc != CHERISH_DONE)
    {
      cherish_database_set_error (db, rc, error);
      return FALSE;
    }
  return TRUE;
}

static gboolean
scan_one_off_events (Scan    *scan,
                     GError **error)
{
  CherishDatabase *db = database_of (scan->self);
  g_autoptr(CherishStmt) stmt = NULL;
  int rc;

  /* One-off events, and yearly ones on their very first date. */
  stmt = cherish_database_prepare (db,
                                   "SELECT c.id, c.display_name, e.date, e.title, e.id "
                                   "FROM life_events e JOIN customers c ON c.id = e.customer_id "
                                   "WHERE e.date BETWEEN ?1 AND ?2 AND c.deleted_at IS NULL",
                                   error);
  if (stmt == NULL)
    return FALSE;
  cherish_bind_text (stmt, 1, scan->from_day);
  cherish_bind_text (stmt, 2, scan->to_day);

  while ((rc = cherish_stmt_step (stmt)) == CHERISH_ROW)
    {
      GDate day;

      if (cherish_date_parse (cherish_column_text (stmt, 2), &day, NULL))
        add (scan, CHERISH_OCCASION_LIFE_EVENT, cherish_stmt_column_int64 (stmt, 0),
             cherish_column_text (stmt, 1), &day, 0, cherish_column_text (stmt, 3),
             cherish_stmt_column_int64 (stmt, 4));
    }

  if (rc != CHERISH_DONE)
    {
      cherish_database_set_error (db, rc, error);
      return FALSE;
    }
  return TRUE;
}

/* The customers' own events: yearly ones on their days, one-off ones. */
static gboolean
scan_life_events (Scan    *scan,
                  GError **error)
{
  return scan_yearly (scan, cherish_database_sql (database_of (scan->self), yearly_events),
                      CHERISH_OCCASION_LIFE_EVENT, error) &&
         scan_one_off_events (scan, error);
}

/* Events a customer is on the list of (not declined, not cancelled), on
 * the shop's day they start; the number is the event's id. */
static gboolean
scan_invitations (Scan    *scan,
                  GError **error)
{
  CherishDatabase *db = database_of (scan->self);
  g_autoptr(CherishStmt) stmt = NULL;
  int rc;

  stmt = cherish_database_prepare (db,
                                   "SELECT c.id, c.display_name, e.starts_at, e.title, e.id "
                                   "FROM events e JOIN invitations i ON i.event_id = e.id "
                                   "JOIN customers c ON c.id = i.customer_id "
                                   "WHERE e.starts_at >= ?1 AND e.starts_at < ?2 AND e.status <> 'cancelled' "
                                   "AND i.status <> 'declined' AND c.deleted_at IS NULL",
                                   error);
  if (stmt == NULL)
    return FALSE;
  cherish_bind_text (stmt, 1, scan->from_utc);
  cherish_bind_text (stmt, 2, scan->end_utc);

  while ((rc = cherish_stmt_step (stmt)) == CHERISH_ROW)
    {
      GDate day;

      if (cherish_timestamp_local_day (cherish_column_text (stmt, 2), scan->zone, &day))
        add (scan, CHERISH_OCCASION_EVENT, cherish_stmt_column_int64 (stmt, 0), cherish_column_text (stmt, 1),
             &day, (guint) cherish_stmt_column_int64 (stmt, 4), cherish_column_text (stmt, 3), 0);
    }
  if (rc != CHERISH_DONE)
    {
      cherish_database_set_error (db, rc, error);
      return FALSE;
    }
  return TRUE;
}

static gint64
count_visits (Scan        *scan,
              gint64       customer_id,
              const char  *since,
              GError     **error)
{
  g_autoptr(CherishStmt) stmt = NULL;

  stmt = cherish_database_prepare (database_of (scan->self),
                                   "SELECT count(*) FROM visits WHERE customer_id = ?1 "
                                   "AND kind IN ('visit', 'purchase') AND at >= ?2", error);
  if (stmt == NULL)
    return -1;
  cherish_stmt_bind_int64 (stmt, 1, customer_id);
  cherish_bind_text (stmt, 2, since);
  return cherish_database_count (database_of (scan->self), stmt, error);
}

/* Visits numbered a+1…b happened in the range: celebrate the thresholds
 * among them, on the day of that visit. */
static gboolean
scan_visits_done (Scan    *scan,
                  GError **error)
{
  CherishDatabase *db = database_of (scan->self);
  g_autoptr(CherishStmt) stmt = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) counts = g_array_new (FALSE, FALSE, sizeof (gint64));
  int rc;

  stmt = cherish_database_prepare (db,
                                   "SELECT id, display_name, visit_count FROM customers "
                                   "WHERE deleted_at IS NULL AND last_visit_at >= ?1", error);
  if (stmt == NULL)
    return FALSE;
  cherish_bind_text (stmt, 1, scan->from_utc);
  while ((rc = cherish_stmt_step (stmt)) == CHERISH_ROW)
    {
      gint64 id = cherish_stmt_column_int64 (stmt, 0), count = cherish_stmt_column_int64 (stmt, 2);

      g_array_append_val (ids, id);
      g_array_append_val (counts, count);
      g_ptr_array_add (names, g_strdup (cherish_column_text (stmt, 1)));
    }
  if (rc != CHERISH_DONE)
    {
      cherish_database_set_error (db, rc, error);
      return FALSE;
    }
  g_clear_pointer (&stmt, cherish_stmt_release);

  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i), total = g_array_index (counts, gint64, i);
      gint64 from_on = count_visits (scan, id, scan->from_utc, error);
      gint64 after = count_visits (scan, id, scan->end_utc, error);

      if (from_on < 0 || after < 0)
        return FALSE;

      for (gint64 n = total - from_on + 1; n <= total - after; n++)
        {
          g_autoptr(CherishStmt) nth = NULL;
          GDate day;

          if (!cherish_milestone_steps_match (&scan->rules->visits, n))
            continue;

          nth = cherish_database_prepare (db,
                                          "SELECT at FROM visits WHERE customer_id = ?1 "
                                          "AND kind IN ('visit', 'purchase') "
                                          "ORDER BY at DESC LIMIT 1 OFFSET ?2", error);
          if (nth == NULL)
            return FALSE;
          cherish_stmt_bind_int64 (nth, 1, id);
          cherish_stmt_bind_int64 (nth, 2, total - n);
          if (cherish_stmt_step (nth) == CHERISH_ROW && cherish_timestamp_local_day (cherish_column_text (nth, 0), scan->zone, &day))
            add (scan, CHERISH_OCCASION_NTH_VISIT, id, names->pdata[i], &day, (guint) n, NULL, 0);
        }
    }

  return TRUE;
}

/* Regulars (seen in the last CHERISH_NOT_SEEN_DAYS days) whose next visit
 * is a threshold: "at their next visit". */
static gboolean
scan_visits_next (Scan    *scan,
                  GError **error)
{
  const CherishMilestoneSteps *steps = &scan->rules->visits;
  CherishDatabase *db = database_of (scan->self);
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autoptr(GDateTime) now = cherish_clock_get_now (cherish_store_get_clock (CHERISH_STORE (scan->self)));
  g_autoptr(GDateTime) regular = g_date_time_add_days (now, -CHERISH_NOT_SEEN_DAYS);
  g_autofree char *since = cherish_timestamp_format (regular);
  g_autoptr(CherishStmt) stmt = NULL;
  guint last = steps->n_values > 0 ? steps->values[steps->n_values - 1] : 0;
  int rc;

  /* Through the visit-count index, which carries the name: the listed
   * thresholds, then the range past the last one for the "every" rule
   * (two queries, as SQLite does not walk one index for an OR). */
  g_string_append (sql, "SELECT id, display_name, visit_count FROM customers "
                        "WHERE deleted_at IS NULL AND is_prospect = 0 "
                        "AND last_visit_at >= ?1 AND visit_count IN (-1");
  for (guint i = 0; i < steps->n_values; i++)
    g_string_append_printf (sql, ", %u", steps->values[i] - 1);
  g_string_append (sql, ")");
  if (steps->every > 0)
    g_string_append_printf (sql, " UNION ALL "
                                 "SELECT id, display_name, visit_count FROM customers "
                                 "WHERE deleted_at IS NULL AND is_prospect = 0 "
                                 "AND last_visit_at >= ?1 AND visit_count >= %u "
                                 "AND (visit_count + 1) %% %u = 0", last, steps->every);

  stmt = cherish_database_prepare (db, sql->str, error);
  if (stmt == NULL)
    return FALSE;
  cherish_bind_text (stmt, 1, since);
  while ((rc = cherish_stmt_step (stmt)) == CHERISH_ROW)
    {
      guint next = (guint) cherish_stmt_column_int64 (stmt, 2) + 1;

      if (cherish_milestone_steps_match (steps, next))
        add (scan, CHERISH_OCCASION_NTH_VISIT, cherish_stmt_column_int64 (stmt, 0),
             cherish_column_text (stmt, 1), NULL, next, NULL, 0);
    }
  if (rc != CHERISH_DONE)
    {
      cherish_database_set_error (db, rc, error);
      return FALSE;
    }
  return TRUE;
}

/* Customers (not prospects) added before @since (@older) or from @since
 * on, at most @limit (-1: no limit). */
static gint64
count_customers_side (Scan        *scan,
                      const char  *since,
                      gboolean     older,
                      gint64       limit,
                      GError     **error)
{
  CherishDatabase *db = database_of (scan->self);
  g_autoptr(CherishStmt) stmt = NULL;

  stmt = cherish_database_prepare (db,
                                   older
                                   ? "SELECT count(*) FROM (SELECT 1 FROM customers "
                                     "WHERE deleted_at IS NULL AND is_prospect = 0 "
                                     "AND created_at < ?1 LIMIT ?2) AS m"
                                   : "SELECT count(*) FROM (SELECT 1 FROM customers "
                                     "WHERE deleted_at IS NULL AND is_prospect = 0 "
                                     "AND created_at >= ?1 LIMIT ?2) AS m", error);
  if (stmt == NULL)
    return -1;
  cherish_bind_text (stmt, 1, since);
  cherish_stmt_bind_int64 (stmt, 2, limit);
  return cherish_database_count (db, stmt, error);
}

/* Customers (not prospects) added from @since on, out of @all. SQLite
 * counts an index range entry by entry, so a side with few entries is
 * looked for first: a shop that imported everyone last week, or one of
 * old regulars, is a few entries either way. */
#define FEW_CUSTOMERS 1000

static gint64
count_customers_since (Scan        *scan,
                       const char  *since,
                       gint64       all,
                       GError     **error)
{
  gint64 n = count_customers_side (scan, since, FALSE, FEW_CUSTOMERS, error);

  if (n < 0 || n < FEW_CUSTOMERS)
    return n;
  n = count_customers_side (scan, since, TRUE, FEW_CUSTOMERS, error);
  if (n < 0)
    return -1;
  if (n < FEW_CUSTOMERS)
    return all - n;
  return count_customers_side (scan, since, FALSE, -1, error);
}

/* All the shop's customers (not prospects), as the customer store counts
 * them. (Not a count kept by triggers: a trigger writing another table
 * makes every insert a statement of its own, and the full-text index then
 * flushes at each one, which made an import of 20,000 customers four
 * times slower.) */
static gint64
shop_size (Scan    *scan,
           GError **error)
{
  g_autoptr(CherishCustomerStore) customers =
    cherish_customer_store_new (database_of (scan->self), cherish_store_get_clock (CHERISH_STORE (scan->self)));
  CherishCustomerQuery query = { NULL, CHERISH_CUSTOMER_SORT_NAME, CHERISH_CUSTOMER_FILTER_CUSTOMERS };
  g_autoptr(GError) local_error = NULL;
  guint n = cherish_customer_store_count (customers, &query, &local_error);

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return -1;
    }
  return n;
}

/* The shop's Nth customer: added in the range, or coming within five. */
static gboolean
scan_shop (Scan      *scan,
           gboolean   includes_today,
           GError   **error)
{
  CherishDatabase *db = database_of (scan->self);
  gint64 all = shop_size (scan, error);
  gint64 from_on = all < 0 ? -1 : count_customers_since (scan, scan->from_utc, all, error);
  gint64 after = from_on < 0 ? -1 : count_customers_since (scan, scan->end_utc, all, error);
  gint64 before = all - from_on, until = all - after;

  if (after < 0)
    return FALSE;

  /* The highest thresholds reached in the range (an import can add a
   * thousand customers in a day: the 1000th is the one worth a party),
   * each read from the newest end of the index. */
  {
    gint64 reached[SHOP_AT_MOST];
    guint n_reached = 0;

    for (gint64 n = until; n > before && n_reached < SHOP_AT_MOST; n--)
      if (cherish_milestone_steps_match (&scan->rules->shop, n))
        reached[n_reached++] = n;

    for (guint i = 0; i < n_reached; i++)
      {
        g_autoptr(CherishStmt) stmt = NULL;
        GDate day;

        stmt = cherish_database_prepare (db,
                                         "SELECT id, display_name, created_at FROM customers "
                                         "WHERE deleted_at IS NULL AND is_prospect = 0 "
                                         "AND created_at >= '' "
                                         "ORDER BY created_at DESC, id DESC LIMIT 1 OFFSET ?1",
                                         error);
        if (stmt == NULL)
          return FALSE;
        cherish_stmt_bind_int64 (stmt, 1, all - reached[i]);
        if (cherish_stmt_step (stmt) == CHERISH_ROW &&
            cherish_timestamp_local_day (cherish_column_text (stmt, 2), scan->zone, &day))
          add (scan, CHERISH_OCCASION_SHOP_MILESTONE, cherish_stmt_column_int64 (stmt, 0),
               cherish_column_text (stmt, 1), &day, (guint) reached[i], NULL, 0);
      }
  }

  if (includes_today)
    {
      guint next = cherish_milestone_steps_next (&scan->rules->shop, (guint) all);

      if (next > 0 && next - all <= SHOP_SOON)
        add (scan, CHERISH_OCCASION_SHOP_MILESTONE, 0, NULL, NULL, next, NULL, 0);
    }

  return TRUE;
}

static void
cherish_milestone_store_class_init (CherishMilestoneStoreClass *klass)
{
}

static void
cherish_milestone_store_init (CherishMilestoneStore *self)
{
}

CherishMilestoneStore *
cherish_milestone_store_new (CherishDatabase *database,
                             CherishClock    *clock)
{
  return g_object_new (CHERISH_TYPE_MILESTONE_STORE, "database", database, "clock", clock, NULL);
}

/* What find() looks for. */
typedef enum
{
  FIND_ALL,
  FIND_DATED,        /* no "at the next visit", unsorted */
  FIND_LIFE_EVENTS,  /* the customers' own events only */
} Find;

static GPtrArray *
find (CherishMilestoneStore        *self,
      const GDate                  *from,
      const GDate                  *to,
      const CherishMilestoneRules  *rules,
      Find                          what,
      GError                      **error)
{
  gboolean dated_only = what == FIND_DATED;
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GTimeZone) zone = NULL;
  CherishClock *clock;
  gboolean ok, includes_today;
  GDate today, after;
  Scan scan = { 0 };

  g_return_val_if_fail (CHERISH_IS_MILESTONE_STORE (self), NULL);
  g_return_val_if_fail (g_date_valid (from) && g_date_valid (to), NULL);
  g_return_val_if_fail (g_date_compare (from, to) <= 0, NULL);
  g_return_val_if_fail (g_date_days_between (from, to) <= 2 * 366, NULL);

  clock = cherish_store_get_clock (CHERISH_STORE (self));
  zone = cherish_clock_get_timezone (clock);
  cherish_clock_get_today (clock, &today);
  includes_today = g_date_compare (&today, to) <= 0;

  after = *to;
  g_date_add_days (&after, 1);

  scan = (Scan) { self, from, to, { 0 }, rules, zone, { NULL }, NULL, NULL, NULL, NULL, found, dated_only };
  cherish_day_range_init (&scan.days, from, to);
  make_windows (&scan);
  scan.from_day = cherish_date_format (from);
  scan.to_day = cherish_date_format (to);
  scan.from_utc = local_midnight_utc (&scan, from);
  scan.end_utc = local_midnight_utc (&scan, &after);

  if (what == FIND_LIFE_EVENTS)
    ok = scan_life_events (&scan, error);
  else
    ok = scan_yearly (&scan,
                      "SELECT id, display_name, birthday FROM customers "
                      "WHERE deleted_at IS NULL AND birthday_md BETWEEN ?1 AND ?2",
                      CHERISH_OCCASION_BIRTHDAY, error) &&
         scan_yearly (&scan, cherish_database_sql (database_of (self), tenures),
                      CHERISH_OCCASION_TENURE, error) &&
         scan_life_events (&scan, error) &&
         scan_invitations (&scan, error) &&
         scan_visits_done (&scan, error) &&
         (!includes_today || dated_only || scan_visits_next (&scan, error)) &&
         scan_shop (&scan, includes_today && !dated_only, error);

  for (guint i = 0; i < G_N_ELEMENTS (scan.md); i++)
    g_free (scan.md[i]);
  g_free (scan.from_day);
  g_free (scan.to_day);
  g_free (scan.from_utc);
  g_free (scan.end_utc);

  if (!ok)
    return NULL;

  if (!dated_only)
    cherish_occasion_sort (found);
  return g_steal_pointer (&found);
}

/**
 * cherish_milestone_store_find:
 * @from: the first day (shop's time zone)
 * @to: the last day, at most two years later
 * @rules: the thresholds and the 29 February rule
 *
 * Returns: (transfer full) (element-type CherishOccasion) (nullable): the
 *   occasions by date; those without a date ("at the next visit",
 *   "coming soon") first
 */
GPtrArray *
cherish_milestone_store_find (CherishMilestoneStore        *self,
                              const GDate                  *from,
                              const GDate                  *to,
                              const CherishMilestoneRules  *rules,
                              GError                      **error)
{
  return find (self, from, to, rules, FIND_ALL, error);
}

/**
 * cherish_milestone_store_find_dated:
 *
 * As cherish_milestone_store_find(), without the occasions that have no
 * day ("at the next visit", "coming soon") and in no order: what the
 * reminders are made of, 13,000 at a time, and sort their own way.
 *
 * Returns: (transfer full) (element-type CherishOccasion) (nullable)
 */
GPtrArray *
cherish_milestone_store_find_dated (CherishMilestoneStore        *self,
                                    const GDate                  *from,
                                    const GDate                  *to,
                                    const CherishMilestoneRules  *rules,
                                    GError                      **error)
{
  return find (self, from, to, rules, FIND_DATED, error);
}

/**
 * cherish_milestone_store_find_life_events:
 *
 * As cherish_milestone_store_find(), the customers' own events only
 * (weddings, retirements, yearly or not): a big shop's month holds
 * thousands of birthdays and anniversaries as customers, and none of them
 * is read.
 *
 * Returns: (transfer full) (element-type CherishOccasion) (nullable): by
 *   date
 */
GPtrArray *
cherish_milestone_store_find_life_events (CherishMilestoneStore        *self,
                                          const GDate                  *from,
                                          const GDate                  *to,
                                          const CherishMilestoneRules  *rules,
                                          GError                      **error)
{
  return find (self, from, to, rules, FIND_LIFE_EVENTS, error);
}
