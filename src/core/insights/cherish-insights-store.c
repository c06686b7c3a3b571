/* cherish-insights-store.c — is the care working? The shop's figures by month
 *
 * The months are the shop's (Solar Hijri in Persian), counted back from
 * the one under way. The regulars' figures come from one walk over every
 * visit (cherish-insights-scan.c); care given, points and events from a
 * query each over their own tables. Everything is computed in one read,
 * meant for a thread of its own with a reading connection: the page shows
 * at once and fills in.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-insights"

#include "config.h"

#include "cherish-date.h"
#include "cherish-insights-private.h"
#include "cherish-persian-date.h"
#include "cherish-store-private.h"

struct _CherishInsightsStore
{
  CherishStore parent_instance;
};

G_DEFINE_FINAL_TYPE (CherishInsightsStore, cherish_insights_store, CHERISH_TYPE_STORE)

static void
cherish_insights_store_class_init (CherishInsightsStoreClass *klass)
{
  CHERISH_STORE_CLASS (klass)->table = "visits";
}

static void
cherish_insights_store_init (CherishInsightsStore *self)
{
}

CherishInsightsStore *
cherish_insights_store_new (CherishDatabase *database,
                            CherishClock    *clock)
{
  return g_object_new (CHERISH_TYPE_INSIGHTS_STORE, "database", database, "clock", clock, NULL);
}

static void
clear_customer (gpointer data)
{
  g_free (((CherishInsightsCustomer *) data)->name);
}

static void
clear_event (gpointer data)
{
  g_free (((CherishInsightsEvent *) data)->title);
}

static void
guests_free (gpointer data)
{
  InsightsEventGuests *guests = data;

  g_hash_table_unref (guests->invited);
  g_hash_table_unref (guests->came);
  g_free (guests);
}

/**
 * cherish_insights_new_empty:
 *
 * Returns: (transfer full): figures with no months, customers or events
 *   yet
 */
CherishInsights *
cherish_insights_new_empty (void)
{
  CherishInsights *insights = g_new0 (CherishInsights, 1);

  insights->months = g_array_new (FALSE, TRUE, sizeof (CherishInsightsMonth));
  insights->slipping = g_array_new (FALSE, TRUE, sizeof (CherishInsightsCustomer));
  insights->top = g_array_new (FALSE, TRUE, sizeof (CherishInsightsCustomer));
  insights->events = g_array_new (FALSE, TRUE, sizeof (CherishInsightsEvent));
  g_array_set_clear_func (insights->slipping, clear_customer);
  g_array_set_clear_func (insights->top, clear_customer);
  g_array_set_clear_func (insights->events, clear_event);
  return insights;
}

void
cherish_insights_free (CherishInsights *insights)
{
  if (insights == NULL)
    return;
  g_array_unref (insights->months);
  g_array_unref (insights->slipping);
  g_array_unref (insights->top);
  g_array_unref (insights->events);
  g_free (insights);
}

static CherishDatabase *
database_of (CherishInsightsStore *self)
{
  return cherish_store_get_database (CHERISH_STORE (self));
}

/* ------------------------------------------------------------------ */
/* Months                                                              */
/* ------------------------------------------------------------------ */

/* The first day of the month @date is in, in @calendar. */
static void
month_start (CherishCalendarSystem  calendar,
             const GDate           *date,
             GDate                 *first)
{
  int year, month, day;

  *first = *date;
  if (calendar == CHERISH_CALENDAR_PERSIAN &&
      cherish_persian_from_gregorian (date, &year, &month, &day) &&
      cherish_persian_to_gregorian (year, month, 1, first))
    return;
  g_date_set_day (first, 1);
}

/* The day the range starts from when it is all time: the first visit. */
static gboolean
first_visit_day (CherishInsightsStore  *self,
                 InsightsScan          *scan,
                 int                   *day,
                 GError               **error)
{
  g_autoptr(CherishStmt) stmt = cherish_database_prepare (database_of (self),
                                                          "SELECT min(at) FROM visits", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  rc = cherish_stmt_step (stmt);
  if (rc != CHERISH_ROW)
    {
      cherish_database_set_error (database_of (self), rc, error);
      return FALSE;
    }
  *day = cherish_stmt_column_is_null (stmt, 0)
           ? scan->today
           : cherish_insights_scan_local_day (scan, cherish_column_text (stmt, 0));
  if (*day == G_MININT)
    *day = scan->today;
  return TRUE;
}

/* @n months back from the one under way (all since @since_day if 0). */
static void
make_months (InsightsScan          *scan,
             CherishCalendarSystem  calendar,
             guint                  n,
             int                    since_day,
             const GDate           *today)
{
  g_autoptr(GArray) firsts = g_array_new (FALSE, FALSE, sizeof (GDate));
  GDate first;

  month_start (calendar, today, &first);
  for (guint i = 0; n == 0 || i < n; i++)
    {
      g_array_prepend_val (firsts, first);
      if ((n == 0 && cherish_insights_scan_day_of_date (&first) <= since_day) ||
          g_date_get_julian (&first) < 400)
        break;
      {
        GDate before = first;

        g_date_subtract_days (&before, 1);
        month_start (calendar, &before, &first);
      }
    }

  scan->n_months = firsts->len;
  scan->month_first = g_new (int, firsts->len);
  scan->month_last = g_new (int, firsts->len);
  for (guint i = 0; i < firsts->len; i++)
    {
      CherishInsightsMonth month = { 0 };

      month.first = g_array_index (firsts, GDate, i);
      if (i + 1 < firsts->len)
        {
          month.last = g_array_index (firsts, GDate, i + 1);
          g_date_subtract_days (&month.last, 1);
        }
      else
        month.last = *today;
      scan->month_first[i] = cherish_insights_scan_day_of_date (&month.first);
      scan->month_last[i] = cherish_insights_scan_day_of_date (&month.last);
      g_array_append_val (scan->insights->months, month);
    }
}

/* The month of a "YYYY-MM-DD" day, or -1. */
static int
month_of_date (InsightsScan *scan,
               const char   *text)
{
  GDate date;

  if (!cherish_date_parse (text, &date, NULL))
    return -1;
  return cherish_insights_scan_month_of (scan, cherish_insights_scan_day_of_date (&date));
}

static char *
first_day_text (InsightsScan *scan)
{
  return cherish_date_format (&g_array_index (scan->insights->months, CherishInsightsMonth, 0).first);
}

/* ------------------------------------------------------------------ */
/* Care, points, events                                                */
/* ------------------------------------------------------------------ */

static CherishInsightsMonth *
month_at (InsightsScan *scan,
          int           index)
{
  return &g_array_index (scan->insights->months, CherishInsightsMonth, index);
}

static gboolean
count_celebrations (InsightsScan  *scan,
                    GError       **error)
{
  CherishDatabase *db = database_of (scan->self);
  g_autoptr(CherishStmt) stmt = NULL;
  g_autofree char *from = first_day_text (scan);
  int rc;

  stmt = cherish_database_prepare (db, "SELECT occasion_date, status, kind IN ('birthday', 'tenure', "
                                       "'life-event') FROM celebrations "
                                       "WHERE occasion_date >= ?1 AND status IN ('done', 'skipped')",
                                   error);
  if (stmt == NULL)
    return FALSE;
  cherish_bind_text (stmt, 1, from);
  while ((rc = cherish_stmt_step (stmt)) == CHERISH_ROW)
    {
      int month = month_of_date (scan, cherish_column_text (stmt, 0));

      if (month < 0)
        continue;
      if (g_str_equal (cherish_column_text (stmt, 1), "done"))
        month_at (scan, month)->celebrated++;
      else
        month_at (scan, month)->skipped++;
      scan->marked[month] += cherish_stmt_column_int (stmt, 2);
    }
  if (rc != CHERISH_DONE)
    cherish_database_set_error (db, rc, error);
  return rc == CHERISH_DONE;
}

static gboolean
count_follow_ups (InsightsScan  *scan,
                  GError       **error)
{
  CherishDatabase *db = database_of (scan->self);
  g_autoptr(CherishStmt) stmt = NULL;
  g_autofree char *from = first_day_text (scan);
  int rc;

  stmt = cherish_database_prepare (db, "SELECT due_date, state, updated_at FROM follow_ups "
                                       "WHERE due_date >= ?1 AND state <> 'dismissed'", error);
  if (stmt == NULL)
    return FALSE;
  cherish_bind_text (stmt, 1, from);
  while ((rc = cherish_stmt_step (stmt)) == CHERISH_ROW)
    {
      int month = month_of_date (scan, cherish_column_text (stmt, 0));
      GDate due;

      if (month < 0 || !cherish_date_parse (cherish_column_text (stmt, 0), &due, NULL))
        continue;
      if (g_str_equal (cherish_column_text (stmt, 1), "done"))
        {
          int done_day = cherish_insights_scan_local_day (scan, cherish_column_text (stmt, 2));

          if (done_day <= cherish_insights_scan_day_of_date (&due))
            month_at (scan, month)->follow_ups_on_time++;
          else
            month_at (scan, month)->follow_ups_late++;
        }
      else if (cherish_insights_scan_day_of_date (&due) < scan->today)
        month_at (scan, month)->follow_ups_missed++;
    }
  if (rc != CHERISH_DONE)
    cherish_database_set_error (db, rc, error);
  return rc == CHERISH_DONE;
}

static gboolean
count_points (InsightsScan  *scan,
              GError       **error)
{
  CherishDatabase *db = database_of (scan->self);
  g_autoptr(CherishStmt) stmt = NULL;
  g_autoptr(CherishStmt) held = NULL;
  g_autofree char *from = first_day_text (scan);
  gint64 total;
  int rc;

  /* A day early: the range starts at local midnight, UTC may be behind. */
  stmt = cherish_database_prepare (db, "SELECT at, kind, points, customer_id FROM points_ledger "
                                       "WHERE at >= date (?1, '-1 day') "
                                       "AND kind IN ('earned', 'redeemed', 'expired')", error);
  if (stmt == NULL)
    return FALSE;
  cherish_bind_text (stmt, 1, from);
  while ((rc = cherish_stmt_step (stmt)) == CHERISH_ROW)
    {
      int month = cherish_insights_scan_month_of (scan,
                                                  cherish_insights_scan_local_day (scan, cherish_column_text (stmt, 0)));
      const char *kind = cherish_column_text (stmt, 1);
      gint64 points = cherish_stmt_column_int64 (stmt, 2);
      gint64 customer_id = cherish_stmt_column_int64 (stmt, 3);

      if (month < 0 || g_hash_table_contains (scan->deleted, &customer_id))
        continue;
      if (g_str_equal (kind, "earned"))
        month_at (scan, month)->points_earned += points;
      else if (g_str_equal (kind, "redeemed"))
        month_at (scan, month)->points_redeemed -= points;
      else
        month_at (scan, month)->points_expired -= points;
    }
  if (rc != CHERISH_DONE)
    {
      cherish_database_set_error (db, rc, error);
      return FALSE;
    }

  held = cherish_database_prepare (db, "SELECT coalesce (sum (b.balance), 0) FROM points_balances b "
                                       "JOIN customers c ON c.id = b.customer_id "
                                       "WHERE c.deleted_at IS NULL", error);
  if (held == NULL || (total = cherish_database_count (db, held, error)) < 0)
    return FALSE;
  scan->insights->points_outstanding = total;
  return TRUE;
}

/* The events of the range that took place, with their guests. */
static gboolean
read_events (InsightsScan  *scan,
             GError       **error)
{
  CherishDatabase *db = database_of (scan->self);
  g_autoptr(CherishStmt) events = NULL;
  g_autoptr(CherishStmt) guests = NULL;
  g_autofree char *from = first_day_text (scan);
  g_autofree char *now = cherish_store_now_timestamp (CHERISH_STORE (scan->self));
  int rc;

  events = cherish_database_prepare (db, "SELECT id, title, starts_at, ends_at FROM events "
                                         "WHERE status <> 'cancelled' AND starts_at >= date (?1, '-1 day') "
                                         "AND ends_at <= ?2 ORDER BY starts_at, id", error);
  guests = cherish_database_prepare (db, "SELECT customer_id, status, checked_in_at IS NOT NULL "
                                         "FROM invitations WHERE event_id = ?1", error);
  if (events == NULL || guests == NULL)
    return FALSE;
  cherish_bind_text (events, 1, from);
  cherish_bind_text (events, 2, now);
  while ((rc = cherish_stmt_step (events)) == CHERISH_ROW)
    {
      CherishInsightsEvent event = { 0 };
      InsightsEventGuests *who;
      int start_day = cherish_insights_scan_local_day (scan, cherish_column_text (events, 2));
      int guest_rc;

      if (cherish_insights_scan_month_of (scan, start_day) < 0)
        continue;
      who = g_new0 (InsightsEventGuests, 1);
      who->end_day = cherish_insights_scan_local_day (scan, cherish_column_text (events, 3));
      who->invited = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
      who->came = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
      g_ptr_array_add (scan->guests, who);

      event.event_id = cherish_stmt_column_int64 (events, 0);
      event.title = g_strdup (cherish_column_text (events, 1));
      g_date_set_julian (&event.day, start_day + 719163);
      event.complete = who->end_day + CHERISH_INSIGHTS_EVENT_DAYS <= scan->today;

      cherish_stmt_reset (guests);
      cherish_stmt_bind_int64 (guests, 1, event.event_id);
      while ((guest_rc = cherish_stmt_step (guests)) == CHERISH_ROW)
        {
          gint64 customer_id = cherish_stmt_column_int64 (guests, 0);
          const char *status = cherish_column_text (guests, 1);

          event.invited++;
          g_hash_table_add (who->invited, g_memdup2 (&customer_id, sizeof customer_id));
          if (g_str_equal (status, "attended") || cherish_stmt_column_int (guests, 2))
            {
              event.came++;
              g_hash_table_add (who->came, g_memdup2 (&customer_id, sizeof customer_id));
            }
          else if (g_str_equal (status, "no-show"))
            event.no_shows++;
        }
      g_array_append_val (scan->insights->events, event);
      if (guest_rc != CHERISH_DONE)
        {
          cherish_database_set_error (db, guest_rc, error);
          return FALSE;
        }
    }
  if (rc != CHERISH_DONE)
    cherish_database_set_error (db, rc, error);
  return rc == CHERISH_DONE;
}

static gboolean
read_deleted (InsightsScan  *scan,
              GError       **error)
{
  CherishDatabase *db = database_of (scan->self);
  g_autoptr(CherishStmt) stmt = NULL;
  int rc;

  stmt = cherish_database_prepare (db, "SELECT id FROM customers WHERE deleted_at IS NOT NULL", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = cherish_stmt_step (stmt)) == CHERISH_ROW)
    {
      gint64 id = cherish_stmt_column_int64 (stmt, 0);

      g_hash_table_add (scan->deleted, g_memdup2 (&id, sizeof id));
    }
  if (rc != CHERISH_DONE)
    cherish_database_set_error (db, rc, error);
  return rc == CHERISH_DONE;
}

/* The names of the customers listed. */
static gboolean
name_customers (InsightsScan  *scan,
                GArray        *customers,
                GError       **error)
{
  CherishDatabase *db = database_of (scan->self);
  g_autoptr(CherishStmt) stmt = NULL;

  stmt = cherish_database_prepare (db, "SELECT display_name FROM customers WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < customers->len; i++)
    {
      CherishInsightsCustomer *customer = &g_array_index (customers, CherishInsightsCustomer, i);
      int rc;

      cherish_stmt_reset (stmt);
      cherish_stmt_bind_int64 (stmt, 1, customer->customer_id);
      rc = cherish_stmt_step (stmt);
      if (rc == CHERISH_ROW)
        customer->name = g_strdup (cherish_column_text (stmt, 0));
      else if (rc != CHERISH_DONE)
        {
          cherish_database_set_error (db, rc, error);
          return FALSE;
        }
    }
  return TRUE;
}

/* What a second thread counts, with a scan of its own: the same months,
 * its own store (on its own reading connection) and its own cache of the
 * time zone's offsets; then it helps with the walk. */
typedef struct
{
  InsightsScan     scan;
  CherishDatabase *reader;
  InsightsWalk    *walk;
  GError          *error;
  gboolean         ok;
} Side;

static gpointer
count_the_rest (gpointer data)
{
  Side *side = data;

  side->ok = count_celebrations (&side->scan, &side->error) &&
             cherish_insights_scan_occasions (&side->scan, &side->error) &&
             count_follow_ups (&side->scan, &side->error) &&
             count_points (&side->scan, &side->error) &&
             cherish_insights_walk_run (side->walk, &side->scan, &side->error);
  return NULL;
}

/* Windows not over yet for every first-timer of the month: not known. */
static void
settle_came_again (InsightsScan *scan)
{
  static const int within[] = { 30, 90, 180 };

  for (guint m = 0; m < scan->n_months; m++)
    for (guint w = 0; w < CHERISH_INSIGHTS_N_WITHIN; w++)
      if (scan->month_last[m] + within[w] > scan->today)
        month_at (scan, m)->came_again[w] = -1;
}

/**
 * cherish_insights_store_compute:
 * @calendar: the shop's calendar, whose months the figures are by
 * @months: how many months back, the one under way included; 0 for all
 *   since the first visit
 * @currency: (nullable): the shop's currency; spending in others is not
 *   summed (%NULL: every amount)
 * @rules: the years with the shop worth a celebration, 29 February
 *
 * Returns: (transfer full) (nullable): the figures, or %NULL with @error
 *   set
 */
CherishInsights *
cherish_insights_store_compute (CherishInsightsStore        *self,
                                CherishCalendarSystem        calendar,
                                guint                        months,
                                const char                  *currency,
                                const CherishMilestoneRules *rules,
                                GError                     **error)
{
  g_autoptr(CherishInsights) insights = cherish_insights_new_empty ();
  g_autoptr(GTimeZone) zone = NULL;
  g_autoptr(GHashTable) deleted = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GPtrArray) guests = g_ptr_array_new_with_free_func (guests_free);
  g_autoptr(GArray) offsets = g_array_new (FALSE, FALSE, sizeof (int));
  InsightsScan scan = { self, insights, NULL, currency };
  CherishClock *clock;
  gboolean ok = FALSE;
  GDate today;
  int since = 0;

  g_return_val_if_fail (CHERISH_IS_INSIGHTS_STORE (self), NULL);
  g_return_val_if_fail (rules != NULL, NULL);

  clock = cherish_store_get_clock (CHERISH_STORE (self));
  zone = cherish_clock_get_timezone (clock);
  cherish_clock_get_today (clock, &today);
  scan.zone = zone;
  scan.today = cherish_insights_scan_day_of_date (&today);
  scan.deleted = deleted;
  scan.rules = rules;
  scan.guests = guests;
  scan.offsets = offsets;

  if (months == 0 && !first_visit_day (self, &scan, &since, error))
    goto out;
  make_months (&scan, calendar, months, since, &today);
  scan.marked = g_new0 (guint, scan.n_months);
  /* Offsets for every UTC day of the range and the 25 years before it. */
  scan.offsets_from = scan.month_first[0] - 25 * 366;
  g_array_set_size (offsets, 2 * (scan.today - scan.offsets_from + 2));
  for (guint i = 0; i < offsets->len; i++)
    g_array_index (offsets, int, i) = G_MININT;

  if (!read_deleted (&scan, error) || !read_events (&scan, error))
    goto out;

  /* Care, points and occasions in a thread of their own, from a second
   * reading connection, while this one walks the visits: they fill other
   * fields of the months. That thread then takes its share of the walk. */
  {
    Side side = { scan, NULL, NULL, NULL, FALSE };
    GThread *thread;
    gboolean walked;

    side.walk = cherish_insights_walk_new (&scan, error);
    if (side.walk == NULL)
      goto out;
    side.reader = cherish_database_open_reader (database_of (self), error);
    if (side.reader == NULL)
      {
        cherish_insights_walk_finish (side.walk, NULL);
        goto out;
      }
    side.scan.self = cherish_insights_store_new (side.reader, clock);
    side.scan.offsets = g_array_copy (offsets);
    thread = g_thread_new ("cherish-insights", count_the_rest, &side);
    walked = cherish_insights_walk_run (side.walk, &scan, error);
    g_thread_join (thread);
    g_object_unref (side.scan.self);
    g_array_unref (side.scan.offsets);
    g_object_unref (side.reader);
    cherish_insights_walk_finish (side.walk, walked && side.ok ? insights : NULL);
    if (!side.ok)
      {
        if (walked)
          g_propagate_error (error, g_steal_pointer (&side.error));
        g_clear_error (&side.error);
        goto out;
      }
    if (!walked)
      goto out;
  }

  ok = name_customers (&scan, insights->slipping, error) &&
       name_customers (&scan, insights->top, error);
  settle_came_again (&scan);

out:
  g_free (scan.month_first);
  g_free (scan.month_last);
  g_free (scan.marked);
  return ok ? g_steal_pointer (&insights) : NULL;
}
