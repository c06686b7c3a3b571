/* cherish-database.c — the one SQLite file that holds the shop
 *
 * Opening is careful: before SQLite writes a single byte, the file is
 * checked to be a Cherish database, undamaged at first sight, writable, not
 * held by another program and not from a newer Cherish. Only then is it put
 * in WAL mode and migrated, one numbered step per transaction. In every
 * refused case the file is left exactly as it was.
 *
 * The numbered steps are the files of src/core/schema/, bundled as a
 * GResource; a released step is never edited, a new one is added.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-database"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "cherish-core-resources.h"
#include "cherish-database-private.h"
#include "cherish-error.h"
#include "cherish-pg-backend.h"
#include "cherish-sqlite-backend.h"

#define DEFAULT_BUSY_TIMEOUT_MS 5000
#define SCHEMA_PATH "/io/github/cherishapp/Cherish/schema"
#define HEADER_SIZE 100


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

static guint32
read_be32 (const guint8 *p)
{
  return ((guint32) p[0] << 24) | ((guint32) p[1] << 16) | ((guint32) p[2] << 8) | p[3];
}

static gboolean
wal_has_content (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  GStatBuf st;

  return g_stat (wal, &st) == 0 && st.st_size > 0;
}

/* Looks at the file with plain reads, before SQLite touches it. */
static gboolean
check_file_header (const char  *path,
                   gboolean    *is_new,
                   GError     **error)
{
  guint8 header[HEADER_SIZE];
  GStatBuf st;
  guint32 page_size, pages, change_counter, valid_for;
  ssize_t n;
  int fd;

  *is_new = FALSE;

  if (g_stat (path, &st) != 0)
    {
      int saved_errno = errno;

      if (saved_errno == ENOENT)
        {
          /* Create it ourselves so that it is private from the first byte. */
          fd = g_open (path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
          if (fd < 0)
            {
              saved_errno = errno;
              g_set_error (error, CHERISH_ERROR,
                           saved_errno == EACCES || saved_errno == EROFS
                             ? CHERISH_ERROR_READ_ONLY : CHERISH_ERROR_IO,
                           _("Cannot create the database “%s”: %s"),
                           path, g_strerror (saved_errno));
              return FALSE;
            }
          close (fd);
          *is_new = TRUE;
          return TRUE;
        }

      g_set_error (error, CHERISH_ERROR, CHERISH_ERROR_IO,
                   _("Cannot open the database “%s”: %s"), path, g_strerror (saved_errno));
      return FALSE;
    }

  if (!S_ISREG (st.st_mode))
    {
      g_set_error (error, CHERISH_ERROR, CHERISH_ERROR_NOT_A_DATABASE,
                   _("“%s” is not a Cherish database: it is not a regular file."), path);
      return FALSE;
    }

  if (st.st_size == 0)
    {
      *is_new = TRUE;
      return TRUE;
    }

  fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    {
      int saved_errno = errno;

      g_set_error (error, CHERISH_ERROR,
                   saved_errno == EACCES ? CHERISH_ERROR_READ_ONLY : CHERISH_ERROR_IO,
                   _("Cannot read the database “%s”: %s"), path, g_strerror (saved_errno));
      return FALSE;
    }
  n = read (fd, header, sizeof header);
  close (fd);

  if (n < (ssize_t) sizeof header || memcmp (header, "SQLite format 3", 16) != 0)
    {
      g_set_error (error, CHERISH_ERROR, CHERISH_ERROR_NOT_A_DATABASE,
                   _("“%s” is not a Cherish database. It was left untouched."), path);
      return FALSE;
    }

  page_size = ((guint32) header[16] << 8) | header[17];
  if (page_size == 1)
    page_size = 65536;
  if (page_size < 512 || (page_size & (page_size - 1)) != 0 ||
      header[21] != 64 || header[22] != 32 || header[23] != 32 ||
      (header[18] != 1 && header[18] != 2) || (header[19] != 1 && header[19] != 2))
    goto corrupt;

  /* The page count in the header is trusted when it was written together
   * with the change counter; a shorter file then means a lost tail. While a
   * WAL holds pages, the main file may legitimately lag behind. */
  pages = read_be32 (header + 28);
  change_counter = read_be32 (header + 24);
  valid_for = read_be32 (header + 92);
  if (pages > 0 && change_counter == valid_for && !wal_has_content (path) &&
      (goffset) pages * page_size > st.st_size)
    goto corrupt;

  if (st.st_size % page_size != 0 && !wal_has_content (path))
    goto corrupt;

  return TRUE;

corrupt:
  g_set_error (error, CHERISH_ERROR, CHERISH_ERROR_CORRUPT,
               _("The database “%s” is damaged. It was left untouched; restore a backup."),
               path);
  return FALSE;
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
/* Opening and migrating                                               */
/* ------------------------------------------------------------------ */

typedef struct
{
  CherishDatabase *self;
  const char      *sql;
  int              version;
} MigrationStep;

static gboolean
run_migration_step (gpointer   user_data,
                    GError   **error)
{
  MigrationStep *step = user_data;
  g_autofree char *set_version = NULL;

  if (!cherish_database_exec (step->self, step->sql, error))
    return FALSE;

  set_version = g_strdup_printf ("PRAGMA application_id = %d; PRAGMA user_version = %d;",
                                 CHERISH_APPLICATION_ID, step->version);
  return cherish_database_exec (step->self, set_version, error);
}

gboolean
cherish_database_migrate (CherishDatabase  *self,
                          int               from,
                          int               to,
                          GError          **error)
{
  g_auto(GStrv) steps = cherish_database_list_steps (SCHEMA_PATH);

  for (int version = from + 1; version <= to; version++)
    {
      g_autofree char *resource = g_strconcat (SCHEMA_PATH "/", steps[version - 1], NULL);
      g_autoptr(GBytes) bytes = NULL;
      g_autofree char *sql = NULL;
      g_autoptr(GError) local_error = NULL;
      MigrationStep step;

      bytes = g_resource_lookup_data (cherish_core_get_resource (), resource,
                                      G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
      g_assert (bytes != NULL);
      sql = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

      step = (MigrationStep) { self, sql, version };
      if (!cherish_database_transaction (self, run_migration_step, &step, &local_error))
        {
          g_propagate_prefixed_error (error, g_steal_pointer (&local_error),
                                      _("Could not update the database to version %d: "),
                                      version);
          return FALSE;
        }
      g_debug ("Migrated %s to schema version %d", self->path, version);
    }

  return TRUE;
}

static gboolean
open_checked (CherishDatabase  *self,
              int               busy_timeout_ms,
              int               target_version,
              GError          **error)
{
  g_autofree char *dir = g_path_get_dirname (self->path);
  int app_id = 0, version = 0, objects = 0;
  gboolean is_new;
  sqlite3 *db = NULL;
  int rc;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, CHERISH_ERROR,
                   saved_errno == EACCES || saved_errno == EROFS
                     ? CHERISH_ERROR_READ_ONLY : CHERISH_ERROR_IO,
                   _("Cannot create the folder “%s”: %s"), dir, g_strerror (saved_errno));
      return FALSE;
    }

  if (!check_file_header (self->path, &is_new, error))
    return FALSE;

  rc = sqlite3_open_v2 (self->path, &db, SQLITE_OPEN_READWRITE, NULL);
  if (db != NULL)
    self->backend = cherish_sqlite_backend_new (db);
  if (rc != SQLITE_OK)
    {
      cherish_database_set_error (self, rc, error);
      return FALSE;
    }
  sqlite3_extended_result_codes (db, 1);
  sqlite3_busy_timeout (db, busy_timeout_ms);

  /* Read-only inspection first: nothing below writes until all is clear. */
  if (!cherish_database_query_int (self, "PRAGMA application_id", &app_id, error) ||
      !cherish_database_query_int (self, "PRAGMA user_version", &version, error) ||
      !cherish_database_query_int (self, "SELECT count(*) FROM sqlite_schema", &objects, error))
    return FALSE;

  if (app_id != CHERISH_APPLICATION_ID && (app_id != 0 || version != 0 || objects != 0))
    {
      g_set_error (error, CHERISH_ERROR, CHERISH_ERROR_NOT_A_DATABASE,
                   _("“%s” is a database of another program, not of Cherish. "
                     "It was left untouched."), self->path);
      return FALSE;
    }

  if (version > cherish_database_get_latest_version ())
    {
      g_set_error (error, CHERISH_ERROR, CHERISH_ERROR_NEWER_SCHEMA,
                   _("The database “%s” was saved by a newer version of Cherish "
                     "(format %d, this version knows up to %d). Update Cherish to open it; "
                     "the file was left untouched."),
                   self->path, version, cherish_database_get_latest_version ());
      return FALSE;
    }

  if (sqlite3_db_readonly (db, "main") == 1)
    {
      cherish_database_set_error (self, SQLITE_READONLY, error);
      return FALSE;
    }

  /* Ask for the write lock once, so that a database held by another program
   * is reported as such rather than as a failed migration. */
  if (!cherish_database_exec (self, "BEGIN IMMEDIATE; ROLLBACK;", error))
    return FALSE;

  {
    sqlite3_stmt *stmt = NULL;
    gboolean wal = FALSE;

    rc = sqlite3_prepare_v2 (db, "PRAGMA journal_mode = WAL", -1, &stmt, NULL);
    if (rc == SQLITE_OK && sqlite3_step (stmt) == SQLITE_ROW)
      wal = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "wal") == 0;
    rc = sqlite3_errcode (db);
    sqlite3_finalize (stmt);
    if (!wal)
      {
        cherish_database_set_error (self, rc != SQLITE_OK && rc != SQLITE_DONE ? rc
                                                                             : SQLITE_CANTOPEN,
                                    error);
        return FALSE;
      }
  }

  if (!cherish_database_exec (self,
                              "PRAGMA synchronous = FULL;"
                              "PRAGMA foreign_keys = ON;"
                              "PRAGMA secure_delete = ON;"
                              "PRAGMA temp_store = MEMORY;"
                              "PRAGMA cache_size = -8000;",
                              error))
    return FALSE;

  if (target_version < 0)
    target_version = cherish_database_get_latest_version ();

  return cherish_database_migrate (self, version, target_version, error);
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
  return cherish_pg_backend_is_uri (location);
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
  if (!open_checked (self, busy_timeout_ms, target_version, error))
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
  return cherish_database_open_full (path, DEFAULT_BUSY_TIMEOUT_MS, -1, error);
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
  sqlite3_busy_timeout (db, DEFAULT_BUSY_TIMEOUT_MS);
  /* A smaller page cache than the main connection's: it reads a page's
   * data once in a while, and the file's pages are in the system's cache. */
  if (!cherish_database_exec (reader, "PRAGMA query_only = ON; PRAGMA temp_store = MEMORY; "
                                      "PRAGMA cache_size = -2000;", error))
    return NULL;
  return g_steal_pointer (&reader);
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
