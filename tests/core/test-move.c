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

#include <string.h>

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
  g_autoptr(GPtrArray) everyone = cherish_customer_store_find (customers, &all, 0, 1000, NULL);
  g_autoptr(GPtrArray) saras = cherish_customer_store_find (customers, &sara, 0, 50, NULL);
  g_autoptr(GPtrArray) persians = cherish_customer_store_find (customers, &persian, 0, 50, NULL);
  GString *text = g_string_new (NULL);

  g_string_append_printf (text, "%u customers;", everyone->len);
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

static void
test_there_and_back (void)
{
  g_autofree char *dir = cherish_test_make_dir ();
  g_autofree char *file = g_build_filename (dir, "shop.db", NULL);
  g_autofree char *back_file = g_build_filename (dir, "back.db", NULL);
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
  before = describe (shop, clock);

  moved = cherish_database_open (server, &error);
  g_assert_no_error (error);
  g_assert_true (cherish_database_copy_to (shop, moved, &report, &error));
  g_assert_no_error (error);
  g_test_message ("%s", report);
  g_assert_nonnull (strstr (report, "customers: "));
  g_assert_nonnull (strstr (report, "points in the ledger: "));
  after = describe (moved, clock);
  g_assert_cmpstr (after, ==, before);

  /* The server takes new customers after the moved ones. */
  on_server = cherish_customer_store_new (moved, clock);
  cherish_test_add_customer (on_server, "Brenda Newcomer", NULL);

  back = cherish_database_open (back_file, &error);
  g_assert_no_error (error);
  g_assert_true (cherish_database_copy_to (moved, back, &report_back, &error));
  g_assert_no_error (error);
  again = describe (back, clock);
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
