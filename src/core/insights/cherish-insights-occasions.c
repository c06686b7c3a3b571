/* cherish-insights-occasions.c — the occasions that went by unmarked
 *
 * Part of CherishInsightsStore. Of each month's past days, the birthdays,
 * the anniversaries with the shop in the years worth a celebration and
 * the life events — each only from the day the shop knew of it (when the
 * customer, or the life event, was added) — less those celebrated or
 * skipped. Read from two indexes that hold everything needed and counted
 * in C, a year of the range at a time.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-insights"

#include "config.h"

#include "cherish-date.h"
#include "cherish-insights-private.h"
#include "cherish-store-private.h"

typedef enum
{
  EVERY_YEAR,       /* a birthday, a yearly life event: each year after its own */
  MILESTONE_YEARS,  /* a start with the shop: the years the rules celebrate */
  ONCE,             /* a one-off life event: on its day */
} Recurrence;

/* Counts @date's occasions in the months, from @known_day on. */
static void
count_one (InsightsScan *scan,
           guint        *occasions,
           const char   *date,
           Recurrence    recurrence,
           int           known_day)
{
  int year, month, day, first_year, last_year;

  if (!cherish_date_read_stored (date, &year, &month, &day))
    return;
  if (recurrence == ONCE)
    {
      int when = cherish_insights_scan_day_of (year, month, day);
      int m = cherish_insights_scan_month_of (scan, when);

      if (m >= 0 && when >= known_day && when < scan->today)
        occasions[m]++;
      return;
    }

  first_year = g_date_get_year (&g_array_index (scan->insights->months, CherishInsightsMonth, 0).first);
  last_year = g_date_get_year (&g_array_index (scan->insights->months, CherishInsightsMonth,
                                               scan->n_months - 1).last);
  for (int y = MAX (first_year, year + 1); y <= last_year; y++)
    {
      int d = day, mo = month, when, m;

      if (recurrence == MILESTONE_YEARS &&
          !cherish_milestone_steps_match (&scan->rules->tenure, y - year))
        continue;
      if (mo == 2 && d == 29 && !g_date_is_leap_year (y))
        {
          mo = scan->rules->feb29_on_march1 ? 3 : 2;
          d = scan->rules->feb29_on_march1 ? 1 : 28;
        }
      when = cherish_insights_scan_day_of (y, mo, d);
      m = cherish_insights_scan_month_of (scan, when);
      if (m >= 0 && when >= known_day && when < scan->today)
        occasions[m]++;
    }
}

static gboolean
count_rows (InsightsScan  *scan,
            guint         *occasions,
            const char    *sql,
            Recurrence     recurrence,
            GError       **error)
{
  CherishDatabase *db = cherish_store_get_database (CHERISH_STORE (scan->self));
  g_autoptr(CherishStmt) stmt = cherish_database_prepare (db, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = cherish_stmt_step (stmt)) == CHERISH_ROW)
    {
      Recurrence each = recurrence;

      if (cherish_stmt_column_count (stmt) > 2 && cherish_stmt_column_int (stmt, 2) == 0)
        each = ONCE;   /* a life event that is not yearly */
      count_one (scan, occasions, cherish_column_text (stmt, 0), each,
                 cherish_insights_scan_local_day (scan, cherish_column_text (stmt, 1)));
    }
  if (rc != CHERISH_DONE)
    {
      cherish_database_set_error (db, rc, error);
      return FALSE;
    }
  return TRUE;
}

/**
 * cherish_insights_scan_occasions:
 *
 * Fills each month's @unmarked from its occasions and scan->marked.
 */
gboolean
cherish_insights_scan_occasions (InsightsScan  *scan,
                                 GError       **error)
{
  g_autofree guint *occasions = g_new0 (guint, scan->n_months);

  if (!count_rows (scan, occasions,
                   "SELECT birthday, created_at FROM customers INDEXED BY customers_by_birthday "
                   "WHERE deleted_at IS NULL AND birthday_md IS NOT NULL", EVERY_YEAR, error) ||
      !count_rows (scan, occasions,
                   "SELECT customer_since, created_at FROM customers INDEXED BY customers_by_since "
                   "WHERE deleted_at IS NULL AND is_prospect = 0 "
                   "AND substr (customer_since, -5) IS NOT NULL", MILESTONE_YEARS, error) ||
      !count_rows (scan, occasions,
                   "SELECT e.date, e.created_at, e.yearly FROM life_events e "
                   "JOIN customers c ON c.id = e.customer_id WHERE c.deleted_at IS NULL",
                   EVERY_YEAR, error))
    return FALSE;

  for (guint m = 0; m < scan->n_months; m++)
    {
      CherishInsightsMonth *month = &g_array_index (scan->insights->months, CherishInsightsMonth, m);

      month->unmarked = occasions[m] > scan->marked[m] ? occasions[m] - scan->marked[m] : 0;
    }
  return TRUE;
}
