/* cherish-database-file.c — the shop in one SQLite file: checked, opened, migrated
 *
 * Part of CherishDatabase (see cherish-database.c). Before SQLite writes a
 * single byte, the file is checked to be a Cherish database, undamaged at
 * first sight, writable, not held by another program and not from a newer
 * Cherish. Only then is it put in WAL mode and migrated, one numbered step
 * of src/core/schema/ per transaction. In every refused case the file is
 * left exactly as it was.
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
#include "cherish-sqlite-backend.h"

#define HEADER_SIZE 100

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

/* Opens @self->path, an SQLite file, checked before SQLite writes a byte,
 * its schema brought up to @target_version (-1: the latest). */
gboolean
cherish_database_open_file (CherishDatabase  *self,
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

  /* A page cache of 4 MB: the indexes a list or a search walks stay in
   * it, and the file's pages are in the system's cache anyway; 8 MB held
   * 7 MB more of the window's memory after scrolling a big shop's list,
   * for no time measured (cherish-bench, turn about). */
  if (!cherish_database_exec (self,
                              "PRAGMA synchronous = FULL;"
                              "PRAGMA foreign_keys = ON;"
                              "PRAGMA secure_delete = ON;"
                              "PRAGMA temp_store = MEMORY;"
                              "PRAGMA cache_size = -4000;",
                              error))
    return FALSE;

  if (target_version < 0)
    target_version = cherish_database_get_latest_version ();

  return cherish_database_migrate (self, version, target_version, error);
}
