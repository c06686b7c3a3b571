/* cherish-test-server.c — the tests' shops on a PostgreSQL server
 *
 * With CHERISH_TEST_BACKEND=postgresql, a test's shop is a database of its
 * own on the throwaway server build-aux/pg-server started for the run
 * ($CHERISH_TEST_POSTGRESQL) instead of a file: the same folder and file
 * name give the same database (a test that reopens its shop finds it
 * again), and the databases of a removed folder are dropped when the
 * test program ends.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "cherish-libpq.h"
#include "cherish-test-server.h"

/* folder → GPtrArray of the databases made for it */
static GHashTable *made;

gboolean
cherish_test_on_server (void)
{
  return g_strcmp0 (g_getenv ("CHERISH_TEST_BACKEND"), "postgresql") == 0;
}

static const char *
server_uri (void)
{
  const char *uri = g_getenv ("CHERISH_TEST_POSTGRESQL");

  if (uri == NULL || *uri == '\0')
    g_error ("CHERISH_TEST_BACKEND=postgresql needs CHERISH_TEST_POSTGRESQL: run the tests "
             "under build-aux/pg-server run (build-aux/dev test does)");
  return uri;
}

/* A connection to @uri, through the libpq Cherish loads (the test
 * programs do not link it, as Cherish does not). */
static PGconn *
connect_to (const char *uri)
{
  g_autofree char *why = NULL;
  PGconn *conn;

  if (!cherish_libpq_load (&why))
    g_error ("libpq: %s", why);
  conn = PQconnectdb (uri);
  if (PQstatus (conn) != CONNECTION_OK)
    g_error ("%s: %s", uri, PQerrorMessage (conn));
  return conn;
}

/* Runs @sql on the server's maintenance database; returns its one value. */
static char *
admin (const char *sql)
{
  g_autofree char *uri = g_strdup_printf ("%s/postgres", server_uri ());
  PGconn *conn = connect_to (uri);
  PGresult *result;
  char *value = NULL;

  result = PQexec (conn, sql);
  if (PQresultStatus (result) != PGRES_COMMAND_OK && PQresultStatus (result) != PGRES_TUPLES_OK)
    g_error ("%s: %s", sql, PQerrorMessage (conn));
  if (PQresultStatus (result) == PGRES_TUPLES_OK && PQntuples (result) > 0)
    value = g_strdup (PQgetvalue (result, 0, 0));
  PQclear (result);
  PQfinish (conn);
  return value;
}

/* Returns: (transfer full): the URI of the database standing for the file
 * @name in @dir, made empty the first time */
char *
cherish_test_server_database (const char *dir,
                              const char *name)
{
  g_autofree char *key = g_build_filename (dir, name, NULL);
  g_autofree char *hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, key, -1);
  g_autofree char *database = g_strdup_printf ("t_%.24s", hash);
  g_autofree char *exists = NULL;
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM pg_database WHERE datname = '%s'",
                                          database);
  GPtrArray *names;

  exists = admin (sql);
  if (g_strcmp0 (exists, "0") == 0)
    {
      g_autofree char *create = g_strdup_printf ("CREATE DATABASE %s", database);

      g_free (admin (create));
      if (made == NULL)
        made = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                      (GDestroyNotify) g_ptr_array_unref);
      names = g_hash_table_lookup (made, dir);
      if (names == NULL)
        {
          names = g_ptr_array_new_with_free_func (g_free);
          g_hash_table_insert (made, g_strdup (dir), names);
        }
      g_ptr_array_add (names, g_strdup (database));
    }
  return g_strdup_printf ("%s/%s", server_uri (), database);
}

/* The databases of removed folders, dropped when the test program ends:
 * a window's page may still be reading on a connection of its own when
 * its test removes the folder (an SQLite file removed is still read). */
static GPtrArray *dropped;

static void
drop_all (void)
{
  for (guint i = 0; dropped != NULL && i < dropped->len; i++)
    {
      g_autofree char *sql = g_strdup_printf ("DROP DATABASE IF EXISTS %s WITH (FORCE)",
                                              (char *) dropped->pdata[i]);

      g_free (admin (sql));
    }
  g_clear_pointer (&dropped, g_ptr_array_unref);
}

/* The databases made for @dir go when the program ends. */
void
cherish_test_server_drop (const char *dir)
{
  GPtrArray *names = made != NULL ? g_hash_table_lookup (made, dir) : NULL;

  if (names == NULL)
    return;
  if (dropped == NULL)
    {
      dropped = g_ptr_array_new_with_free_func (g_free);
      atexit (drop_all);
    }
  for (guint i = 0; i < names->len; i++)
    g_ptr_array_add (dropped, g_strdup (names->pdata[i]));
  g_hash_table_remove (made, dir);
}

/**
 * cherish_test_server_rows:
 * @uri: a shop's database, as cherish_database_get_path() gives it
 *
 * Runs @sql there, on a connection of its own.
 *
 * Returns: (transfer full) (element-type GPtrArray): each row, a
 *   GPtrArray of its values as text (SQL NULL: %NULL), under the row of the
 *   column names
 */
GPtrArray *
cherish_test_server_rows (const char *uri,
                          const char *sql)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  PGconn *conn = connect_to (uri);
  PGresult *result;
  GPtrArray *names;

  result = PQexec (conn, sql);
  if (PQresultStatus (result) != PGRES_TUPLES_OK)
    g_error ("%s: %s", sql, PQerrorMessage (conn));
  names = g_ptr_array_new_with_free_func (g_free);
  for (int c = 0; c < PQnfields (result); c++)
    g_ptr_array_add (names, g_strdup (PQfname (result, c)));
  g_ptr_array_add (rows, names);
  for (int r = 0; r < PQntuples (result); r++)
    {
      GPtrArray *row = g_ptr_array_new_with_free_func (g_free);

      for (int c = 0; c < PQnfields (result); c++)
        g_ptr_array_add (row, PQgetisnull (result, r, c) ? NULL : g_strdup (PQgetvalue (result, r, c)));
      g_ptr_array_add (rows, row);
    }
  PQclear (result);
  PQfinish (conn);
  return rows;
}

/* Runs @sql on the server as its superuser (roles, databases). */
void
cherish_test_server_admin (const char *sql)
{
  g_free (admin (sql));
}

/* Returns: (transfer full): the URI of @database on the test server,
 * logging in as @role */
char *
cherish_test_server_uri_as (const char *role,
                            const char *database)
{
  const char *uri = server_uri ();
  const char *at = strchr (uri, '@');

  g_assert_nonnull (at);
  return g_strdup_printf ("postgresql://%s%s/%s", role, at, database);
}
