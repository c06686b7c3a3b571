/* test-backup.c — backups taken (while another connection writes too),
 * the daily ones kept, restores checked first, integrity
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "cherish-customer-store.h"
#include "cherish-database-private.h"
#include "cherish-error.h"
#include "cherish-test-util.h"

static void
on_progress (int      done,
             int      total,
             gpointer user_data)
{
  int *calls = user_data;

  g_assert_cmpint (done, <=, total);
  (*calls)++;
}

static void
test_backup (void)
{
  g_autofree char *dir = cherish_test_make_dir ();
  g_autofree char *path = cherish_test_filled_database (dir, 500);
  g_autofree char *backup = g_build_filename (dir, "backup.db", NULL);
  g_autofree char *partial = g_strconcat (backup, ".partial", NULL);
  g_autoptr(CherishDatabase) db = NULL;
  g_autoptr(CherishDatabase) copy = NULL;
  g_autoptr(CherishCustomerStore) store = NULL;
  CherishCustomerQuery all = { NULL, CHERISH_CUSTOMER_SORT_NAME, 0 };
  g_autoptr(GError) error = NULL;
  int calls = 0;

  db = cherish_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (cherish_database_backup (db, backup, on_progress, &calls, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (calls, >=, 1);
  g_assert_false (g_file_test (partial, G_FILE_TEST_EXISTS));

  copy = cherish_database_open (backup, &error);
  g_assert_no_error (error);
  g_assert_true (cherish_database_check_integrity (copy, NULL, &error));
  g_assert_no_error (error);
  store = cherish_customer_store_new (copy, NULL);
  g_assert_cmpuint (cherish_customer_store_count (store, &all, &error), ==, 500);

  g_clear_object (&store);
  g_clear_object (&copy);
  g_clear_object (&db);
  cherish_test_remove_dir (dir);
}

typedef struct
{
  CherishCustomerStore *writer;    /* another connection, writing meanwhile */
  int                   calls;
} Busy;

static void
write_meanwhile (int      done,
                 int      total,
                 gpointer user_data)
{
  Busy *busy = user_data;

  if (busy->calls++ < 3)
    {
      g_autoptr(CherishCustomer) customer = cherish_customer_new ("Came in during the backup");

      g_assert_true (cherish_customer_store_insert (busy->writer, customer, NULL));
    }
}

static guint
count_customers (CherishDatabase *db)
{
  g_autoptr(CherishCustomerStore) store = cherish_customer_store_new (db, NULL);
  CherishCustomerQuery all = { NULL, CHERISH_CUSTOMER_SORT_NAME, 0 };

  return cherish_customer_store_count (store, &all, NULL);
}

/* A backup taken while another connection writes is a sound copy. */
static void
test_backup_while_writing (void)
{
  g_autofree char *dir = cherish_test_make_dir ();
  g_autofree char *path = cherish_test_filled_database (dir, 3000);
  g_autofree char *backup = g_build_filename (dir, "backup.db", NULL);
  g_autoptr(CherishDatabase) db = cherish_database_open (path, NULL);
  g_autoptr(CherishDatabase) other = cherish_database_open (path, NULL);
  g_autoptr(CherishDatabase) copy = NULL;
  g_autoptr(GError) error = NULL;
  Busy busy = { cherish_customer_store_new (other, NULL), 0 };
  guint in_copy;

  g_assert_true (cherish_database_backup (db, backup, write_meanwhile, &busy, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (busy.calls, >, 3);
  copy = cherish_database_open (backup, &error);
  g_assert_no_error (error);
  g_assert_true (cherish_database_check_integrity (copy, NULL, &error));
  in_copy = count_customers (copy);
  g_assert_cmpuint (in_copy, >=, 3000);
  g_assert_cmpuint (in_copy, <=, 3003);
  g_clear_object (&busy.writer);
  g_clear_object (&copy);
  g_clear_object (&other);
  g_clear_object (&db);
  cherish_test_remove_dir (dir);
}

static void
assert_restore_refused (CherishDatabase *db,
                        const char      *source,
                        int              code)
{
  g_autoptr(GError) error = NULL;
  guint before = count_customers (db);

  g_assert_false (cherish_database_restore (db, source, NULL, &error));
  g_assert_error (error, CHERISH_ERROR, code);
  g_assert_true (g_str_has_suffix (error->message, "Nothing was changed."));
  g_assert_cmpuint (count_customers (db), ==, before);
  g_assert_true (cherish_database_check_integrity (db, NULL, NULL));
}

/* A restore checks the file first; the data replaced is kept. */
static void
test_restore (void)
{
  g_autofree char *dir = cherish_test_make_dir ();
  g_autofree char *path = cherish_test_filled_database (dir, 500);
  g_autofree char *backup = g_build_filename (dir, "backup.db", NULL);
  g_autofree char *kept = g_build_filename (dir, "before-restore.db", NULL);
  g_autofree char *damaged = g_build_filename (dir, "damaged.db", NULL);
  g_autofree char *text = g_build_filename (dir, "notes.txt", NULL);
  g_autofree char *newer = g_build_filename (dir, "newer.db", NULL);
  g_autoptr(CherishDatabase) db = cherish_database_open (path, NULL);
  g_autoptr(CherishDatabase) old = NULL;
  g_autoptr(CherishCustomerStore) store = cherish_customer_store_new (db, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *bytes = NULL;
  gsize size;
  int tables_changed = 0;

  g_assert_true (cherish_database_backup (db, backup, NULL, NULL, NULL, &error));
  for (int i = 0; i < 10; i++)
    {
      g_autoptr(CherishCustomer) customer = cherish_customer_new ("After the backup");

      g_assert_true (cherish_customer_store_insert (store, customer, NULL));
    }

  /* A damaged copy: pages in the middle overwritten; and a newer one. */
  g_assert_true (g_file_get_contents (backup, &bytes, &size, NULL));
  g_assert_true (g_file_set_contents (newer, bytes, size, NULL));
  memset (bytes + size / 2, 0x5a, 8192);
  g_assert_true (g_file_set_contents (damaged, bytes, size, NULL));
  assert_restore_refused (db, damaged, CHERISH_ERROR_CORRUPT);
  g_assert_true (g_file_set_contents (text, "name,phone\nSara,0912\n", -1, NULL));
  assert_restore_refused (db, text, CHERISH_ERROR_NOT_A_DATABASE);
  {
    sqlite3 *raw = NULL;

    g_assert_cmpint (sqlite3_open (newer, &raw), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_exec (raw, "PRAGMA user_version = 999", NULL, NULL, NULL), ==, SQLITE_OK);
    sqlite3_close (raw);
  }
  assert_restore_refused (db, newer, CHERISH_ERROR_NEWER_SCHEMA);
  g_assert_cmpuint (count_customers (db), ==, 510);

  g_signal_connect_swapped (db, "changed::customers", G_CALLBACK (g_atomic_int_inc), &tables_changed);
  g_assert_true (cherish_database_restore (db, backup, kept, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_customers (db), ==, 500);
  g_assert_cmpint (tables_changed, ==, 1);
  g_assert_true (cherish_database_check_integrity (db, NULL, &error));
  g_assert_cmpint (cherish_database_get_schema_version (db), ==, cherish_database_get_latest_version ());
  old = cherish_database_open (kept, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_customers (old), ==, 510);

  g_clear_object (&store);
  g_clear_object (&old);
  g_clear_object (&db);
  cherish_test_remove_dir (dir);
}

/* Once a day, the newest seven kept. */
static void
test_backup_daily (void)
{
  g_autofree char *dir = cherish_test_make_dir ();
  g_autofree char *folder = g_build_filename (dir, "backups", NULL);
  g_autofree char *mine = g_build_filename (folder, "my-own.db", NULL);
  g_autoptr(CherishDatabase) db = cherish_test_open_database (dir, "shop.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) listing = NULL;
  guint files = 0;
  GDate day;

  g_date_clear (&day, 1);
  g_date_set_dmy (&day, 25, 12, 2026);
  {
    gboolean made = FALSE;

    g_assert_true (cherish_database_backup_daily (db, folder, &day, 7, &made, &error));
    g_assert_true (made);
    g_assert_true (cherish_database_backup_daily (db, folder, &day, 7, &made, &error));
    g_assert_false (made);   /* once a day */
  }
  g_assert_true (g_file_set_contents (mine, "", 0, NULL));
  for (int i = 0; i < 10; i++)
    {
      g_assert_true (cherish_database_backup_daily (db, folder, &day, 7, NULL, &error));
      g_assert_true (cherish_database_backup_daily (db, folder, &day, 7, NULL, &error));   /* once a day */
      g_date_add_days (&day, 1);
    }
  g_assert_no_error (error);
  listing = g_dir_open (folder, 0, NULL);
  while (g_dir_read_name (listing) != NULL)
    files++;
  g_assert_cmpuint (files, ==, 7 + 1);
  g_assert_true (g_file_test (mine, G_FILE_TEST_EXISTS));
  {
    g_autofree char *newest = g_build_filename (folder, "cherish-2027-01-03.db", NULL);
    g_autofree char *oldest = g_build_filename (folder, "cherish-2026-12-28.db", NULL);
    g_autofree char *gone = g_build_filename (folder, "cherish-2026-12-27.db", NULL);

    g_assert_true (g_file_test (newest, G_FILE_TEST_EXISTS));
    g_assert_true (g_file_test (oldest, G_FILE_TEST_EXISTS));
    g_assert_false (g_file_test (gone, G_FILE_TEST_EXISTS));
  }
  g_clear_pointer (&listing, g_dir_close);
  g_clear_object (&db);
  cherish_test_remove_dir (dir);
}

static void
test_integrity_ok (void)
{
  g_autofree char *dir = cherish_test_make_dir ();
  g_autoptr(CherishDatabase) db = cherish_test_open_database (dir, "ok.db");
  g_autofree char *problems = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (cherish_database_check_integrity (db, &problems, &error));
  g_assert_no_error (error);
  g_assert_null (problems);

  g_clear_object (&db);
  cherish_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/backup/taken", test_backup);
  g_test_add_func ("/backup/while-writing", test_backup_while_writing);
  g_test_add_func ("/backup/restore", test_restore);
  g_test_add_func ("/backup/daily", test_backup_daily);
  g_test_add_func ("/backup/integrity", test_integrity_ok);

  return g_test_run ();
}
