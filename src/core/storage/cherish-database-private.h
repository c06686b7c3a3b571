/* cherish-database-private.h — what the stores (and only they) may use
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cherish-backend.h"
#include "cherish-database.h"

G_BEGIN_DECLS

/* The instance, shared by cherish-database*.c. */
struct _CherishDatabase
{
  GObject     parent_instance;

  char           *path;          /* the file, or the server's URI */
  char           *label;         /* for messages: the file, or the server without password */
  CherishBackend *backend;
  GSource        *watch;         /* a server's: the other clients' changes */
  guint           retry;         /* while the server is away */
  gboolean        lost;          /* the server cannot be reached */
  GHashTable     *statements;   /* SQL text → CherishStmt */
  int             transaction_depth;
  GHashTable     *pending;      /* tables changed in the open transaction */
};

/* The numbered steps of an SQLite shop's schema, in the core's resources. */
#define SCHEMA_PATH "/io/github/cherishapp/Cherish/schema"

/* How long a write waits for another counter's (or program's) to end
 * before it is refused as busy: a file's busy timeout, a server's
 * lock_timeout. */
#define CHERISH_BUSY_TIMEOUT_MS 5000

/* "CHRS": marks the file as ours in PRAGMA application_id. */
#define CHERISH_APPLICATION_ID 0x43485253

gint64        cherish_database_changes       (CherishDatabase  *self);
gint64        cherish_database_last_insert_id (CherishDatabase *self);
void          cherish_database_emit_changed  (CherishDatabase  *self,
                                              const char       *table);
void          cherish_database_emit_heard    (CherishDatabase  *self,
                                              const char       *table);
void          cherish_database_set_connected (CherishDatabase  *self,
                                              gboolean          connected);
void          cherish_database_server_lost   (CherishDatabase  *self);
gboolean      cherish_database_keeps_photos  (CherishDatabase  *self);
GBytes       *cherish_database_read_photo    (CherishDatabase  *self,
                                              const char       *name,
                                              GError          **error);
gboolean      cherish_database_write_photo   (CherishDatabase  *self,
                                              const char       *name,
                                              GBytes           *bytes,
                                              char            **written,
                                              GError          **error);
gboolean      cherish_database_open_file     (CherishDatabase  *self,
                                              int               busy_timeout_ms,
                                              int               target_version,
                                              GError          **error);
gboolean      cherish_database_open_server   (CherishDatabase  *self,
                                              int               target_version,
                                              gboolean          listen,
                                              GError          **error);
int           cherish_database_server_latest_version (void);
char        **cherish_database_list_steps    (const char       *path);
gboolean      cherish_database_migrate       (CherishDatabase  *self,
                                              int               from,
                                              int               to,
                                              GError          **error);
CherishStmt  *cherish_database_prepare       (CherishDatabase  *self,
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
                                              CherishStmt      *stmt,
                                              GError          **error);
void          cherish_database_set_error     (CherishDatabase  *self,
                                              int               rc,
                                              GError          **error);
/* Many rows of a table written with few statements (on a server, where
 * each is a round trip): "@head VALUES (…), (…)…", each row @width
 * parameters, its columns' being @places (from 1); @bind binds the row
 * at @index of those given past @at, with the @user_data given to
 * cherish_database_insert_rows(). */
#define CHERISH_ROWS_AT_ONCE 128

typedef struct
{
  const char  *head;
  const int   *places;
  guint        n_places;
  guint        width;
  void       (*bind) (CherishStmt *stmt,
                      int          at,
                      guint        index,
                      gpointer     row,
                      gpointer     user_data);
} CherishRowsSql;

char         *cherish_database_rows_sql      (const char       *head,
                                              const int        *places,
                                              guint             n_places,
                                              guint             width,
                                              guint             n_rows);
gboolean      cherish_database_insert_rows   (CherishDatabase      *self,
                                              const CherishRowsSql *sql,
                                              GPtrArray            *rows,
                                              gpointer              user_data,
                                              GError              **error);
gboolean      cherish_database_draw_ids      (CherishDatabase  *self,
                                              const char       *table,
                                              GPtrArray        *records,
                                              GError          **error);
/* Makes a record from the current row of a statement. */
typedef gpointer (*CherishRowFunc) (CherishStmt *stmt);

gpointer      cherish_database_get_by_id     (CherishDatabase  *self,
                                              const char       *sql,
                                              gint64            id,
                                              CherishRowFunc    row_func,
                                              const char       *not_found,
                                              GError          **error);
GPtrArray    *cherish_database_collect       (CherishDatabase  *self,
                                              CherishStmt      *stmt,
                                              CherishRowFunc    row_func,
                                              GError          **error);
GPtrArray    *cherish_database_collect_within (CherishDatabase *self,
                                               CherishStmt     *stmt,
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
                                              CherishStmt      *stmt,
                                              GError          **error);
gint64        cherish_database_get_change_stamp (CherishDatabase  *self,
                                                 GError          **error);
CherishDatabase *cherish_database_open_full  (const char       *path,
                                              int               busy_timeout_ms,
                                              int               target_version,
                                              GError          **error);


/* SQL written once per engine, where they differ, side by side:
 *   static const CherishDialectSql matches = { "… MATCH ?1", "… @@ to_tsquery (…)" };
 *   stmt = cherish_database_prepare (db, cherish_database_sql (db, matches), error);
 * Each store keeps these together, near its top. */
typedef const char *const CherishDialectSql[2];

static inline CherishDialect
cherish_database_get_dialect (CherishDatabase *self)
{
  return self->backend->klass->dialect;
}

static inline const char *
cherish_database_sql (CherishDatabase         *self,
                      const CherishDialectSql  sql)
{
  return sql[self->backend->klass->dialect];
}

/* A cached statement: reset (which ends its read) when it goes out of scope.
 *   g_autoptr(CherishStmt) stmt = cherish_database_prepare (db, SQL, error);
 * Parameters are numbered ?1, ?2… in the SQL; the first column is 0.
 */
static inline void
cherish_stmt_release (CherishStmt *stmt)
{
  stmt->klass->reset (stmt);
  stmt->klass->clear_bindings (stmt);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CherishStmt, cherish_stmt_release)

/* CHERISH_ROW, CHERISH_DONE, or an error (cherish_database_set_error()). */
static inline int
cherish_stmt_step (CherishStmt *stmt)
{
  return stmt->klass->step (stmt);
}

/* Ready to run again, with the same parameters. */
static inline void
cherish_stmt_reset (CherishStmt *stmt)
{
  stmt->klass->reset (stmt);
}

static inline void
cherish_stmt_bind_null (CherishStmt *stmt,
                        int          index)
{
  stmt->klass->bind_null (stmt, index);
}

static inline void
cherish_stmt_bind_int64 (CherishStmt *stmt,
                         int          index,
                         gint64       value)
{
  stmt->klass->bind_int64 (stmt, index, value);
}

static inline void
cherish_stmt_bind_double (CherishStmt *stmt,
                          int          index,
                          double       value)
{
  stmt->klass->bind_double (stmt, index, value);
}

/* @length -1: up to the NUL. */
static inline void
cherish_stmt_bind_text (CherishStmt *stmt,
                        int          index,
                        const char  *text,
                        int          length)
{
  stmt->klass->bind_text (stmt, index, text, length);
}

/* NULL binds SQL NULL. */
static inline void
cherish_bind_text (CherishStmt *stmt,
                   int          index,
                   const char  *text)
{
  if (text != NULL)
    stmt->klass->bind_text (stmt, index, text, -1);
  else
    stmt->klass->bind_null (stmt, index);
}

static inline int
cherish_stmt_column_count (CherishStmt *stmt)
{
  return stmt->klass->column_count (stmt);
}

/* A CherishColumnType. */
static inline int
cherish_stmt_column_type (CherishStmt *stmt,
                          int          index)
{
  return stmt->klass->column_type (stmt, index);
}

static inline gboolean
cherish_stmt_column_is_null (CherishStmt *stmt,
                             int          index)
{
  return stmt->klass->column_type (stmt, index) == CHERISH_COLUMN_NULL;
}

static inline gint64
cherish_stmt_column_int64 (CherishStmt *stmt,
                           int          index)
{
  return stmt->klass->column_int64 (stmt, index);
}

static inline int
cherish_stmt_column_int (CherishStmt *stmt,
                         int          index)
{
  return (int) stmt->klass->column_int64 (stmt, index);
}

static inline double
cherish_stmt_column_double (CherishStmt *stmt,
                            int          index)
{
  return stmt->klass->column_double (stmt, index);
}

/* NULL for SQL NULL; valid until the next step or reset. */
static inline const char *
cherish_column_text (CherishStmt *stmt,
                     int          index)
{
  return stmt->klass->column_text (stmt, index);
}

G_END_DECLS
