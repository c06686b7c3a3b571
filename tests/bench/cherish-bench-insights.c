/* cherish-bench-insights.c — every series of the Insights page, timed
 *
 * The page computes everything at once, in a thread, for 3, 12 or 24
 * months or all time, in either calendar: each is timed here from a
 * reading connection, as the page does it (issue #19: 24 months ≤ 300
 * ms in all).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "cherish-bench-insights.h"
#include "cherish-bench-targets.h"
#include "cherish-insights-store.h"
#include "cherish-test-util.h"

#define RUNS 5

static double
time_insights (CherishInsightsStore  *store,
               CherishCalendarSystem  calendar,
               guint                  months,
               guint                 *slipping)
{
  g_autoptr(CherishInsights) insights = NULL;
  g_autoptr(GError) error = NULL;
  CherishMilestoneRules rules;
  gint64 start;

  cherish_milestone_rules_init_default (&rules);
  start = g_get_monotonic_time ();
  insights = cherish_insights_store_compute (store, calendar, months, "IRR", &rules, &error);
  g_assert_no_error (error);
  *slipping = insights->n_slipping;
  return (g_get_monotonic_time () - start) / 1000.0;
}

/* On a server, the floor of the walk: psql's own copy of the same visits,
 * in the same order, to nowhere. */
static void
print_server_floor (const char *uri,
                    double      insights_ms)
{
  const char *args[] = { "psql", "-qc",
                         "\\copy (SELECT customer_id, at, amount_minor, currency FROM visits "
                         "WHERE kind IN ('visit', 'purchase') ORDER BY customer_id, at DESC) TO '/dev/null'",
                         uri, NULL };
  double floor_ms = cherish_bench_time_sqlite3 (args, NULL, NULL, RUNS);

  if (floor_ms > 0)
    g_print ("  %-52s %8.1f ms   (the 24 months: %.2fx it)\n",
             "floor: psql, copy out every visit in that order", floor_ms, insights_ms / floor_ms);
}

/**
 * cherish_bench_insights:
 * @server_uri: (nullable): the shop's address when it is on a server
 */
void
cherish_bench_insights (CherishDatabase *db,
                        const char      *server_uri)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CherishDatabase) reader = cherish_database_open_reader (db, &error);
  g_autoptr(CherishInsightsStore) store = NULL;
  static const struct { guint months; CherishCalendarSystem calendar; const char *title; } cases[] = {
    { 24, CHERISH_CALENDAR_GREGORIAN, "insights: every series, 24 months" },
    { 24, CHERISH_CALENDAR_PERSIAN, "insights: the same, Solar Hijri months" },
    { 3, CHERISH_CALENDAR_GREGORIAN, "insights: every series, 3 months" },
    { 0, CHERISH_CALENDAR_GREGORIAN, "insights: every series, all time" },
  };

  g_assert_no_error (error);
  store = cherish_insights_store_new (reader, NULL);
  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autoptr(GArray) ms = g_array_new (FALSE, FALSE, sizeof (double));
      guint slipping = 0;

      for (guint r = 0; r < RUNS; r++)
        {
          double t = time_insights (store, cases[c].calendar, cases[c].months, &slipping);

          g_array_append_val (ms, t);
        }
      cherish_test_report_ms (cases[c].title, ms);
      if (c == 0)
        {
          g_print ("  %-52s (%u customers slipping away)\n", "", slipping);
          cherish_bench_add_target ("insights: every series, 24 months (median)",
                                    cherish_bench_percentile (ms, 0.5), 300, 0);
          if (server_uri != NULL)
            print_server_floor (server_uri, cherish_bench_percentile (ms, 0.5));
        }
    }
}
