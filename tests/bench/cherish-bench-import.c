/* cherish-bench-import.c — importing 100,000 rows and exporting them all
 *
 * Part of cherish-bench: a CSV file of 100,000 customers (1% of rows bad,
 * the good ones kept) imported into new shops, turn about with the same
 * rows written with Solar Hijri dates; its floor, the sqlite3 CLI's own
 * .import of the file with an FTS5 index like Cherish's; and exporting
 * the customers and every visit.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "cherish-bench-import.h"
#include "cherish-bench-targets.h"
#include "cherish-customer-export.h"
#include "cherish-customer-import.h"
#include "cherish-test-util.h"

static void
remove_file (gpointer path)
{
  g_unlink (path);
}

/* One import of @text into a new shop (99,000 customers, 1,000 bad rows),
 * its time added to @ms. */
static void
time_import (const char *dir,
             GString    *text,
             const char *name,
             guint       run,
             GArray     *ms)
{
  g_autofree char *file = g_strdup_printf ("import-%s-%u.db", name, run);
  g_autoptr(CherishDatabase) fresh = cherish_test_open_database (dir, file);
  g_autoptr(CherishCustomerStore) store = cherish_customer_store_new (fresh, NULL);
  g_autoptr(GBytes) bytes = g_bytes_new (text->str, text->len);
  g_autoptr(CherishImport) import = NULL;
  g_autoptr(GError) error = NULL;
  CherishImportReport report;
  gint64 start = g_get_monotonic_time ();
  double t;

  import = cherish_import_new_csv (bytes, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (cherish_import_run (import, store, CHERISH_IMPORT_SKIP, TRUE, NULL, &report, &error));
  t = (g_get_monotonic_time () - start) / 1000.0;
  g_array_append_val (ms, t);
  g_assert_cmpuint (report.added, ==, 99000);
  g_assert_cmpuint (report.bad, ==, 1000);
  cherish_import_report_clear (&report);
}

/**
 * cherish_bench_import_export:
 * @keep_dir: where the CSV file is kept
 *
 * Returns: the import's floor: the sqlite3 CLI's .import + FTS5, in ms
 */
double
cherish_bench_import_export (CherishCustomerStore *customers,
                             CherishVisitStore    *visits,
                             const char           *keep_dir)
{
  g_autofree char *dir = cherish_test_make_dir ();
  g_autofree char *csv_path = g_build_filename (keep_dir, "import-100k.csv", NULL);
  g_autoptr(GString) text = g_string_new ("name,phone,email,birthday,customer_since,likes,notes\n");
  g_autoptr(GString) persian = g_string_new ("name,phone,email,birthday,customer_since,likes,notes\n");
  g_autoptr(GArray) import_ms = NULL;
  g_autoptr(GArray) persian_ms = NULL;
  g_autoptr(GArray) customers_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) visits_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GError) error = NULL;
  gsize visits_size = 0;
  double floor_ms = -1;

  for (guint i = 0; i < 100000; i++)
    g_string_append_printf (text, "\"Customer %u, %s\",09%09u,c%u@example.com,%s,2020-0%u-1%u,"
                                  "\"tea; roses\",Likes the window seat\n",
                            i, i % 2 ? "Tehran" : "Shiraz", i, i, i % 100 == 7 ? "1990-13-01" : "1990-01-02",
                            1 + i % 9, i % 10);
  /* The same rows as a Persian shop writes them: Solar Hijri dates. */
  for (guint i = 0; i < 100000; i++)
    g_string_append_printf (persian, "\"Customer %u, %s\",09%09u,c%u@example.com,%s,1399/0%u/1%u,"
                                     "\"tea; roses\",Likes the window seat\n",
                            i, i % 2 ? "Tehran" : "Shiraz", i, i, i % 100 == 7 ? "1368/13/01" : "1368/10/12",
                            1 + i % 9, i % 10);
  g_file_set_contents (csv_path, text->str, text->len, NULL);
  /* Turn about, so that the machine's ups and downs fall on both alike. */
  import_ms = g_array_new (FALSE, FALSE, sizeof (double));
  persian_ms = g_array_new (FALSE, FALSE, sizeof (double));
  for (guint r = 0; r < 3; r++)
    {
      time_import (dir, text, "iso", r, import_ms);
      time_import (dir, persian, "persian", r, persian_ms);
    }
  cherish_test_report_ms ("import 100,000 CSV rows (1% bad, good ones kept)", import_ms);
  cherish_test_report_ms ("the same rows with Solar Hijri dates", persian_ms);
  cherish_bench_add_target ("import 100,000 CSV rows (median)", cherish_bench_percentile (import_ms, 0.5), 0, 1.5);
  cherish_bench_add_target_against ("the same, Solar Hijri dates (median)", cherish_bench_percentile (persian_ms, 0.5),
                                    "the same rows with ISO dates", cherish_bench_percentile (import_ms, 0.5), 1.1);

  /* The floor: the sqlite3 CLI's own .import of the same file into a
   * table, and an FTS5 index of it like Cherish's. */
  {
    g_autofree char *script = g_build_filename (dir, "floor.sql", NULL);
    g_autofree char *floor_db = g_build_filename (dir, "floor.db", NULL);
    g_autofree char *read = g_strdup_printf (".read %s", script);
    g_autofree char *sql = g_strdup_printf (
      "CREATE TABLE t (name, phone, email, birthday, customer_since, likes, notes);\n"
      ".mode csv\n"
      ".import --skip 1 '%s' t\n"
      "CREATE VIRTUAL TABLE s USING fts5 (name, contact, likes, "
      "tokenize = 'unicode61 remove_diacritics 0', prefix = '1 2 3');\n"
      "INSERT INTO s (rowid, name, contact, likes) SELECT rowid, name, phone || ' ' || email, likes FROM t;\n",
      csv_path);
    const char *args[] = { "sqlite3", floor_db, read, NULL };

    g_file_set_contents (script, sql, -1, NULL);
    floor_ms = cherish_bench_time_sqlite3 (args, remove_file, floor_db, 3);
  }
  for (guint r = 0; r < 3; r++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autofree char *out = cherish_customer_export_csv (customers, CHERISH_CALENDAR_GREGORIAN, &error);
      double t = (g_get_monotonic_time () - start) / 1000.0;

      g_assert_nonnull (out);
      g_array_append_val (customers_ms, t);
      start = g_get_monotonic_time ();
      {
        g_autofree char *all = cherish_visit_export_csv (visits, customers, &error);

        g_assert_nonnull (all);
        visits_size = strlen (all);
      }
      t = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (visits_ms, t);
    }
  cherish_test_report_ms ("export the customers as CSV", customers_ms);
  cherish_test_report_ms ("export every visit as CSV", visits_ms);
  g_print ("  %-52s (%.1f MB, kept: %s)\n", "", visits_size / 1e6, csv_path);
  cherish_test_remove_dir (dir);
  return floor_ms;
}
