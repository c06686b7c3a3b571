/* test-move.c — a shop moved from a file to a server, and back
 *
 * The demo shop (every table has rows) is copied from an SQLite file into
 * a database of the test server, then from there into a new file: each
 * copy has the same rows and sums, finds the same customers, and takes
 * new ones. A destination that holds a shop already is refused.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "cherish-celebration-store.h"
#include "cherish-customer-store.h"
#include "cherish-error.h"
#include "cherish-points-store.h"
#include "cherish-sample-data.h"
#include "cherish-test-server.h"
#include "cherish-test-util.h"

#define NOW "2026-11-24T10:00:00+03:30"

/* What a manager would look at: how many, who a search finds, a balance. */
static char *
describe (CherishDatabase *db,
          CherishClock    *clock)
{
  g_autoptr(CherishCustomerStore) customers = cherish_customer_store_new (db, clock);
  g_autoptr(CherishPointsStore) points = cherish_points_store_new (db, clock);
  CherishCustomerQuery all = { NULL, CHERISH_CUSTOMER_SORT_NAME, 0 };
  CherishCustomerQuery sara = { "sara", CHERISH_CUSTOMER_SORT_NAME, 0 };
  CherishCustomerQuery persian = { "سارا", CHERISH_CUSTOMER_SORT_LAST_VISIT, 0 };
  CherishCustomerQuery not_prospects = { NULL, CHERISH_CUSTOMER_SORT_NAME, CHERISH_CUSTOMER_FILTER_CUSTOMERS };
  g_autoptr(GPtrArray) everyone = cherish_customer_store_find (customers, &all, 0, 1000, NULL);
  g_autoptr(GPtrArray) saras = cherish_customer_store_find (customers, &sara, 0, 50, NULL);
  g_autoptr(GPtrArray) persians = cherish_customer_store_find (customers, &persian, 0, 50, NULL);
  GString *text = g_string_new (NULL);

  /* The shop's size too, which a server keeps as rows come (server steps
   * 9 and 10). */
  g_string_append_printf (text, "%u customers (counted %u), %u not prospects;", everyone->len,
                          cherish_customer_store_count (customers, &all, NULL),
                          cherish_customer_store_count (customers, &not_prospects, NULL));
  for (guint i = 0; i < saras->len; i++)
    g_string_append_printf (text, " %s", cherish_customer_get_display_name (saras->pdata[i]));
  g_string_append (text, ";");
  for (guint i = 0; i < persians->len; i++)
    g_string_append_printf (text, " %s", cherish_customer_get_display_name (persians->pdata[i]));
  g_string_append (text, ";");
  for (guint i = 0; i < everyone->len; i += 7)
    g_string_append_printf (text, " %" G_GINT64_FORMAT " %u",
                            cherish_points_store_get_balance (points, cherish_customer_get_id (everyone->pdata[i]),
                                                              NULL),
                            cherish_customer_get_visit_count (everyone->pdata[i]));
  return g_string_free (text, FALSE);
}

static const guint8 png[] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 1, 2, 0xff };

/* A new customer who agreed to photos, celebrated with one. */
static CherishCelebration *
celebrate_with_photo (CherishDatabase *db,
                      CherishClock    *clock,
                      const char      *name,
                      const char      *dir)
{
  g_autoptr(CherishCustomerStore) customers = cherish_customer_store_new (db, clock);
  g_autoptr(CherishCelebrationStore) celebrations = cherish_celebration_store_new (db, clock);
  gint64 id = cherish_test_add_customer (customers, name, "photo-consent", TRUE, NULL);
  g_autoptr(CherishOccasion) birthday = cherish_occasion_new (CHERISH_OCCASION_BIRTHDAY, id, name,
                                                              "2026-11-20", 30, NULL, 0);
  g_autofree char *path = g_build_filename (dir, "party.png", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  CherishCelebration *party = cherish_celebration_store_plan (celebrations, birthday, &error);

  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (path, (const char *) png, sizeof png, NULL));
  g_assert_true (cherish_celebration_store_set_photo (celebrations, party, file, &error));
  g_assert_no_error (error);
  return party;
}

/* The celebration's photo as @db's computer shows it. */
static void
assert_photo (CherishDatabase    *db,
              CherishClock       *clock,
              CherishCelebration *party)
{
  g_autoptr(CherishCelebrationStore) celebrations = cherish_celebration_store_new (db, clock);
  g_autoptr(CherishCelebration) there = cherish_celebration_store_get (celebrations,
                                                                       cherish_celebration_get_id (party), NULL);
  g_autofree char *path = cherish_celebration_store_photo_path (celebrations, there);
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_cmpstr (cherish_celebration_get_photo (there), ==, cherish_celebration_get_photo (party));
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpmem (contents, length, png, sizeof png);
}

static void
test_there_and_back (void)
{
  g_autofree char *dir = cherish_test_make_dir ();
  g_autofree char *file = g_build_filename (dir, "shop.db", NULL);
  g_autofree char *back_dir = g_build_filename (dir, "back", NULL);
  g_autofree char *back_file = g_build_filename (back_dir, "back.db", NULL);
  g_autofree char *cache = NULL;
  g_autoptr(CherishCelebration) kept = NULL;
  g_autoptr(CherishCelebration) lost = NULL;
  g_autofree char *lost_path = NULL;
  g_autofree char *lost_line = NULL;
  g_autofree char *server = cherish_test_server_database (dir, "moved.db");
  g_autoptr(CherishClock) clock = cherish_test_clock_at (NOW);
  g_autoptr(CherishDatabase) shop = NULL;
  g_autoptr(CherishDatabase) moved = NULL;
  g_autoptr(CherishDatabase) back = NULL;
  g_autoptr(CherishCustomerStore) on_server = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *report = NULL;
  g_autofree char *report_back = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *again = NULL;
  guint added = 0;

  shop = cherish_database_open (file, &error);
  g_assert_no_error (error);
  g_assert_true (cherish_sample_data_fill (shop, clock, &added, &error));
  g_assert_cmpuint (added, >, 50);
  /* Two photos; the file of one was removed by hand. */
  kept = celebrate_with_photo (shop, clock, "Andrea Zuckerman", dir);
  lost = celebrate_with_photo (shop, clock, "Steve Sanders", dir);
  lost_path = g_build_filename (dir, "photos", cherish_celebration_get_photo (lost), NULL);
  g_assert_cmpint (g_unlink (lost_path), ==, 0);
  before = describe (shop, clock);

  moved = cherish_database_open (server, &error);
  g_assert_no_error (error);
  g_assert_true (cherish_database_copy_to (shop, moved, &report, &error));
  g_assert_no_error (error);
  g_test_message ("%s", report);
  g_assert_nonnull (strstr (report, "customers: "));
  /* Planned with what the tables hold from the start (VACUUM ANALYZE), not
   * blind until autovacuum comes by. */
  {
    g_autoptr(GPtrArray) analysed = cherish_test_server_rows (server,
                                                              "SELECT count (*) FROM pg_stat_user_tables "
                                                              "WHERE relname IN ('customers', 'visits', "
                                                              "'points_ledger') AND last_analyze IS NOT NULL "
                                                              "AND last_vacuum IS NOT NULL");

    g_assert_cmpstr (((GPtrArray *) analysed->pdata[1])->pdata[0], ==, "3");
  }
  g_assert_nonnull (strstr (report, "points in the ledger: "));
  after = describe (moved, clock);
  g_assert_cmpstr (after, ==, before);
  /* The photo is on the server (no computer has it in its cache yet). */
  g_assert_nonnull (strstr (report, "photos: 1\n"));
  lost_line = g_strdup_printf ("photos whose file was gone (not moved): %s\n", cherish_celebration_get_photo (lost));
  g_assert_nonnull (strstr (report, lost_line));
  cache = cherish_database_get_folder (moved);
  g_assert_false (g_file_test (cache, G_FILE_TEST_EXISTS));
  assert_photo (moved, clock, kept);

  /* The server takes new customers after the moved ones. */
  on_server = cherish_customer_store_new (moved, clock);
  cherish_test_add_customer (on_server, "Brenda Newcomer", NULL);

  back = cherish_database_open (back_file, &error);
  g_assert_no_error (error);
  g_assert_true (cherish_database_copy_to (moved, back, &report_back, &error));
  g_test_message ("%s", report_back);
  g_assert_no_error (error);
  again = describe (back, clock);
  g_assert_nonnull (strstr (report_back, "photos: 1\n"));
  assert_photo (back, clock, kept);
  g_clear_pointer (&after, g_free);
  after = describe (moved, clock);
  g_assert_cmpstr (again, ==, after);
  g_assert_true (cherish_database_check_integrity (back, NULL, &error));

  /* Into a shop that has customers: refused, nothing changed. */
  g_assert_false (cherish_database_copy_to (shop, back, NULL, &error));
  g_assert_error (error, CHERISH_ERROR, CHERISH_ERROR_CONFLICT);
  g_clear_error (&error);

  g_clear_object (&on_server);
  g_clear_object (&shop);
  g_clear_object (&moved);
  g_clear_object (&back);
  cherish_test_remove_dir (cache);
  cherish_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  if (!cherish_test_on_server ())
    g_error ("test-move needs CHERISH_TEST_BACKEND=postgresql (meson test --suite postgresql)");
  g_test_add_func ("/move/there-and-back", test_there_and_back);
  return g_test_run ();
}
