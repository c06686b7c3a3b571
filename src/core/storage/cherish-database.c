/* cherish-database.c — the shop's data, in a file or on a server
 *
 * The object the stores write through: it opens a file (see
 * cherish-database-file.c: checked before SQLite writes a byte, migrated
 * step by step) or a PostgreSQL server (cherish-database-server.c), runs
 * transactions and savepoints, and tells every list which table changed.
 *
 * The numbered steps are the files of src/core/schema/, bundled as a
 * GResource; a released step is never edited, a new one is added.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-database"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "cherish-core-resources.h"
#include "cherish-database-private.h"
#include "cherish-error.h"
#include "cherish-pg-backend.h"
#include "cherish-server-address.h"
#include "cherish-sqlite-backend.h"


G_DEFINE_FINAL_TYPE (CherishDatabase, cherish_database, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

enum {
  PROP_0,
  PROP_CONNECTED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ------------------------------------------------------------------ */
/* Helpers                                                             */
/* ------------------------------------------------------------------ */

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The numbered steps' file names in the resource folder @path, in order. */
char **
cherish_database_list_steps (const char *path)
{
  g_autoptr(GPtrArray) steps = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) names = NULL;

  names = g_resource_enumerate_children (cherish_core_get_resource (), path,
                                         G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_assert (names != NULL);

  for (guint i = 0; names[i] != NULL; i++)
    if (g_str_has_suffix (names[i], ".sql"))
      g_ptr_array_add (steps, g_strdup (names[i]));

  /* Names start with a zero-padded number, so text order is step order. */
  g_ptr_array_sort (steps, compare_names);
  g_ptr_array_add (steps, NULL);

  return (char **) g_ptr_array_free (g_steal_pointer (&steps), FALSE);
}

/* ------------------------------------------------------------------ */
/* GObject                                                             */
/* ------------------------------------------------------------------ */

static void
cherish_database_finalize (GObject *object)
{
  CherishDatabase *self = (CherishDatabase *) object;

  if (self->watch != NULL)
    g_source_destroy (self->watch);
  g_clear_pointer (&self->watch, g_source_unref);
  g_clear_handle_id (&self->retry, g_source_remove);
  g_clear_pointer (&self->statements, g_hash_table_unref);
  g_clear_pointer (&self->pending, g_hash_table_unref);
  if (self->backend != NULL)
    self->backend->klass->close (self->backend);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->label, g_free);

  G_OBJECT_CLASS (cherish_database_parent_class)->finalize (object);
}

static void
cherish_database_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  CherishDatabase *self = CHERISH_DATABASE (object);

  switch (prop_id)
    {
    case PROP_CONNECTED:
      g_value_set_boolean (value, !self->lost);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cherish_database_class_init (CherishDatabaseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cherish_database_finalize;
  object_class->get_property = cherish_database_get_property;

  cherish_sqlite_configure ();

  /**
   * CherishDatabase:connected:
   *
   * %FALSE while the shop's server cannot be reached (a file is always
   * there): Cherish connects again by itself, and every list reloads.
   */
  properties[PROP_CONNECTED] = g_param_spec_boolean ("connected", NULL, NULL, TRUE,
                                                     G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY |
                                                     G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * CherishDatabase::changed:
   *
   * Emitted after a committed write, with the table name as detail
   * ("changed::customers"), so that every list showing that table reloads
   * whichever store instance wrote it.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass),
                                   G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
finalize_stmt (gpointer stmt)
{
  ((CherishStmt *) stmt)->klass->finalize (stmt);
}

static void
cherish_database_init (CherishDatabase *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, finalize_stmt);
  self->pending = g_hash_table_new (NULL, NULL);
}

/* Counts a change in data_changes (schema step 16), so that another
 * process (a check of the reminders) can tell nothing changed since it
 * last looked. */
static gboolean
count_change (CherishDatabase  *self,
              GError          **error)
{
  return cherish_database_exec (self, "UPDATE data_changes SET stamp = stamp + 1", error);
}

/**
 * cherish_database_get_change_stamp:
 *
 * Returns: how many changes the database has counted (count_change ();
 *   it grows with each one, made here or by another process), or -1
 *   with @error set
 */
gint64
cherish_database_get_change_stamp (CherishDatabase  *self,
                                   GError          **error)
{
  g_autoptr(CherishStmt) stmt = cherish_database_prepare (self, "SELECT stamp FROM data_changes WHERE id = 1",
                                                          error);

  return stmt != NULL ? cherish_database_count (self, stmt, error) : -1;
}

/* On a server, tells the other clients that @table changed: they hear it
 * when the transaction commits (at once outside one). */
static gboolean
announce (CherishDatabase  *self,
          GQuark            table,
          GError          **error)
{
  int rc;

  if (self->backend->klass->announce == NULL)
    return TRUE;
  rc = self->backend->klass->announce (self->backend, g_quark_to_string (table));
  if (rc != CHERISH_OK)
    {
      cherish_database_set_error (self, rc, error);
      return FALSE;
    }
  return TRUE;
}

/* Tells every listener that @table changed (see ::changed); inside a
 * transaction, once it commits, and not at all if it rolls back. The
 * change is counted: in the same transaction, or at once after a single
 * statement. */
void
cherish_database_emit_changed (CherishDatabase *self,
                               const char      *table)
{
  g_return_if_fail (CHERISH_IS_DATABASE (self));

  if (self->transaction_depth > 0)
    g_hash_table_add (self->pending, GUINT_TO_POINTER (g_quark_from_string (table)));
  else
    {
      g_autoptr(GError) error = NULL;

      if (!count_change (self, &error) || !announce (self, g_quark_from_string (table), &error))
        g_warning ("Could not count a change of %s: %s", table, error->message);
      g_signal_emit (self, signals[CHANGED], g_quark_from_string (table));
    }
}

/* The server went away (%FALSE) or is back (%TRUE). */
void
cherish_database_set_connected (CherishDatabase *self,
                                gboolean         connected)
{
  if (self->lost == !connected)
    return;
  self->lost = !connected;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONNECTED]);
}

/**
 * cherish_database_get_connected:
 *
 * Returns: whether the shop's data can be reached (see #CherishDatabase:connected)
 */
gboolean
cherish_database_get_connected (CherishDatabase *self)
{
  g_return_val_if_fail (CHERISH_IS_DATABASE (self), FALSE);

  return !self->lost;
}

/* Another client (a second counter on the same server) changed @table. */
void
cherish_database_emit_heard (CherishDatabase *self,
                             const char      *table)
{
  g_signal_emit (self, signals[CHANGED], g_quark_from_string (table));
}

static void
flush_pending (CherishDatabase *self,
               gboolean         committed)
{
  g_autoptr(GList) tables = g_hash_table_get_keys (self->pending);

  g_hash_table_remove_all (self->pending);
  if (!committed)
    return;

  for (const GList *l = tables; l != NULL; l = l->next)
    g_signal_emit (self, signals[CHANGED], GPOINTER_TO_UINT (l->data));
}

/* ------------------------------------------------------------------ */
/* Public API                                                          */
/* ------------------------------------------------------------------ */

/**
 * cherish_database_default_path:
 *
 * Returns: (transfer full): `$CHERISH_DATABASE` when set, else
 *   `$XDG_DATA_HOME/cherish/cherish.db`
 */
char *
cherish_database_default_path (void)
{
  const char *env = g_getenv ("CHERISH_DATABASE");

  if (env != NULL && *env != '\0')
    return g_strdup (env);

  return g_build_filename (g_get_user_data_dir (), "cherish", "cherish.db", NULL);
}

/**
 * cherish_database_is_server_uri:
 *
 * Returns: whether @location is a database server's address
 *   (postgresql://… or postgres://…) rather than a file
 */
gboolean
cherish_database_is_server_uri (const char *location)
{
  return cherish_server_address_is_uri (location);
}

/**
 * cherish_database_get_latest_version:
 *
 * Returns: the schema version this build of Cherish writes
 */
int
cherish_database_get_latest_version (void)
{
  static gsize latest = 0;

  if (g_once_init_enter (&latest))
    {
      g_auto(GStrv) steps = cherish_database_list_steps (SCHEMA_PATH);
      g_once_init_leave (&latest, g_strv_length (steps));
    }

  return (int) latest;
}

/* Opens @path, migrating it only up to @target_version (-1: the latest).
 * Tests use it to build databases as earlier versions left them. */
CherishDatabase *
cherish_database_open_full (const char  *path,
                            int          busy_timeout_ms,
                            int          target_version,
                            GError     **error)
{
  g_autoptr(CherishDatabase) self = NULL;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (CHERISH_TYPE_DATABASE, NULL);
  self->path = path != NULL ? g_strdup (path) : cherish_database_default_path ();

  if (cherish_database_is_server_uri (self->path))
    {
      if (!cherish_database_open_server (self, target_version, TRUE, error))
        return NULL;
      return g_steal_pointer (&self);
    }

  self->label = g_strdup (self->path);
  if (!cherish_database_open_file (self, busy_timeout_ms, target_version, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * cherish_database_open:
 * @path: (nullable): the file, or %NULL for cherish_database_default_path()
 * @error: a #CHERISH_ERROR when the file cannot be used, untouched
 *
 * Opens or creates the database and brings its schema up to date.
 *
 * Returns: (transfer full) (nullable): the database
 */
CherishDatabase *
cherish_database_open (const char  *path,
                       GError     **error)
{
  return cherish_database_open_full (path, CHERISH_BUSY_TIMEOUT_MS, -1, error);
}

/**
 * cherish_database_open_reader:
 *
 * Opens a second connection to the same file, for reading only: for a
 * thread of its own (a page's data read off the main thread). @self is
 * open already, so the schema is up to date; the reader sees what was
 * committed when each of its statements starts.
 *
 * Returns: (transfer full) (nullable): the reader, or %NULL with @error set
 */
CherishDatabase *
cherish_database_open_reader (CherishDatabase  *self,
                              GError          **error)
{
  g_autoptr(CherishDatabase) reader = NULL;
  sqlite3 *db = NULL;
  int rc;

  g_return_val_if_fail (CHERISH_IS_DATABASE (self), NULL);

  reader = g_object_new (CHERISH_TYPE_DATABASE, NULL);
  reader->path = g_strdup (self->path);
  reader->label = g_strdup (self->label);
  if (cherish_database_is_server_uri (self->path))
    {
      g_autofree char *message = NULL;

      reader->backend = cherish_pg_backend_open (reader->path, FALSE, &rc, &message);
      if (reader->backend == NULL)
        {
          g_set_error (error, CHERISH_ERROR, CHERISH_ERROR_IO,
                       _("Cannot reach the shop’s database “%s”: %s"), reader->label, message);
          return NULL;
        }
      if (!cherish_database_exec (reader, "SET default_transaction_read_only = on", error))
        return NULL;
      return g_steal_pointer (&reader);
    }
  /* Read-write for SQLite (a read-only connection cannot open a WAL file
   * whose -wal is not there yet), read-only for SQL: query_only. One
   * thread at a time uses a reader (its page's, while it reads): SQLite
   * need not lock it at every call (5% of a walk over a million rows). */
  rc = sqlite3_open_v2 (reader->path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL);
  if (db != NULL)
    reader->backend = cherish_sqlite_backend_new (db);
  if (rc != SQLITE_OK)
    {
      cherish_database_set_error (reader, rc, error);
      return NULL;
    }
  sqlite3_extended_result_codes (db, 1);
  sqlite3_busy_timeout (db, CHERISH_BUSY_TIMEOUT_MS);
  /* A smaller page cache than the main connection's: it reads a page's
   * data once in a while, and the file's pages are in the system's cache. */
  if (!cherish_database_exec (reader, "PRAGMA query_only = ON; PRAGMA temp_store = MEMORY; "
                                      "PRAGMA cache_size = -2000;", error))
    return NULL;
  return g_steal_pointer (&reader);
}

/**
 * cherish_database_release_memory:
 *
 * Gives back the pages a reading connection keeps in its cache: a page
 * that reads once in a while does not hold them between its reads (the
 * file's pages stay in the system's cache). Not while a statement of
 * @self is stepping in another thread.
 */
void
cherish_database_release_memory (CherishDatabase *self)
{
  g_return_if_fail (CHERISH_IS_DATABASE (self));

  if (!cherish_database_is_server_uri (self->path))
    cherish_database_exec (self, "PRAGMA shrink_memory;", NULL);
}

const char *
cherish_database_get_path (CherishDatabase *self)
{
  g_return_val_if_fail (CHERISH_IS_DATABASE (self), NULL);

  return self->path;
}

int
cherish_database_get_schema_version (CherishDatabase *self)
{
  int version = -1;

  g_return_val_if_fail (CHERISH_IS_DATABASE (self), -1);

  if (cherish_database_is_server_uri (self->path))
    return cherish_database_query_int (self, "SELECT version FROM cherish_schema", &version, NULL)
             ? version : -1;
  if (!cherish_database_query_int (self, "PRAGMA user_version", &version, NULL))
    return -1;
  return version;
}

/**
 * cherish_database_transaction:
 * @func: the work; return %FALSE with @error set to undo all of it
 *
 * Runs @func inside a write transaction (a savepoint when nested). If @func
 * fails, or the commit fails, every change it made is rolled back.
 *
 * Returns: %TRUE if the work was committed
 */
gboolean
cherish_database_transaction (CherishDatabase         *self,
                              CherishTransactionFunc   func,
                              gpointer                 user_data,
                              GError                 **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *savepoint = NULL;
  gboolean ok;

  g_return_val_if_fail (CHERISH_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (func != NULL, FALSE);

  if (self->transaction_depth == 0)
    {
      if (!cherish_database_exec (self, self->backend->klass->begin_write, error))
        {
          /* A BEGIN in more than one statement may have begun. */
          if (self->backend->klass->in_transaction (self->backend))
            self->backend->klass->exec (self->backend, "ROLLBACK");
          return FALSE;
        }
    }
  else
    {
      g_autofree char *sql = NULL;

      savepoint = g_strdup_printf ("cherish_%d", self->transaction_depth);
      sql = g_strdup_printf ("SAVEPOINT %s", savepoint);
      if (!cherish_database_exec (self, sql, error))
        return FALSE;
    }

  self->transaction_depth++;
  ok = func (user_data, &local_error);
  self->transaction_depth--;

  /* A function that says it failed must say why. */
  g_assert (ok || local_error != NULL);

  if (ok && savepoint == NULL && g_hash_table_size (self->pending) > 0)
    {
      GHashTableIter iter;
      gpointer table;

      ok = count_change (self, &local_error);
      g_hash_table_iter_init (&iter, self->pending);
      while (ok && g_hash_table_iter_next (&iter, &table, NULL))
        ok = announce (self, GPOINTER_TO_UINT (table), &local_error);
    }
  if (ok)
    {
      g_autofree char *sql = savepoint != NULL ? g_strdup_printf ("RELEASE %s", savepoint)
                                               : g_strdup ("COMMIT");

      if (cherish_database_exec (self, sql, &local_error))
        {
          if (self->transaction_depth == 0)
            flush_pending (self, TRUE);
          return TRUE;
        }
    }

  if (savepoint != NULL)
    {
      g_autofree char *sql = g_strdup_printf ("ROLLBACK TO %s; RELEASE %s", savepoint, savepoint);

      self->backend->klass->exec (self->backend, sql);
    }
  else
    {
      if (self->backend->klass->in_transaction (self->backend))
        self->backend->klass->exec (self->backend, "ROLLBACK");
      flush_pending (self, FALSE);
    }

  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}
