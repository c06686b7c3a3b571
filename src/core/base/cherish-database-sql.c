/* cherish-database-sql.c — statements and errors, for the stores
 *
 * Part of CherishDatabase (see cherish-database.c): prepared statements
 * cached by their text, the small step-and-check helpers every store
 * uses, and the translation of SQLite's result codes into CHERISH_ERROR
 * messages a shop manager understands.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-database"

#include "config.h"

#include <glib/gi18n.h>

#include "cherish-database-private.h"
#include "cherish-error.h"

/* ------------------------------------------------------------------ */
/* Private API for the stores                                          */
/* ------------------------------------------------------------------ */

void
cherish_database_set_error (CherishDatabase  *self,
                            int               rc,
                            GError          **error)
{
  const char *detail = self->db != NULL ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc);

  switch (rc & 0xff)
    {
    case SQLITE_CORRUPT:
      g_set_error (error, CHERISH_ERROR, CHERISH_ERROR_CORRUPT,
                   _("The database “%s” is damaged. Nothing was changed; restore a backup."),
                   self->path);
      break;

    case SQLITE_NOTADB:
      g_set_error (error, CHERISH_ERROR, CHERISH_ERROR_NOT_A_DATABASE,
                   _("“%s” is not a Cherish database. It was left untouched."), self->path);
      break;

    case SQLITE_READONLY:
    case SQLITE_PERM:
      g_set_error (error, CHERISH_ERROR, CHERISH_ERROR_READ_ONLY,
                   _("The database “%s” cannot be written to. Check that you may write to "
                     "the file and to its folder."), self->path);
      break;

    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, CHERISH_ERROR, CHERISH_ERROR_LOCKED,
                   _("The database “%s” is in use by another program. Close it and try again."),
                   self->path);
      break;

    case SQLITE_FULL:
      g_set_error (error, CHERISH_ERROR, CHERISH_ERROR_IO,
                   _("The disk is full. Nothing was changed; free some space and try again."));
      break;

    case SQLITE_CANTOPEN:
    case SQLITE_IOERR:
      g_set_error (error, CHERISH_ERROR, CHERISH_ERROR_IO,
                   _("The database “%s” could not be read or written (%s)."), self->path, detail);
      break;

    case SQLITE_CONSTRAINT:
      g_set_error (error, CHERISH_ERROR, CHERISH_ERROR_CONFLICT,
                   _("This change conflicts with what is already saved (%s)."), detail);
      break;

    default:
      g_set_error (error, CHERISH_ERROR, CHERISH_ERROR_FAILED,
                   _("The database reported an error: %s"), detail);
      break;
    }
}

sqlite3 *
cherish_database_get_handle (CherishDatabase *self)
{
  g_return_val_if_fail (CHERISH_IS_DATABASE (self), NULL);

  return self->db;
}

/* Returns a cached prepared statement; release it with g_autoptr(CherishStmt). */
sqlite3_stmt *
cherish_database_prepare (CherishDatabase  *self,
                          const char       *sql,
                          GError          **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (CHERISH_IS_DATABASE (self), NULL);

  stmt = g_hash_table_lookup (self->statements, sql);
  if (stmt != NULL)
    return stmt;

  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      cherish_database_set_error (self, rc, error);
      return NULL;
    }

  g_hash_table_insert (self->statements, g_strdup (sql), stmt);
  return stmt;
}

gboolean
cherish_database_exec (CherishDatabase  *self,
                       const char       *sql,
                       GError          **error)
{
  int rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      cherish_database_set_error (self, rc, error);
      return FALSE;
    }
  return TRUE;
}

/* Steps a statement that returns no rows. */
gboolean
cherish_database_step_done (CherishDatabase  *self,
                            sqlite3_stmt     *stmt,
                            GError          **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      cherish_database_set_error (self, rc, error);
      return FALSE;
    }
  return TRUE;
}

/* Runs @sql with ?1 = @id; returns @row_func of the row, or a NOT_FOUND
 * error saying @not_found. */
gpointer
cherish_database_get_by_id (CherishDatabase  *self,
                            const char       *sql,
                            gint64            id,
                            CherishRowFunc    row_func,
                            const char       *not_found,
                            GError          **error)
{
  g_autoptr(CherishStmt) stmt = cherish_database_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return row_func (stmt);

  if (rc == SQLITE_DONE)
    g_set_error_literal (error, CHERISH_ERROR, CHERISH_ERROR_NOT_FOUND, not_found);
  else
    cherish_database_set_error (self, rc, error);
  return NULL;
}

/* Steps a bound statement to its end, one @row_func record per row. */
GPtrArray *
cherish_database_collect (CherishDatabase  *self,
                          sqlite3_stmt     *stmt,
                          CherishRowFunc    row_func,
                          GError          **error)
{
  return cherish_database_collect_within (self, stmt, row_func, 0, NULL, error);
}

static int
give_up_cb (void *user_data)
{
  return 1;
}

/* Like cherish_database_collect(), but gives up after about @steps steps
 * of SQLite's virtual machine (0: never): %NULL, no error, *@gave_up set.
 * For a plan that is fast unless unlucky, tried before a steady one (a
 * search's walk along the list's order, which finds the first page at
 * once unless the matches all come late). */
GPtrArray *
cherish_database_collect_within (CherishDatabase  *self,
                                 sqlite3_stmt     *stmt,
                                 CherishRowFunc    row_func,
                                 int               steps,
                                 gboolean         *gave_up,
                                 GError          **error)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  if (gave_up != NULL)
    *gave_up = FALSE;
  /* SQLite calls the handler each @steps steps counted since the counter
   * was last reset: a statement from the cache has a count already. */
  if (steps > 0)
    {
      sqlite3_stmt_status (stmt, SQLITE_STMTSTATUS_VM_STEP, TRUE);
      sqlite3_progress_handler (self->db, steps, give_up_cb, NULL);
    }
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (records, row_func (stmt));
  if (steps > 0)
    sqlite3_progress_handler (self->db, 0, NULL, NULL);

  if (rc == SQLITE_INTERRUPT && steps > 0)
    {
      sqlite3_reset (stmt);
      *gave_up = TRUE;
      return NULL;
    }
  if (rc != SQLITE_DONE)
    {
      cherish_database_set_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&records);
}

/* Runs an UPDATE or DELETE with ?1 = @id (and ?2 = @text, when not NULL)
 * that must change one row. */
gboolean
cherish_database_change_by_id (CherishDatabase  *self,
                               const char       *sql,
                               gint64            id,
                               const char       *text,
                               const char       *not_found,
                               GError          **error)
{
  g_autoptr(CherishStmt) stmt = cherish_database_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, id);
  if (text != NULL)
    cherish_bind_text (stmt, 2, text);
  if (!cherish_database_step_done (self, stmt, error))
    return FALSE;

  if (sqlite3_changes (self->db) == 0)
    {
      g_set_error_literal (error, CHERISH_ERROR, CHERISH_ERROR_NOT_FOUND, not_found);
      return FALSE;
    }
  return TRUE;
}

/* Steps a bound "SELECT count(*) …"; -1 on error. */
gint64
cherish_database_count (CherishDatabase  *self,
                        sqlite3_stmt     *stmt,
                        GError          **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_ROW)
    {
      cherish_database_set_error (self, rc, error);
      return -1;
    }
  return sqlite3_column_int64 (stmt, 0);
}

/* One integer from "SELECT … WHERE … = ?1"; @if_none when there is no
 * row; -1 on error. */
gint64
cherish_database_int_by_id (CherishDatabase  *self,
                            const char       *sql,
                            gint64            id,
                            gint64            if_none,
                            GError          **error)
{
  g_autoptr(CherishStmt) stmt = cherish_database_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return -1;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return sqlite3_column_int64 (stmt, 0);
  if (rc != SQLITE_DONE)
    {
      cherish_database_set_error (self, rc, error);
      return -1;
    }
  return if_none;
}

/* Runs a statement that returns one integer (a pragma, a count). */
gboolean
cherish_database_query_int (CherishDatabase  *self,
                            const char       *sql,
                            int              *value,
                            GError          **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          *value = sqlite3_column_int (stmt, 0);
          rc = SQLITE_OK;
        }
    }
  else
    rc = sqlite3_extended_errcode (self->db);

  sqlite3_finalize (stmt);

  if (rc != SQLITE_OK)
    {
      cherish_database_set_error (self, rc, error);
      return FALSE;
    }
  return TRUE;
}

