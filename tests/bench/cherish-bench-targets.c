/* cherish-bench-targets.c — the targets, against floors measured
 * in the same run
 *
 * Each figure the benchmark promises (issue #16) is noted as it is
 * measured, then printed at the end beside its target and its ratio to a
 * floor: the sqlite3 CLI opening the same file and counting the
 * customers, or (for an import) the sqlite3 CLI's own .import of the same
 * CSV with an FTS5 index of it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "cherish-bench-targets.h"

typedef struct
{
  const char *what;
  double      ms;
  double      target_ms;      /* 0: the target is a ratio to the import floor */
  double      target_ratio;
  const char *floor_what;     /* a floor of its own, or NULL */
  double      floor_ms;
} Target;

static GArray *targets;

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

double
cherish_bench_percentile (GArray *ms,
                          double  q)
{
  g_autoptr(GArray) sorted = g_array_copy (ms);

  g_array_sort (sorted, compare_doubles);
  return g_array_index (sorted, double, MIN (sorted->len - 1, (guint) (sorted->len * q)));
}

/* @target_ms, or 0 and @target_ratio to the import floor. */
void
cherish_bench_add_target (const char *what,
                          double      ms,
                          double      target_ms,
                          double      target_ratio)
{
  Target target = { what, ms, target_ms, target_ratio, NULL, 0 };

  if (targets == NULL)
    targets = g_array_new (FALSE, FALSE, sizeof (Target));
  g_array_append_val (targets, target);
}

/* A ratio to a floor of its own, measured in the same run. */
void
cherish_bench_add_target_against (const char *what,
                                  double      ms,
                                  const char *floor_what,
                                  double      floor_ms,
                                  double      target_ratio)
{
  cherish_bench_add_target (what, ms, 0, target_ratio);
  g_array_index (targets, Target, targets->len - 1).floor_what = floor_what;
  g_array_index (targets, Target, targets->len - 1).floor_ms = floor_ms;
}

/* How long the sqlite3 CLI takes to run @args (a fresh process each run);
 * -1 if it cannot be run. @setup, if given, is run first, untimed. */
double
cherish_bench_time_sqlite3 (const char * const *args,
                            void              (*setup) (gpointer),
                            gpointer            user_data,
                            guint               runs)
{
  g_autoptr(GArray) ms = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint r = 0; r < runs; r++)
    {
      g_autoptr(GError) error = NULL;
      int status = 0;
      gint64 start;
      double t;

      if (setup != NULL)
        setup (user_data);
      start = g_get_monotonic_time ();
      if (!g_spawn_sync (NULL, (char **) args, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL,
                         NULL, NULL, NULL, NULL, &status, &error) ||
          !g_spawn_check_wait_status (status, NULL))
        {
          g_print ("  (the sqlite3 CLI could not run: %s)\n", error != NULL ? error->message : "failed");
          return -1;
        }
      t = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (ms, t);
    }
  return cherish_bench_percentile (ms, 0.5);
}

void
cherish_bench_print_targets (const char *cli_what,
                             double      cli_ms,
                             double      import_floor_ms)
{
  g_print ("\nTargets (issues #16, #17 and #19), each against a floor measured in this run:\n");
  g_print ("  %-52s %8.1f ms\n", cli_what, cli_ms);
  if (import_floor_ms > 0)
    g_print ("  %-52s %8.1f ms\n", "floor: sqlite3 CLI, .import the CSV + FTS5 of it", import_floor_ms);
  for (guint i = 0; targets != NULL && i < targets->len; i++)
    {
      Target *t = &g_array_index (targets, Target, i);
      double floor = t->floor_what != NULL ? t->floor_ms : t->target_ms > 0 ? cli_ms : import_floor_ms;
      double ratio = floor > 0 ? t->ms / floor : 0;
      gboolean met = t->target_ms > 0 ? t->ms <= t->target_ms : ratio <= t->target_ratio;
      g_autofree char *target = t->target_ms > 0 ? g_strdup_printf ("<= %.0f ms", t->target_ms)
                                                 : g_strdup_printf ("<= %.1fx floor", t->target_ratio);

      g_print ("  %-44s %9.1f ms  %-15s %6.2fx floor  %s\n", t->what, t->ms, target, ratio,
               met ? "met" : "MISSED");
      if (t->floor_what != NULL)
        g_print ("    (its floor: %s, %.1f ms)\n", t->floor_what, t->floor_ms);
    }
}
