/* cherish-test-util.c — what every test needs: a temp dir, a database, a clock
 *
 * Tests use real SQLite files in a fresh temporary folder: crash and
 * locking behaviour only exist on files. With CHERISH_TEST_BACKEND=
 * postgresql, the store tests' shops are databases on a real server
 * instead (cherish-test-server.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include <glib/gstdio.h>

#include "cherish-staff-store.h"
#include "cherish-test-server.h"
#include "cherish-test-util.h"

char *
cherish_test_make_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("cherish-test-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

void
cherish_test_remove_dir (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  if (cherish_test_on_server ())
    cherish_test_server_drop (dir);
  if (handle == NULL)
    return;

  while ((name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        cherish_test_remove_dir (path);
      else
        g_unlink (path);
    }
  g_rmdir (dir);
}

/* A fixed clock; @iso8601 carries its time zone ("…+03:30", "…Z"). */
CherishClock *
cherish_test_clock_at (const char *iso8601)
{
  g_autoptr(GDateTime) now = g_date_time_new_from_iso8601 (iso8601, NULL);

  g_assert_nonnull (now);
  return cherish_clock_new_fixed (now);
}

CherishDatabase *
cherish_test_open_database (const char *dir,
                            const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = cherish_test_on_server () ? cherish_test_server_database (dir, name)
                                                    : g_build_filename (dir, name, NULL);
  CherishDatabase *db = cherish_database_open (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (db);
  return db;
}

/* A shop's file with @n_customers customers, enough to span many pages;
 * returns its path. */
char *
cherish_test_filled_database (const char *dir,
                              guint       n_customers)
{
  g_autoptr(CherishDatabase) db = cherish_test_open_database (dir, "filled.db");
  g_autoptr(CherishCustomerStore) store = cherish_customer_store_new (db, NULL);

  for (guint i = 0; i < n_customers; i++)
    {
      g_autofree char *name = g_strdup_printf ("Customer number %u with a long name", i);
      g_autoptr(CherishCustomer) customer = cherish_customer_new (name);
      g_autoptr(GError) error = NULL;

      g_object_set (customer, "notes", "Some notes to make the rows a little longer.", NULL);
      cherish_customer_store_insert (store, customer, &error);
      g_assert_no_error (error);
    }

  return g_strdup (cherish_database_get_path (db));
}

char *
cherish_test_file_checksum (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

/* For the benchmarks: prints the median and p95 of @ms (sorts it). */
void
cherish_test_report_ms (const char *what,
                        GArray     *ms)
{
  g_array_sort (ms, compare_doubles);
  g_print ("  %-52s median %8.2f ms   p95 %8.2f ms   (%u runs)\n", what,
           g_array_index (ms, double, ms->len / 2),
           g_array_index (ms, double, MIN (ms->len - 1, (guint) (ms->len * 0.95))), ms->len);
}

/**
 * cherish_test_shop_open:
 * @now: the clock's fixed instant, ISO 8601 with its zone
 */
void
cherish_test_shop_open (CherishTestShop *shop,
                        const char      *now,
                        const char      *db_name)
{
  shop->dir = cherish_test_make_dir ();
  shop->clock = cherish_test_clock_at (now);
  shop->db = cherish_test_open_database (shop->dir, db_name);
}

/* Closes the database and removes the folder; drop the stores first. */
void
cherish_test_shop_close (CherishTestShop *shop)
{
  g_clear_object (&shop->db);
  g_clear_object (&shop->clock);
  cherish_test_remove_dir (shop->dir);
  g_clear_pointer (&shop->dir, g_free);
}

/**
 * cherish_test_add_customer:
 * @first_property_name: (nullable): then its value, and so on, ending with %NULL
 *
 * Saves a customer named @name with the properties given, which must be
 * accepted.
 *
 * Returns: the customer's id
 */
gint64
cherish_test_add_customer (CherishCustomerStore *store,
                           const char           *name,
                           const char           *first_property_name,
                           ...)
{
  g_autoptr(CherishCustomer) customer = cherish_customer_new (name);
  g_autoptr(GError) error = NULL;
  va_list args;

  va_start (args, first_property_name);
  g_object_set_valist (G_OBJECT (customer), first_property_name, args);
  va_end (args);

  g_assert_true (cherish_customer_store_insert (store, customer, &error));
  g_assert_no_error (error);
  return cherish_customer_get_id (customer);
}

/**
 * cherish_test_add_staff:
 *
 * Returns: the id of a new, active staff member called @name
 */
gint64
cherish_test_add_staff (CherishDatabase *db,
                        const char      *name)
{
  g_autoptr(CherishStaffStore) store = cherish_staff_store_new (db, NULL);
  g_autoptr(CherishStaff) member = cherish_staff_new (name);

  g_assert_true (cherish_staff_store_insert (store, member, NULL));
  return cherish_staff_get_id (member);
}

/**
 * cherish_test_speak_language:
 *
 * Like main.c: the locale of the environment and Cherish's translations
 * (from the build's po/ under meson test), so that a test speaks the
 * language of $LANGUAGE. Under C or C.UTF-8, newer glibc ignores
 * $LANGUAGE: a test in another language would quietly run in English, so
 * that is an error.
 */
void
cherish_test_speak_language (void)
{
  const char *localedir = g_getenv ("CHERISH_LOCALEDIR");

  setlocale (LC_ALL, "");
  if (g_getenv ("LANGUAGE") != NULL && !g_str_has_prefix (g_getenv ("LANGUAGE"), "en"))
    {
      const char *messages = setlocale (LC_MESSAGES, NULL);

      if (messages == NULL || g_str_equal (messages, "C") || g_str_has_prefix (messages, "C.") ||
          g_str_equal (messages, "POSIX"))
        g_error ("LANGUAGE=%s needs a real locale in LC_ALL (such as fa_IR.UTF-8, from locales-all), not %s",
                 g_getenv ("LANGUAGE"), messages ? messages : "none");
    }
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}
