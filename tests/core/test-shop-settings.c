/* test-shop-settings.c — the rules every counter shares, kept in the shop
 *
 * Two computers (two GSettings of their own) open one shop (two
 * connections): the first brings its rules, the second takes them; a
 * change made at one counter reaches the other (heard from the server,
 * or at the next opening of a file); what is only a computer's own
 * (quiet hours) stays there; a value this Cherish cannot use is not
 * taken.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gsettingsbackend.h>

#include "cherish-settings-store.h"
#include "cherish-settings-sync.h"
#include "cherish-test-server.h"
#include "cherish-test-util.h"

static GSettings *
computer (void)
{
  g_autoptr(GSettingsBackend) backend = g_memory_settings_backend_new ();

  return g_settings_new_with_backend (APP_ID, backend);
}

static char *
kept (CherishDatabase *db,
      const char      *key)
{
  g_autoptr(CherishSettingsStore) store = cherish_settings_store_new (db);
  g_autoptr(GHashTable) values = cherish_settings_store_read (store, NULL);

  g_assert_nonnull (values);
  return g_strdup (g_hash_table_lookup (values, key));
}

static void
wait_for_int (GSettings  *settings,
              const char *key,
              int         expected)
{
  gint64 until = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (g_settings_get_int (settings, key) != expected)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, until);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

static void
test_shared (void)
{
  g_autofree char *dir = cherish_test_make_dir ();
  g_autoptr(CherishDatabase) db_a = cherish_test_open_database (dir, "shop.db");
  g_autoptr(CherishDatabase) db_b = NULL;
  g_autoptr(GSettings) a = computer ();
  g_autoptr(GSettings) b = computer ();
  g_autoptr(CherishSettingsSync) sync_a = NULL;
  g_autoptr(CherishSettingsSync) sync_b = NULL;
  g_autoptr(CherishSettingsStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *currency = NULL;
  g_autofree char *days = NULL;
  g_autofree char *quiet = NULL;
  g_autofree char *text = NULL;

  /* The first computer brings its rules. */
  g_settings_set_string (a, "currency", "EUR");
  g_settings_set_int (a, "lead-days-birthday", 5);
  sync_a = cherish_settings_sync_new (db_a, a);
  currency = kept (db_a, "currency");
  g_assert_cmpstr (currency, ==, "'EUR'");

  /* The second takes the shop's, not its own. */
  db_b = cherish_database_open (cherish_database_get_path (db_a), &error);
  g_assert_no_error (error);
  text = g_settings_get_string (b, "currency");
  g_assert_cmpstr (text, ==, "IRR");
  g_free (text);
  sync_b = cherish_settings_sync_new (db_b, b);
  text = g_settings_get_string (b, "currency");
  g_assert_cmpstr (text, ==, "EUR");
  g_assert_cmpint (g_settings_get_int (b, "lead-days-birthday"), ==, 5);

  /* A change at one counter: kept, and heard at the other (a server's
   * counters at once; a file's computer when it opens the shop). */
  g_settings_set_int (a, "follow-up-not-seen-days", 60);
  days = kept (db_a, "follow-up-not-seen-days");
  g_assert_cmpstr (days, ==, "60");
  if (cherish_test_on_server ())
    wait_for_int (b, "follow-up-not-seen-days", 60);
  else
    {
      g_clear_object (&sync_b);
      sync_b = cherish_settings_sync_new (db_b, b);
      g_assert_cmpint (g_settings_get_int (b, "follow-up-not-seen-days"), ==, 60);
    }

  /* Quiet hours are this computer's. */
  g_settings_set_int (a, "quiet-from", 20);
  quiet = kept (db_a, "quiet-from");
  g_assert_null (quiet);
  g_assert_cmpint (g_settings_get_int (b, "quiet-from"), !=, 20);

  /* A value this Cherish cannot use (out of the key's range): not taken,
   * by the counter that hears it nor by the one opening the shop. */
  g_clear_object (&sync_b);
  store = cherish_settings_store_new (db_a);
  g_test_expect_message ("cherish-settings-sync", G_LOG_LEVEL_WARNING,
                         "The shop's setting lead-days-tenure is not one this Cherish can use*");
  g_assert_true (cherish_settings_store_write (store, "lead-days-tenure", "100000", &error));
  g_assert_no_error (error);
  g_test_assert_expected_messages ();
  g_assert_cmpint (g_settings_get_int (a, "lead-days-tenure"), <, 100000);
  g_test_expect_message ("cherish-settings-sync", G_LOG_LEVEL_WARNING,
                         "The shop's setting lead-days-tenure is not one this Cherish can use*");
  sync_b = cherish_settings_sync_new (db_b, b);
  g_test_assert_expected_messages ();
  g_assert_cmpint (g_settings_get_int (b, "lead-days-tenure"), <, 100000);

  g_clear_object (&sync_a);
  g_clear_object (&sync_b);
  g_clear_object (&store);
  g_clear_object (&db_a);
  g_clear_object (&db_b);
  cherish_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/shop-settings/shared", test_shared);

  return g_test_run ();
}
