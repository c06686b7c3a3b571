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
  const char *detail = self->backend != NULL ? self->backend->klass->errmsg (self->backend)
                                             : _("no connection");

  g_debug ("%s: error %d: %s", self->label, rc, detail);
  if ((rc & 0xff) == CHERISH_IOERR)
    cherish_database_server_lost (self);
  switch (rc & 0xff)
    {
    case CHERISH_CORRUPT:
      g_set_error (error, CHERISH_ERROR, CHERISH_ERROR_CORRUPT,
                   _("The database “%s” is damaged. Nothing was changed; restore a backup."),
                   self->label);
      break;

    case CHERISH_NOTADB:
      g_set_error (error, CHERISH_ERROR, CHERISH_ERROR_NOT_A_DATABASE,
                   _("“%s” is not a Cherish database. It was left untouched."), self->label);
      break;

    case CHERISH_READONLY:
    case CHERISH_PERM:
      g_set_error (error, CHERISH_ERROR, CHERISH_ERROR_READ_ONLY,
                   _("The database “%s” cannot be written to. Check that you may write to "
                     "the file and to its folder."), self->label);
      break;

    case CHERISH_BUSY:
    case CHERISH_LOCKED:
      if (self->backend != NULL && cherish_database_get_dialect (self) == CHERISH_DIALECT_POSTGRESQL)
        g_set_error (error, CHERISH_ERROR, CHERISH_ERROR_LOCKED,
                     _("Another counter is saving to the shop on “%s” (an import takes a while). "
                       "Nothing was changed; try again in a moment."), self->label);
      else
        g_set_error (error, CHERISH_ERROR, CHERISH_ERROR_LOCKED,
                     _("The database “%s” is in use by another program. Close it and try again."),
                     self->label);
      break;

    case CHERISH_FULL:
      g_set_error (error, CHERISH_ERROR, CHERISH_ERROR_IO,
                   _("The disk is full. Nothing was changed; free some space and try again."));
      break;

    case CHERISH_CANTOPEN:
    case CHERISH_IOERR:
      g_set_error (error, CHERISH_ERROR, CHERISH_ERROR_IO,
                   _("The database “%s” could not be read or written (%s)."), self->label, detail);
      break;

    case CHERISH_CONSTRAINT:
      g_set_error (error, CHERISH_ERROR, CHERISH_ERROR_CONFLICT,
                   _("This change conflicts with what is already saved (%s)."), detail);
      break;

    default:
      g_set_error (error, CHERISH_ERROR, CHERISH_ERROR_FAILED,
                   _("The database reported an error: %s"), detail);
      break;
    }
}

/* Rows changed by the last INSERT, UPDATE or DELETE. */
gint64
cherish_database_changes (CherishDatabase *self)
{
  return self->backend->klass->changes (self->backend);
}

/* The id the last INSERT gave its row. */
gint64
cherish_database_last_insert_id (CherishDatabase *self)
{
  return self->backend->klass->last_insert_id (self->backend);
}

/* Returns a cached prepared statement; release it with g_autoptr(CherishStmt). */
CherishStmt *
cherish_database_prepare (CherishDatabase  *self,
                          const char       *sql,
                          GError          **error)
{
  CherishStmt *stmt;
  int rc;

  g_return_val_if_fail (CHERISH_IS_DATABASE (self), NULL);

  stmt = g_hash_table_lookup (self->statements, sql);
  if (stmt != NULL)
    return stmt;

  stmt = self->backend->klass->prepare (self->backend, sql, &rc);
  if (stmt == NULL)
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
  int rc = self->backend->klass->exec (self->backend, sql);

  if (rc != CHERISH_OK)
    {
      cherish_database_set_error (self, rc, error);
      return FALSE;
    }
  return TRUE;
}

/* Steps a statement that returns no rows. */
gboolean
cherish_database_step_done (CherishDatabase  *self,
                            CherishStmt      *stmt,
                            GError          **error)
{
  int rc = cherish_stmt_step (stmt);

  if (rc != CHERISH_DONE && rc != CHERISH_ROW)
    {
      cherish_database_set_error (self, rc, error);
      return FALSE;
    }
  return TRUE;
}

/* "@head VALUES (…), (…)…": @n_rows rows of @width parameters each, a
 * row's columns being its parameters @places (from 1, in the columns'
 * order; %NULL: 1…@width). */
char *
cherish_database_rows_sql (const char *head,
                           const int  *places,
                           guint       n_places,
                           guint       width,
                           guint       n_rows)
{
  GString *sql = g_string_new (head);

  for (guint r = 0; r < n_rows; r++)
    {
      g_string_append (sql, r == 0 ? " VALUES (" : ", (");
      for (guint p = 0; p < n_places; p++)
        g_string_append_printf (sql, "%s?%u", p == 0 ? "" : ", ",
                                r * width + (places != NULL ? (guint) places[p] : p + 1));
      g_string_append_c (sql, ')');
    }
  return g_string_free (sql, FALSE);
}

/* Writes @rows from @from, @n of them, with one statement. */
static gboolean
insert_some_rows (CherishDatabase      *self,
                  const CherishRowsSql *sql,
                  GPtrArray            *rows,
                  guint                 from,
                  guint                 n,
                  gpointer              user_data,
                  GError              **error)
{
  g_autofree char *text = cherish_database_rows_sql (sql->head, sql->places, sql->n_places, sql->width, n);
  g_autoptr(CherishStmt) stmt = cherish_database_prepare (self, text, error);

  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < n; i++)
    sql->bind (stmt, (int) (i * sql->width), from + i, rows->pdata[from + i], user_data);
  return cherish_database_step_done (self, stmt, error);
}

/**
 * cherish_database_insert_rows:
 *
 * Writes @rows (records, their ids set) with as few statements as the
 * server needs: each is a round trip, and fires statement triggers once.
 * Rows go CHERISH_ROWS_AT_ONCE to a statement, the last of them in
 * halves, so that each size is prepared once.
 */
gboolean
cherish_database_insert_rows (CherishDatabase      *self,
                              const CherishRowsSql *sql,
                              GPtrArray            *rows,
                              gpointer              user_data,
                              GError              **error)
{
  guint done = 0;

  for (guint n = CHERISH_ROWS_AT_ONCE; n > 0; n /= 2)
    for (; rows->len - done >= n; done += n)
      if (!insert_some_rows (self, sql, rows, done, n, user_data, error))
        return FALSE;
  return TRUE;
}

/**
 * cherish_database_draw_ids:
 * @table: whose id (a server's identity column) the records will have
 * @records: new records; each is given its id
 *
 * Draws the ids of many new rows of a server's @table at once, for
 * cherish_database_insert_rows().
 */
gboolean
cherish_database_draw_ids (CherishDatabase  *self,
                           const char       *table,
                           GPtrArray        *records,
                           GError          **error)
{
  g_autoptr(CherishStmt) stmt = NULL;

  g_return_val_if_fail (cherish_database_get_dialect (self) == CHERISH_DIALECT_POSTGRESQL, FALSE);

  stmt = cherish_database_prepare (self, "SELECT nextval (pg_get_serial_sequence (?1, 'id')) "
                                         "FROM generate_series (1, ?2)", error);
  if (stmt == NULL)
    return FALSE;
  cherish_bind_text (stmt, 1, table);
  cherish_stmt_bind_int64 (stmt, 2, records->len);
  for (guint i = 0; i < records->len; i++)
    {
      int rc = cherish_stmt_step (stmt);

      if (rc != CHERISH_ROW)
        {
          cherish_database_set_error (self, rc, error);
          return FALSE;
        }
      g_object_set (records->pdata[i], "id", cherish_stmt_column_int64 (stmt, 0), NULL);
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

  cherish_stmt_bind_int64 (stmt, 1, id);
  rc = cherish_stmt_step (stmt);
  if (rc == CHERISH_ROW)
    return row_func (stmt);

  if (rc == CHERISH_DONE)
    g_set_error_literal (error, CHERISH_ERROR, CHERISH_ERROR_NOT_FOUND, not_found);
  else
    cherish_database_set_error (self, rc, error);
  return NULL;
}

/* Steps a bound statement to its end, one @row_func record per row. */
GPtrArray *
cherish_database_collect (CherishDatabase  *self,
                          CherishStmt      *stmt,
                          CherishRowFunc    row_func,
                          GError          **error)
{
  return cherish_database_collect_within (self, stmt, row_func, 0, NULL, error);
}

/* Like cherish_database_collect(), but gives up after about @steps steps
 * of the engine's work (SQLite's virtual machine; 0: never): %NULL, no error, *@gave_up set.
 * For a plan that is fast unless unlucky, tried before a steady one (a
 * search's walk along the list's order, which finds the first page at
 * once unless the matches all come late). */
GPtrArray *
cherish_database_collect_within (CherishDatabase  *self,
                                 CherishStmt      *stmt,
                                 CherishRowFunc    row_func,
                                 int               steps,
                                 gboolean         *gave_up,
                                 GError          **error)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  void (*set_budget) (CherishBackend *, CherishStmt *, int) = self->backend->klass->set_budget;
  int rc;

  if (gave_up != NULL)
    *gave_up = FALSE;
  if (steps > 0 && set_budget != NULL)
    set_budget (self->backend, stmt, steps);
  while ((rc = cherish_stmt_step (stmt)) == CHERISH_ROW)
    g_ptr_array_add (records, row_func (stmt));
  if (steps > 0 && set_budget != NULL)
    set_budget (self->backend, stmt, 0);

  if (rc == CHERISH_INTERRUPT && steps > 0)
    {
      cherish_stmt_reset (stmt);
      *gave_up = TRUE;
      return NULL;
    }
  if (rc != CHERISH_DONE)
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

  cherish_stmt_bind_int64 (stmt, 1, id);
  if (text != NULL)
    cherish_bind_text (stmt, 2, text);
  if (!cherish_database_step_done (self, stmt, error))
    return FALSE;

  if (cherish_database_changes (self) == 0)
    {
      g_set_error_literal (error, CHERISH_ERROR, CHERISH_ERROR_NOT_FOUND, not_found);
      return FALSE;
    }
  return TRUE;
}

/* Steps a bound "SELECT count(*) …"; -1 on error. */
gint64
cherish_database_count (CherishDatabase  *self,
                        CherishStmt      *stmt,
                        GError          **error)
{
  int rc = cherish_stmt_step (stmt);

  if (rc != CHERISH_ROW)
    {
      cherish_database_set_error (self, rc, error);
      return -1;
    }
  return cherish_stmt_column_int64 (stmt, 0);
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
  cherish_stmt_bind_int64 (stmt, 1, id);
  rc = cherish_stmt_step (stmt);
  if (rc == CHERISH_ROW)
    return cherish_stmt_column_int64 (stmt, 0);
  if (rc != CHERISH_DONE)
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
  CherishStmt *stmt;
  int rc;

  stmt = self->backend->klass->prepare (self->backend, sql, &rc);
  if (stmt != NULL)
    {
      rc = cherish_stmt_step (stmt);
      if (rc == CHERISH_ROW)
        {
          *value = cherish_stmt_column_int (stmt, 0);
          rc = CHERISH_OK;
        }
      else if (rc == CHERISH_DONE)
        rc = CHERISH_FAILED;
      stmt->klass->finalize (stmt);
    }

  if (rc != CHERISH_OK)
    {
      cherish_database_set_error (self, rc, error);
      return FALSE;
    }
  return TRUE;
}

