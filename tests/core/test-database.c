/* test-database.c — opening, refusing, migrating, transactions, backup
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

/* Fills a database with enough customers to span many pages. */
static char *
make_filled_database (const char *dir,
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
  g_autofree char *path = make_filled_database (dir, 3);
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
  g_autofree char *path = make_filled_database (dir, 2);
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
  g_autofree char *path = make_filled_database (dir, 2000);
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
  g_autofree char *path = make_filled_database (dir, 50);
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
  g_autofree char *path = make_filled_database (dir, 2000);
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
  g_autofree char *path = make_filled_database (dir, 5);

  g_assert_cmpint (g_chmod (dir, 0755), ==, 0);
  g_assert_cmpint (g_chmod (path, 0444), ==, 0);
  run_as_unprivileged (refuse_read_only, path);

  cherish_test_remove_dir (dir);
}

static void
test_read_only_folder (void)
{
  g_autofree char *dir = cherish_test_make_dir ();
  g_autofree char *path = make_filled_database (dir, 5);

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
  g_autofree char *path = make_filled_database (dir, 5);
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
  g_autofree char *path = make_filled_database (dir, 500);
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
  g_autofree char *path = make_filled_database (dir, 3000);
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
  g_autofree char *path = make_filled_database (dir, 500);
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

/* Every earlier schema version migrates to the latest, keeping its data. */
static void
test_migrations (void)
{
  int latest = cherish_database_get_latest_version ();

  for (int version = 0; version < latest; version++)
    {
      g_autofree char *dir = cherish_test_make_dir ();
      g_autofree char *path = g_build_filename (dir, "old.db", NULL);
      g_autoptr(CherishDatabase) db = NULL;
      g_autoptr(GError) error = NULL;
      int staff_before = 0;

      db = cherish_database_open_full (path, 1000, version, &error);
      g_assert_no_error (error);
      g_assert_cmpint (cherish_database_get_schema_version (db), ==, version);
      if (version >= 1)
        {
          g_assert_true (cherish_database_exec (db, "INSERT INTO staff (name, created_at) "
                                                    "VALUES ('Kept', '2020-01-01T00:00:00Z')",
                                                &error));
          staff_before = 1;
        }
      g_clear_object (&db);

      db = cherish_database_open (path, &error);
      g_assert_no_error (error);
      g_assert_cmpint (cherish_database_get_schema_version (db), ==, latest);
      g_assert_cmpint (raw_int (cherish_sqlite_backend_get_handle (db->backend), "SELECT count(*) FROM staff"),
                       ==, staff_before);
      g_assert_true (cherish_database_check_integrity (db, NULL, &error));

      g_clear_object (&db);
      cherish_test_remove_dir (dir);
    }
}

/* A new shop at schema step @version with customers named @names (their
 * ids in @ids), where @sql is written; then opened as this version opens
 * it, migrated to the latest step. */
static CherishDatabase *
migrated_shop (const char         *path,
               int                 version,
               const char * const *names,
               gint64             *ids,
               char             *(*sql_of) (const gint64 *ids))
{
  g_autoptr(CherishDatabase) old = cherish_database_open_full (path, 1000, version, NULL);
  g_autoptr(CherishCustomerStore) customers = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;
  CherishDatabase *db;

  g_assert_nonnull (old);
  customers = cherish_customer_store_new (old, NULL);
  for (guint i = 0; names[i] != NULL; i++)
    ids[i] = cherish_test_add_customer (customers, names[i], NULL);
  sql = sql_of (ids);
  g_assert_true (cherish_database_exec (old, sql, &error));
  g_assert_no_error (error);
  g_clear_object (&customers);
  g_clear_object (&old);

  db = cherish_database_open (path, &error);
  g_assert_no_error (error);
  return db;
}

static char *
sent_log_rows (const gint64 *ids)
{
  gint64 sara = ids[0], gone = ids[1];

  return g_strdup_printf ("INSERT INTO follow_ups (id, customer_id, due_date, about, created_at, updated_at) "
                          "VALUES (7, %" G_GINT64_FORMAT ", '2026-11-30', 'Call', '', ''), "
                          "(8, %" G_GINT64_FORMAT ", '2026-11-30', 'Call', '', ''); "
                          "INSERT INTO reminders_sent (key, state, sent_at) VALUES "
                          "('occasion:birthday:%" G_GINT64_FORMAT ":2026-11-27:0:day', 'done', ''), "
                          "('occasion:birthday:%" G_GINT64_FORMAT ":2026-11-27:0:day', 'done', ''), "
                          "('follow-up:7:2026-11-30', 'done', ''), "
                          "('follow-up:8:2026-11-30', 'done', ''), "
                          "('event:3:2026-11-30T18:00:00Z', 'done', ''); "
                          "DELETE FROM customers WHERE id = %" G_GINT64_FORMAT,
                          sara, gone, sara, gone, gone);
}

/* Step 24: the sent-log rows written without their customer get them,
 * and those of customers already erased go. */
static void
test_sent_log_customers (void)
{
  g_autofree char *dir = cherish_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "sent.db", NULL);
  g_autoptr(CherishDatabase) db = NULL;
  g_autofree char *sql = NULL;
  gint64 ids[2], sara;
  sqlite3 *handle;

  db = migrated_shop (path, 23, (const char *[]) { "Sara", "Gone", NULL }, ids, sent_log_rows);
  sara = ids[0];
  handle = cherish_sqlite_backend_get_handle (db->backend);
  g_assert_cmpint (raw_int (handle, "SELECT count(*) FROM reminders_sent"), ==, 3);
  sql = g_strdup_printf ("SELECT count(*) FROM reminders_sent WHERE customer_id = %" G_GINT64_FORMAT
                         " AND key IN ('occasion:birthday:%" G_GINT64_FORMAT ":2026-11-27:0:day', "
                         "'follow-up:7:2026-11-30')", sara, sara);
  g_assert_cmpint (raw_int (handle, sql), ==, 2);
  g_assert_cmpint (raw_int (handle, "SELECT count(*) FROM reminders_sent "
                                    "WHERE key LIKE 'event:%' AND customer_id IS NULL"), ==, 1);

  g_clear_object (&db);
  cherish_test_remove_dir (dir);
}

static char *
follow_ups_rows (const gint64 *ids)
{
  return g_strdup_printf ("INSERT INTO follow_ups (id, customer_id, due_date, about, created_at, updated_at) "
                          "VALUES (7, %" G_GINT64_FORMAT ", '2026-11-30', 'Call', '', ''), "
                          "(8, %" G_GINT64_FORMAT ", '2026-11-30', 'Call', '', ''), "
                          "(9, %" G_GINT64_FORMAT ", '2026-12-01', 'Call', '', '')",
                          ids[0], ids[1], ids[1]);
}

/* Schema step 25 writes each follow-up's customer name on it. */
static void
test_follow_ups_names (void)
{
  g_autofree char *dir = cherish_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "names.db", NULL);
  g_autoptr(CherishDatabase) db = NULL;
  gint64 ids[2];
  sqlite3 *handle;

  db = migrated_shop (path, 24, (const char *[]) { "Sara", "امید", NULL }, ids, follow_ups_rows);
  handle = cherish_sqlite_backend_get_handle (db->backend);
  g_assert_cmpint (raw_int (handle, "SELECT count(*) FROM follow_ups WHERE id = 7 AND customer_name = 'Sara'"), ==, 1);
  g_assert_cmpint (raw_int (handle, "SELECT count(*) FROM follow_ups WHERE id IN (8, 9) AND customer_name = 'امید'"), ==, 2);

  g_clear_object (&db);
  cherish_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/database/create", test_create);
  g_test_add_func ("/database/sent-log-customers", test_sent_log_customers);
  g_test_add_func ("/database/follow-ups-names", test_follow_ups_names);
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
  g_test_add_func ("/database/backup", test_backup);
  g_test_add_func ("/database/backup-while-writing", test_backup_while_writing);
  g_test_add_func ("/database/restore", test_restore);
  g_test_add_func ("/database/backup-daily", test_backup_daily);
  g_test_add_func ("/database/integrity", test_integrity_ok);
  g_test_add_func ("/database/migrations", test_migrations);
  g_test_add_func ("/database/collect-within", test_collect_within);
  g_test_add_func ("/database/refuse/server-address", test_server_address);

  return g_test_run ();
}
