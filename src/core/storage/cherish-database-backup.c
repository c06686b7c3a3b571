/* cherish-database-backup.c — copies and checks of the whole database
 *
 * Part of CherishDatabase (see cherish-database.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-database"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "cherish-database-private.h"
#include "cherish-sqlite-backend.h"
#include "cherish-error.h"

/* Backing up and restoring copy SQLite files: a shop on a server is
 * backed up by the server (pg_dump). */
static gboolean
refuse_on_server (CherishDatabase  *self,
                  GError          **error)
{
  if (cherish_sqlite_backend_get_handle (self->backend) != NULL)
    return TRUE;
  g_set_error (error, CHERISH_ERROR, CHERISH_ERROR_FAILED,
               _("The shop’s data is on the server “%s”: it is backed up there."), self->label);
  return FALSE;
}

/**
 * cherish_database_backup:
 * @destination: the file to write; replaced only once the copy is complete
 * @progress: (nullable): told how far the copy is
 *
 * Copies the live database with SQLite's online backup API, a few pages at
 * a time, so the app may keep writing meanwhile.
 *
 * Returns: %TRUE when @destination holds a complete copy
 */
gboolean
cherish_database_backup (CherishDatabase        *self,
                         const char             *destination,
                         CherishBackupProgress   progress,
                         gpointer                user_data,
                         GCancellable           *cancellable,
                         GError                **error)
{
  g_autofree char *partial = NULL;
  sqlite3 *dest = NULL;
  sqlite3_backup *backup;
  int rc;

  g_return_val_if_fail (CHERISH_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (destination != NULL, FALSE);

  if (!refuse_on_server (self, error))
    return FALSE;
  partial = g_strconcat (destination, ".partial", NULL);
  g_unlink (partial);

  rc = sqlite3_open_v2 (partial, &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
  if (rc != SQLITE_OK)
    {
      g_set_error (error, CHERISH_ERROR, CHERISH_ERROR_IO,
                   _("Cannot write the backup “%s”: %s"), destination, sqlite3_errmsg (dest));
      sqlite3_close (dest);
      return FALSE;
    }

  backup = sqlite3_backup_init (dest, "main", cherish_sqlite_backend_get_handle (self->backend), "main");
  if (backup == NULL)
    {
      g_set_error (error, CHERISH_ERROR, CHERISH_ERROR_IO,
                   _("Cannot write the backup “%s”: %s"), destination, sqlite3_errmsg (dest));
      sqlite3_close (dest);
      g_unlink (partial);
      return FALSE;
    }

  do
    {
      rc = sqlite3_backup_step (backup, 256);
      if (progress != NULL)
        progress (sqlite3_backup_pagecount (backup) - sqlite3_backup_remaining (backup),
                  sqlite3_backup_pagecount (backup), user_data);
      if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
        g_usleep (10 * 1000);
    }
  while ((rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED) &&
         !g_cancellable_is_cancelled (cancellable));

  sqlite3_backup_finish (backup);
  if (rc == SQLITE_DONE)
    rc = sqlite3_exec (dest, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL);
  sqlite3_close (dest);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    {
      g_unlink (partial);
      return FALSE;
    }

  if (rc != SQLITE_OK && rc != SQLITE_DONE)
    {
      g_set_error (error, CHERISH_ERROR, CHERISH_ERROR_IO,
                   _("The backup to “%s” failed: %s"), destination, sqlite3_errstr (rc));
      g_unlink (partial);
      return FALSE;
    }

  if (g_rename (partial, destination) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, CHERISH_ERROR, CHERISH_ERROR_IO,
                   _("Cannot write the backup “%s”: %s"), destination, g_strerror (saved_errno));
      g_unlink (partial);
      return FALSE;
    }

  return TRUE;
}

/**
 * cherish_database_check_integrity:
 * @problems: (out) (optional): what SQLite found, one problem per line
 *
 * Runs `PRAGMA integrity_check` over the whole file.
 *
 * Returns: %TRUE if the database is sound; %FALSE with @problems set if
 *   not, or with @error set if the check itself could not run
 */
gboolean
cherish_database_check_integrity (CherishDatabase  *self,
                                  char            **problems,
                                  GError          **error)
{
  g_autoptr(GString) report = g_string_new (NULL);
  sqlite3_stmt *stmt = NULL;
  gboolean ok = TRUE;
  int rc;

  g_return_val_if_fail (CHERISH_IS_DATABASE (self), FALSE);

  /* A server checks its own pages (data_checksums, amcheck). */
  if (cherish_sqlite_backend_get_handle (self->backend) == NULL)
    return TRUE;
  rc = sqlite3_prepare_v2 (cherish_sqlite_backend_get_handle (self->backend), "PRAGMA integrity_check", -1,
                           &stmt, NULL);
  while (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *line = (const char *) sqlite3_column_text (stmt, 0);

      rc = SQLITE_OK;
      if (g_strcmp0 (line, "ok") != 0)
        ok = FALSE;
      g_string_append_printf (report, "%s%s", report->len ? "\n" : "", line);
    }
  sqlite3_finalize (stmt);

  if (rc != SQLITE_DONE)
    {
      if ((rc & 0xff) == SQLITE_CORRUPT || (rc & 0xff) == SQLITE_NOTADB)
        {
          if (problems != NULL)
            *problems = g_strdup (sqlite3_errstr (rc));
          return FALSE;
        }
      cherish_database_set_error (self, rc, error);
      return FALSE;
    }

  if (problems != NULL)
    *problems = ok ? NULL : g_string_free (g_steal_pointer (&report), FALSE);

  return ok;
}

/* One integer from @db, or -1 when the file is not a database at all. */
static int
int_of (sqlite3    *db,
        const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  int value = -1;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK && sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

/* Whether @source is a sound Cherish database this version can read. */
static gboolean
check_backup (sqlite3     *source,
              const char  *path,
              int         *version,
              GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  gboolean sound = FALSE;

  if (int_of (source, "PRAGMA application_id") != CHERISH_APPLICATION_ID)
    {
      g_set_error (error, CHERISH_ERROR, CHERISH_ERROR_NOT_A_DATABASE,
                   _("“%s” is not a Cherish backup. Nothing was changed."), path);
      return FALSE;
    }
  *version = int_of (source, "PRAGMA user_version");
  if (*version > cherish_database_get_latest_version ())
    {
      g_set_error (error, CHERISH_ERROR, CHERISH_ERROR_NEWER_SCHEMA,
                   _("“%s” was saved by a newer version of Cherish (format %d, this version knows up "
                     "to %d). Nothing was changed."), path, *version, cherish_database_get_latest_version ());
      return FALSE;
    }
  if (sqlite3_prepare_v2 (source, "PRAGMA integrity_check", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    sound = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") == 0;
  sqlite3_finalize (stmt);
  if (!sound)
    {
      g_set_error (error, CHERISH_ERROR, CHERISH_ERROR_CORRUPT,
                   _("“%s” is damaged. Nothing was changed."), path);
      return FALSE;
    }
  return TRUE;
}

/**
 * cherish_database_restore:
 * @source: a backup (any file, checked first)
 * @keep_current_as: (nullable): where to keep a copy of the data being
 *   replaced
 *
 * Replaces everything with the backup in @source: only once the file is
 * known to be a sound Cherish database of this version or an older one
 * (then brought up to date), and once the current data is kept. On error
 * nothing was changed. Every table is announced as changed.
 *
 * Returns: %TRUE when the backup's data is the shop's data
 */
gboolean
cherish_database_restore (CherishDatabase  *self,
                          const char       *source,
                          const char       *keep_current_as,
                          GError          **error)
{
  sqlite3 *from = NULL;
  sqlite3_backup *copy;
  sqlite3_stmt *tables = NULL;
  int version = 0, rc;

  g_return_val_if_fail (CHERISH_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (self->transaction_depth == 0, FALSE);

  if (!refuse_on_server (self, error))
    return FALSE;

  rc = sqlite3_open_v2 (source, &from, SQLITE_OPEN_READONLY, NULL);
  if (rc != SQLITE_OK)
    {
      g_set_error (error, CHERISH_ERROR, CHERISH_ERROR_IO, _("Cannot read “%s”: %s. Nothing was changed."),
                   source, sqlite3_errmsg (from));
      sqlite3_close (from);
      return FALSE;
    }
  if (!check_backup (from, source, &version, error) ||
      (keep_current_as != NULL && !cherish_database_backup (self, keep_current_as, NULL, NULL, NULL, error)))
    {
      sqlite3_close (from);
      return FALSE;
    }

  copy = sqlite3_backup_init (cherish_sqlite_backend_get_handle (self->backend), "main", from, "main");
  rc = copy != NULL ? sqlite3_backup_step (copy, -1) : sqlite3_errcode (cherish_sqlite_backend_get_handle (self->backend));
  if (copy != NULL)
    sqlite3_backup_finish (copy);
  sqlite3_close (from);
  if (rc != SQLITE_DONE)
    {
      g_set_error (error, CHERISH_ERROR, CHERISH_ERROR_IO, _("Could not restore “%s”: %s"), source,
                   sqlite3_errstr (rc));
      return FALSE;
    }
  if (!cherish_database_migrate (self, version, cherish_database_get_latest_version (), error))
    return FALSE;

  /* Everything changed. */
  if (sqlite3_prepare_v2 (cherish_sqlite_backend_get_handle (self->backend), "SELECT name FROM sqlite_schema WHERE type = 'table'", -1, &tables,
                          NULL) == SQLITE_OK)
    {
      g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

      while (sqlite3_step (tables) == SQLITE_ROW)
        g_ptr_array_add (names, g_strdup ((const char *) sqlite3_column_text (tables, 0)));
      sqlite3_finalize (tables);
      for (guint i = 0; i < names->len; i++)
        cherish_database_emit_changed (self, names->pdata[i]);
    }
  return TRUE;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char **) a, *(const char **) b);
}

/**
 * cherish_database_backup_daily:
 * @folder: where the daily backups are kept (made if missing)
 * @today: the shop's day
 * @keep: how many daily backups to keep, the newest
 * @made: (out) (optional): whether this call made today's backup (%FALSE
 *   when it was there already: another run did it today)
 *
 * Backs up once a day into `cherish-YYYY-MM-DD.db` and removes the
 * daily backups beyond the newest @keep (other files are left alone).
 *
 * Returns: %FALSE with @error set if the backup could not be written
 */
gboolean
cherish_database_backup_daily (CherishDatabase  *self,
                               const char       *folder,
                               const GDate      *today,
                               guint             keep,
                               gboolean         *made,
                               GError          **error)
{
  g_autoptr(GPtrArray) daily = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPatternSpec) pattern = g_pattern_spec_new ("cherish-\?\?\?\?-\?\?-\?\?.db");
  g_autoptr(GDir) dir = NULL;
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;
  const char *entry;

  g_return_val_if_fail (CHERISH_IS_DATABASE (self), FALSE);

  /* The server keeps its own backups; the day's care still runs. */
  if (cherish_sqlite_backend_get_handle (self->backend) == NULL)
    {
      if (made != NULL)
        *made = TRUE;
      return TRUE;
    }
  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, CHERISH_ERROR, CHERISH_ERROR_IO, _("Cannot create the folder “%s”: %s"), folder,
                   g_strerror (saved_errno));
      return FALSE;
    }
  name = g_strdup_printf ("cherish-%04d-%02d-%02d.db", g_date_get_year (today), g_date_get_month (today),
                          g_date_get_day (today));
  path = g_build_filename (folder, name, NULL);
  if (made != NULL)
    *made = FALSE;
  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      if (!cherish_database_backup (self, path, NULL, NULL, NULL, error))
        return FALSE;
      if (made != NULL)
        *made = TRUE;
    }

  dir = g_dir_open (folder, 0, NULL);
  while (dir != NULL && (entry = g_dir_read_name (dir)) != NULL)
    if (g_pattern_spec_match_string (pattern, entry))
      g_ptr_array_add (daily, g_strdup (entry));
  g_ptr_array_sort (daily, compare_names);
  for (guint i = 0; i + keep < daily->len; i++)
    {
      g_autofree char *old = g_build_filename (folder, daily->pdata[i], NULL);

      g_unlink (old);
    }
  return TRUE;
}

/**
 * cherish_database_get_backups_folder:
 *
 * Returns: (transfer full): where the daily backups and the data kept
 *   before a restore go: "backups" next to the database
 */
char *
cherish_database_get_backups_folder (CherishDatabase *self)
{
  g_autofree char *dir = NULL;

  g_return_val_if_fail (CHERISH_IS_DATABASE (self), NULL);

  dir = cherish_database_get_folder (self);
  return g_build_filename (dir, "backups", NULL);
}

/**
 * cherish_database_get_folder:
 *
 * Returns: (transfer full): the folder of the shop's files beside the
 *   data (photos, backups): the database file's own; for a shop on a
 *   server, one of this computer's data folder named after the server
 */
char *
cherish_database_get_folder (CherishDatabase *self)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (CHERISH_IS_DATABASE (self), NULL);

  if (cherish_sqlite_backend_get_handle (self->backend) != NULL || self->backend == NULL)
    return g_path_get_dirname (self->path);
  name = g_compute_checksum_for_string (G_CHECKSUM_SHA256, self->label, -1);
  return g_build_filename (g_get_user_data_dir (), "cherish", "servers", name, NULL);
}
