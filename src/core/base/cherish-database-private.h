/* cherish-database-private.h — what the stores (and only they) may use
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <sqlite3.h>

#include "cherish-database.h"

G_BEGIN_DECLS

/* The instance, shared by cherish-database*.c. */
struct _CherishDatabase
{
  GObject     parent_instance;

  char       *path;
  sqlite3    *db;
  GHashTable *statements;   /* SQL text → sqlite3_stmt */
  int         transaction_depth;
  GHashTable *pending;      /* tables changed in the open transaction */
};

/* "CHRS": marks the file as ours in PRAGMA application_id. */
#define CHERISH_APPLICATION_ID 0x43485253

sqlite3      *cherish_database_get_handle    (CherishDatabase  *self);
void          cherish_database_emit_changed  (CherishDatabase  *self,
                                              const char       *table);
gboolean      cherish_database_migrate       (CherishDatabase  *self,
                                              int               from,
                                              int               to,
                                              GError          **error);
sqlite3_stmt *cherish_database_prepare       (CherishDatabase  *self,
                                              const char       *sql,
                                              GError          **error);
gboolean      cherish_database_query_int     (CherishDatabase  *self,
                                              const char       *sql,
                                              int              *value,
                                              GError          **error);
gboolean      cherish_database_exec          (CherishDatabase  *self,
                                              const char       *sql,
                                              GError          **error);
gboolean      cherish_database_step_done     (CherishDatabase  *self,
                                              sqlite3_stmt     *stmt,
                                              GError          **error);
void          cherish_database_set_error     (CherishDatabase  *self,
                                              int               rc,
                                              GError          **error);
/* Makes a record from the current row of a statement. */
typedef gpointer (*CherishRowFunc) (sqlite3_stmt *stmt);

gpointer      cherish_database_get_by_id     (CherishDatabase  *self,
                                              const char       *sql,
                                              gint64            id,
                                              CherishRowFunc    row_func,
                                              const char       *not_found,
                                              GError          **error);
GPtrArray    *cherish_database_collect       (CherishDatabase  *self,
                                              sqlite3_stmt     *stmt,
                                              CherishRowFunc    row_func,
                                              GError          **error);
GPtrArray    *cherish_database_collect_within (CherishDatabase *self,
                                               sqlite3_stmt    *stmt,
                                               CherishRowFunc   row_func,
                                               int              steps,
                                               gboolean        *gave_up,
                                               GError         **error);
gboolean      cherish_database_change_by_id  (CherishDatabase  *self,
                                              const char       *sql,
                                              gint64            id,
                                              const char       *text,
                                              const char       *not_found,
                                              GError          **error);
gint64        cherish_database_int_by_id     (CherishDatabase  *self,
                                              const char       *sql,
                                              gint64            id,
                                              gint64            if_none,
                                              GError          **error);
gint64        cherish_database_count         (CherishDatabase  *self,
                                              sqlite3_stmt     *stmt,
                                              GError          **error);
CherishDatabase *cherish_database_open_full  (const char       *path,
                                              int               busy_timeout_ms,
                                              int               target_version,
                                              GError          **error);


/* A cached statement: reset (which ends its read) when it goes out of scope.
 *   g_autoptr(CherishStmt) stmt = cherish_database_prepare (db, SQL, error);
 */
typedef sqlite3_stmt CherishStmt;

static inline void
cherish_stmt_release (CherishStmt *stmt)
{
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CherishStmt, cherish_stmt_release)

/* NULL binds SQL NULL. */
static inline void
cherish_bind_text (sqlite3_stmt *stmt,
                   int           index,
                   const char   *text)
{
  if (text != NULL)
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, index);
}

static inline const char *
cherish_column_text (sqlite3_stmt *stmt,
                     int           index)
{
  return (const char *) sqlite3_column_text (stmt, index);
}

G_END_DECLS
