/* test-migrations.c — every schema step, from each older one, on a
 * shop's file: nothing lost, and what a step fills in is right
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "cherish-customer-store.h"
#include "cherish-database-private.h"
#include "cherish-test-util.h"

static int
count_of (CherishDatabase *db,
          const char      *sql)
{
  g_autoptr(GError) error = NULL;
  int value = -1;

  g_assert_true (cherish_database_query_int (db, sql, &value, &error));
  g_assert_no_error (error);
  return value;
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
      g_assert_cmpint (count_of (db, "SELECT count(*) FROM staff"),
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

  db = migrated_shop (path, 23, (const char *[]) { "Sara", "Gone", NULL }, ids, sent_log_rows);
  sara = ids[0];
  g_assert_cmpint (count_of (db, "SELECT count(*) FROM reminders_sent"), ==, 3);
  sql = g_strdup_printf ("SELECT count(*) FROM reminders_sent WHERE customer_id = %" G_GINT64_FORMAT
                         " AND key IN ('occasion:birthday:%" G_GINT64_FORMAT ":2026-11-27:0:day', "
                         "'follow-up:7:2026-11-30')", sara, sara);
  g_assert_cmpint (count_of (db, sql), ==, 2);
  g_assert_cmpint (count_of (db, "SELECT count(*) FROM reminders_sent "
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

  db = migrated_shop (path, 24, (const char *[]) { "Sara", "امید", NULL }, ids, follow_ups_rows);
  g_assert_cmpint (count_of (db, "SELECT count(*) FROM follow_ups WHERE id = 7 AND customer_name = 'Sara'"), ==, 1);
  g_assert_cmpint (count_of (db, "SELECT count(*) FROM follow_ups WHERE id IN (8, 9) AND customer_name = 'امید'"), ==, 2);

  g_clear_object (&db);
  cherish_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/migrations/every-step", test_migrations);
  g_test_add_func ("/migrations/sent-log-customers", test_sent_log_customers);
  g_test_add_func ("/migrations/follow-ups-names", test_follow_ups_names);

  return g_test_run ();
}
