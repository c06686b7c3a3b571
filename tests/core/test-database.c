/* test-database.c — opening, refusing, transactions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <fcntl.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cherish-customer-store.h"
#include "cherish-database-private.h"
#include "cherish-error.h"
#include "cherish-sqlite-backend.h"
#include "cherish-staff-store.h"
#include "cherish-test-util.h"

static void
raw_exec (const char *path,
          const char *sql)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

static int
raw_int (sqlite3    *db,
         const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  int value;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

/* Opening @path fails with @code and leaves the file byte for byte. */
static void
assert_refused (const char *path,
                int         code)
{
  gboolean is_file = g_file_test (path, G_FILE_TEST_IS_REGULAR);
  g_autofree char *before = is_file ? cherish_test_file_checksum (path) : NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CherishDatabase) db = NULL;

  db = cherish_database_open_full (path, 200, -1, &error);
  g_assert_null (db);
  g_assert_error (error, CHERISH_ERROR, code);
  g_assert_nonnull (strstr (error->message, path));
  g_test_message ("refused as expected: %s", error->message);

  after = is_file ? cherish_test_file_checksum (path) : NULL;
  g_assert_cmpstr (before, ==, after);
}

static void
test_create (void)
{
  g_autofree char *dir = cherish_test_make_dir ();
  g_autofree char *nested = g_build_filename (dir, "data", "cherish", NULL);
  g_autofree char *path = g_build_filename (nested, "cherish.db", NULL);
  g_autoptr(CherishDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  GStatBuf st;
  sqlite3 *handle;

  db = cherish_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cherish_database_get_path (db), ==, path);

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpint (g_stat (nested, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);

  handle = cherish_sqlite_backend_get_handle (db->backend);
  g_assert_cmpint (raw_int (handle, "PRAGMA foreign_keys"), ==, 1);
  g_assert_cmpint (raw_int (handle, "PRAGMA synchronous"), ==, 2); /* FULL */
  g_assert_cmpint (raw_int (handle, "PRAGMA application_id"), ==, CHERISH_APPLICATION_ID);
  g_assert_cmpint (cherish_database_get_schema_version (db), ==,
                   cherish_database_get_latest_version ());
  g_assert_cmpint (cherish_database_get_latest_version (), >=, 1);
  {
    sqlite3_stmt *stmt = NULL;

    sqlite3_prepare_v2 (handle, "PRAGMA journal_mode", -1, &stmt, NULL);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "wal");
    sqlite3_finalize (stmt);
  }

  g_clear_object (&db);
  cherish_test_remove_dir (dir);
}

/* A server's address is not taken for a file: no folder is made of it;
 * a server that cannot be reached is said so, without the password. */
static void
test_server_address (void)
{
  g_autofree char *dir = cherish_test_make_dir ();
  g_autofree char *cwd = g_get_current_dir ();
  g_autoptr(CherishDatabase) db = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (cherish_database_is_server_uri ("postgresql://counter@shop.example/cherish"));
  g_assert_true (cherish_database_is_server_uri ("postgres://localhost"));
  g_assert_false (cherish_database_is_server_uri ("/home/shop/cherish.db"));
  g_assert_false (cherish_database_is_server_uri ("postgresql.db"));

  g_assert_cmpint (g_chdir (dir), ==, 0);
  db = cherish_database_open ("postgresql://counter:secret@127.0.0.1:1/cherish", &error);
  g_assert_null (db);
  g_assert_error (error, CHERISH_ERROR, CHERISH_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "cherish on 127.0.0.1:1 as counter"));
  g_assert_null (strstr (error->message, "secret"));
  g_assert_false (g_file_test ("postgresql:", G_FILE_TEST_EXISTS));
  g_assert_cmpint (g_chdir (cwd), ==, 0);
  cherish_test_remove_dir (dir);
}

static gpointer
number_from_row (CherishStmt *stmt)
{
  return g_object_new (G_TYPE_OBJECT, NULL);
}

/* A plan given a budget gives up past it, cleanly (no error, the statement
 * ready to run again), and is not charged for its earlier runs. */
static void
test_collect_within (void)
{
  g_autofree char *dir = cherish_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "cherish.db", NULL);
  g_autoptr(CherishDatabase) db = cherish_database_open (path, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(CherishStmt) stmt = NULL;
  const char *sql = "WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL "
                    "SELECT i + 1 FROM n WHERE i < ?1) "
                    "SELECT i FROM n WHERE i % 1000 = 0";
  gboolean gave_up = TRUE;
  sqlite3_stmt *raw = NULL;
  int steps;

  stmt = cherish_database_prepare (db, sql, &error);
  g_assert_no_error (error);

  /* 100,000 rows walked for 100 kept: far past 10,000 steps. */
  cherish_stmt_bind_int64 (stmt, 1, 100000);
  rows = cherish_database_collect_within (db, stmt, number_from_row, 10000, &gave_up, &error);
  g_assert_no_error (error);
  g_assert_null (rows);
  g_assert_true (gave_up);

  /* 10,000 rows for 10, with half as much again as they need: enough run
   * after run (the steps of the runs before do not count). */
  cherish_stmt_bind_int64 (stmt, 1, 10000);
  rows = cherish_database_collect_within (db, stmt, number_from_row, G_MAXINT, &gave_up, &error);
  g_assert_nonnull (rows);
  g_assert_cmpuint (rows->len, ==, 10);
  /* What the whole run takes, counted by SQLite itself on the same file. */
  sqlite3_prepare_v2 (cherish_sqlite_backend_get_handle (db->backend), sql, -1, &raw, NULL);
  sqlite3_bind_int64 (raw, 1, 10000);
  while (sqlite3_step (raw) == SQLITE_ROW)
    ;
  steps = sqlite3_stmt_status (raw, SQLITE_STMTSTATUS_VM_STEP, FALSE);
  sqlite3_finalize (raw);
  g_assert_cmpint (steps, >, 10000);
  cherish_stmt_reset (stmt);
  cherish_stmt_bind_int64 (stmt, 1, 10000);
  for (guint run = 0; run < 3; run++)
    {
      g_clear_pointer (&rows, g_ptr_array_unref);
      rows = cherish_database_collect_within (db, stmt, number_from_row, steps * 3 / 2,
                                              &gave_up, &error);
      g_assert_no_error (error);
      g_assert_false (gave_up);
      g_assert_cmpuint (rows->len, ==, 10);
      cherish_stmt_reset (stmt);
    }

  /* Without a budget, all of it. */
  cherish_stmt_reset (stmt);
  cherish_stmt_bind_int64 (stmt, 1, 100000);
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = cherish_database_collect (db, stmt, number_from_row, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 100);

  g_clear_pointer (&stmt, cherish_stmt_release);
  g_clear_object (&db);
  cherish_test_remove_dir (dir);
}

static void
test_default_path (void)
{
  g_autofree char *expected = g_build_filename (g_get_user_data_dir (), "cherish", "cherish.db",
                                                NULL);
  g_autofree char *from_xdg = NULL;
  g_autofree char *from_env = NULL;

  g_unsetenv ("CHERISH_DATABASE");
  from_xdg = cherish_database_default_path ();
  g_assert_cmpstr (from_xdg, ==, expected);

  g_setenv ("CHERISH_DATABASE", "/somewhere/else.db", TRUE);
  from_env = cherish_database_default_path ();
  g_assert_cmpstr (from_env, ==, "/somewhere/else.db");
  g_unsetenv ("CHERISH_DATABASE");
}

static void
test_reopen_keeps_data (void)
{
  g_autofree char *dir = cherish_test_make_dir ();
  g_autofree char *path = cherish_test_filled_database (dir, 3);
  g_autoptr(CherishDatabase) db = NULL;
  g_autoptr(CherishCustomerStore) store = NULL;
  CherishCustomerQuery all = { NULL, CHERISH_CUSTOMER_SORT_NAME, 0 };
  g_autoptr(GError) error = NULL;

  db = cherish_database_open (path, &error);
  g_assert_no_error (error);
  store = cherish_customer_store_new (db, NULL);
  g_assert_cmpuint (cherish_customer_store_count (store, &all, &error), ==, 3);
  g_assert_no_error (error);

  g_clear_object (&store);
  g_clear_object (&db);
  cherish_test_remove_dir (dir);
}

static void
test_newer_schema (void)
{
  g_autofree char *dir = cherish_test_make_dir ();
  g_autofree char *path = cherish_test_filled_database (dir, 2);
  g_autofree char *sql = g_strdup_printf ("PRAGMA user_version = %d",
                                          cherish_database_get_latest_version () + 1);

  raw_exec (path, sql);
  assert_refused (path, CHERISH_ERROR_NEWER_SCHEMA);
  cherish_test_remove_dir (dir);
}

static void
test_not_a_database (void)
{
  g_autofree char *dir = cherish_test_make_dir ();
  g_autofree char *random_path = g_build_filename (dir, "random.db", NULL);
  g_autofree char *text_path = g_build_filename (dir, "notes.txt", NULL);
  g_autofree char *other_path = g_build_filename (dir, "other-app.sqlite", NULL);
  g_autofree char *tiny_path = g_build_filename (dir, "tiny.db", NULL);
  guint8 noise[8192];

  for (guint i = 0; i < sizeof noise; i++)
    noise[i] = g_test_rand_int_range (0, 256);
  g_file_set_contents (random_path, (const char *) noise, sizeof noise, NULL);
  g_file_set_contents (text_path, "name,phone\nSara,0912\n", -1, NULL);
  g_file_set_contents (tiny_path, "SQLite", -1, NULL);
  raw_exec (other_path, "CREATE TABLE songs (title TEXT); INSERT INTO songs VALUES ('x');");

  assert_refused (random_path, CHERISH_ERROR_NOT_A_DATABASE);
  assert_refused (text_path, CHERISH_ERROR_NOT_A_DATABASE);
  assert_refused (tiny_path, CHERISH_ERROR_NOT_A_DATABASE);
  assert_refused (other_path, CHERISH_ERROR_NOT_A_DATABASE);
  assert_refused (dir, CHERISH_ERROR_NOT_A_DATABASE);

  cherish_test_remove_dir (dir);
}

static void
test_corrupt_truncated (void)
{
  g_autofree char *dir = cherish_test_make_dir ();
  g_autofree char *path = cherish_test_filled_database (dir, 2000);
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_size, >, 8 * 4096);
  g_assert_cmpint (truncate (path, st.st_size / 2), ==, 0);

  assert_refused (path, CHERISH_ERROR_CORRUPT);
  cherish_test_remove_dir (dir);
}

static void
test_corrupt_header (void)
{
  g_autofree char *dir = cherish_test_make_dir ();
  g_autofree char *path = cherish_test_filled_database (dir, 50);
  guint8 garbage[84];
  int fd;

  /* Keep the magic string, scribble over the rest of the header. */
  for (guint i = 0; i < sizeof garbage; i++)
    garbage[i] = g_test_rand_int_range (0, 256);
  garbage[21 - 16] = 0; /* make sure at least one fixed byte is wrong */
  fd = g_open (path, O_WRONLY, 0);
  g_assert_cmpint (pwrite (fd, garbage, sizeof garbage, 16), ==, sizeof garbage);
  close (fd);

  assert_refused (path, CHERISH_ERROR_CORRUPT);
  cherish_test_remove_dir (dir);
}

static void
test_corrupt_page (void)
{
  g_autofree char *dir = cherish_test_make_dir ();
  g_autofree char *path = cherish_test_filled_database (dir, 2000);
  g_autofree char *before = NULL;
  g_autoptr(CherishDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  guint8 garbage[4096];
  GStatBuf st;
  int fd;

  /* A damaged page in the middle of the customers table. */
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  for (guint i = 0; i < sizeof garbage; i++)
    garbage[i] = g_test_rand_int_range (0, 256);
  fd = g_open (path, O_WRONLY, 0);
  g_assert_cmpint (pwrite (fd, garbage, sizeof garbage, (st.st_size / 4096 / 2) * 4096), ==,
                   sizeof garbage);
  close (fd);
  before = cherish_test_file_checksum (path);

  /* Either refused at once, or opened and then found out by the check. */
  db = cherish_database_open_full (path, 200, -1, &error);
  if (db == NULL)
    {
      g_autofree char *after = cherish_test_file_checksum (path);

      g_assert_error (error, CHERISH_ERROR, CHERISH_ERROR_CORRUPT);
      g_assert_cmpstr (before, ==, after);
    }
  else
    {
      g_autofree char *problems = NULL;

      g_assert_no_error (error);
      g_assert_false (cherish_database_check_integrity (db, &problems, &error));
      g_assert_no_error (error);
      g_assert_nonnull (problems);
      g_test_message ("integrity_check found: %.200s", problems);
    }

  g_clear_object (&db);
  cherish_test_remove_dir (dir);
}

/* Root may write anything: drop to "nobody" in a child to test permissions. */
static void
run_as_unprivileged (void (*func) (const char *),
                     const char *path)
{
  pid_t pid;
  int status;

  if (geteuid () != 0)
    {
      func (path);
      return;
    }

  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      if (setgid (65534) != 0 || setuid (65534) != 0)
        _exit (2);
      func (path);
      _exit (0);
    }

  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 0);
}

static void
refuse_read_only (const char *path)
{
  assert_refused (path, CHERISH_ERROR_READ_ONLY);
}

static void
test_read_only_file (void)
{
  g_autofree char *dir = cherish_test_make_dir ();
  g_autofree char *path = cherish_test_filled_database (dir, 5);

  g_assert_cmpint (g_chmod (dir, 0755), ==, 0);
  g_assert_cmpint (g_chmod (path, 0444), ==, 0);
  run_as_unprivileged (refuse_read_only, path);

  cherish_test_remove_dir (dir);
}

static void
test_read_only_folder (void)
{
  g_autofree char *dir = cherish_test_make_dir ();
  g_autofree char *path = cherish_test_filled_database (dir, 5);

  /* The file may be written, but not the -wal and -shm files beside it. */
  g_assert_cmpint (g_chmod (path, 0666), ==, 0);
  g_assert_cmpint (g_chmod (dir, 0555), ==, 0);
  run_as_unprivileged (refuse_read_only, path);

  g_chmod (dir, 0700);
  cherish_test_remove_dir (dir);
}

static void
test_locked (void)
{
  g_autofree char *dir = cherish_test_make_dir ();
  g_autofree char *path = cherish_test_filled_database (dir, 5);
  static const char *holds[] = {
    /* Another program writing for a long time. */
    "BEGIN IMMEDIATE; INSERT INTO staff (name, created_at) VALUES ('x', 'y');",
    /* Another program holding the file for itself. */
    "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; "
    "INSERT INTO staff (name, created_at) VALUES ('x', 'y'); COMMIT; SELECT * FROM staff;",
  };

  for (guint i = 0; i < G_N_ELEMENTS (holds); i++)
    {
      sqlite3 *other = NULL;
      gint64 start;

      g_assert_cmpint (sqlite3_open (path, &other), ==, SQLITE_OK);
      g_assert_cmpint (sqlite3_exec (other, holds[i], NULL, NULL, NULL), ==, SQLITE_OK);

      start = g_get_monotonic_time ();
      assert_refused (path, CHERISH_ERROR_LOCKED);
      /* It waited for the lock (busy timeout) before giving up. */
      g_assert_cmpint (g_get_monotonic_time () - start, >=, 150 * 1000);

      sqlite3_close (other);
    }

  cherish_test_remove_dir (dir);
}

typedef struct
{
  CherishStaffStore *store;
  const char        *name;
  gboolean           fail;
  gboolean           inner;
} Work;

static gboolean
add_staff (gpointer   user_data,
           GError   **error)
{
  Work *work = user_data;
  g_autoptr(CherishStaff) staff = cherish_staff_new (work->name);

  if (!cherish_staff_store_insert (work->store, staff, error))
    return FALSE;

  if (work->inner)
    {
      CherishDatabase *db = cherish_store_get_database (CHERISH_STORE (work->store));
      Work inner = { work->store, "Inner", TRUE, FALSE };
      g_autoptr(GError) inner_error = NULL;

      /* The inner failure undoes only the inner work. */
      g_assert_false (cherish_database_transaction (db, add_staff, &inner, &inner_error));
      g_assert_error (inner_error, CHERISH_ERROR, CHERISH_ERROR_FAILED);
    }

  if (work->fail)
    {
      g_set_error (error, CHERISH_ERROR, CHERISH_ERROR_FAILED, "failed on purpose");
      return FALSE;
    }
  return TRUE;
}

static void
count_signal (gpointer user_data)
{
  (*(guint *) user_data)++;
}

static void
test_transaction (void)
{
  g_autofree char *dir = cherish_test_make_dir ();
  g_autoptr(CherishDatabase) db = cherish_test_open_database (dir, "t.db");
  g_autoptr(CherishStaffStore) store = cherish_staff_store_new (db, NULL);
  g_autoptr(GPtrArray) staff = NULL;
  g_autoptr(GError) error = NULL;
  Work failing = { store, "Rolled back", TRUE, FALSE };
  Work nested = { store, "Outer", FALSE, TRUE };
  guint changes = 0;

  g_signal_connect_swapped (db, "changed::staff", G_CALLBACK (count_signal), &changes);

  /* A rolled-back transaction announces nothing. */
  g_assert_false (cherish_database_transaction (db, add_staff, &failing, &error));
  g_assert_error (error, CHERISH_ERROR, CHERISH_ERROR_FAILED);
  g_clear_error (&error);
  g_assert_cmpuint (changes, ==, 0);

  /* A committed one announces its tables once, after the commit. */
  g_assert_true (cherish_database_transaction (db, add_staff, &nested, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changes, ==, 1);

  staff = cherish_staff_store_list (store, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (staff->len, ==, 1);
  g_assert_cmpstr (cherish_staff_get_name (g_ptr_array_index (staff, 0)), ==, "Outer");

  g_clear_object (&store);
  g_clear_object (&db);
  cherish_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/database/create", test_create);
  g_test_add_func ("/database/default-path", test_default_path);
  g_test_add_func ("/database/reopen", test_reopen_keeps_data);
  g_test_add_func ("/database/refuse/newer-schema", test_newer_schema);
  g_test_add_func ("/database/refuse/not-a-database", test_not_a_database);
  g_test_add_func ("/database/refuse/truncated", test_corrupt_truncated);
  g_test_add_func ("/database/refuse/header-overwritten", test_corrupt_header);
  g_test_add_func ("/database/refuse/damaged-page", test_corrupt_page);
  g_test_add_func ("/database/refuse/read-only-file", test_read_only_file);
  g_test_add_func ("/database/refuse/read-only-folder", test_read_only_folder);
  g_test_add_func ("/database/refuse/locked", test_locked);
  g_test_add_func ("/database/transaction", test_transaction);
  g_test_add_func ("/database/collect-within", test_collect_within);
  g_test_add_func ("/database/refuse/server-address", test_server_address);

  return g_test_run ();
}
