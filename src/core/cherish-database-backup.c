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
#include "cherish-error.h"

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

  backup = sqlite3_backup_init (dest, "main", self->db, "main");
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

  rc = sqlite3_prepare_v2 (self->db, "PRAGMA integrity_check", -1, &stmt, NULL);
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
