/* cherish-sqlite-backend.c — CherishBackend on an SQLite connection
 *
 * A thin layer: SQLite's own result codes and column types are the
 * interface's vocabulary, so each call is passed on as it is. The
 * connection is opened (and checked) by CherishDatabase, which hands it
 * over; closing the backend closes it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-database"

#include "config.h"

#include "cherish-sqlite-backend.h"

typedef struct
{
  CherishBackend  parent;
  sqlite3        *db;
  int             budget;   /* what is left of a budget, in BUDGET_GRAINs */
} SqliteBackend;

typedef struct
{
  CherishStmt   parent;
  sqlite3_stmt *stmt;
} SqliteStmt;

#define DB(backend) (((SqliteBackend *) (backend))->db)
#define STMT(s) (((SqliteStmt *) (s))->stmt)

static void
sqlite_close (CherishBackend *self)
{
  sqlite3_close_v2 (DB (self));
  g_free (self);
}

static const char *
sqlite_errmsg (CherishBackend *self)
{
  return sqlite3_errmsg (DB (self));
}

static int
sqlite_exec (CherishBackend *self,
             const char     *sql)
{
  return sqlite3_exec (DB (self), sql, NULL, NULL, NULL);
}

static CherishStmt *
sqlite_prepare (CherishBackend *self,
                const char     *sql,
                int            *rc);

static gint64
sqlite_changes (CherishBackend *self)
{
  return sqlite3_changes64 (DB (self));
}

static gint64
sqlite_last_insert_id (CherishBackend *self)
{
  return sqlite3_last_insert_rowid (DB (self));
}

static gboolean
sqlite_in_transaction (CherishBackend *self)
{
  return !sqlite3_get_autocommit (DB (self));
}

/* A budget is counted in grains of this many steps. */
#define BUDGET_GRAIN 250

static int
give_up_cb (void *user_data)
{
  SqliteBackend *self = user_data;

  return --self->budget <= 0;
}

/* SQLite calls the handler each BUDGET_GRAIN steps of whichever statement
 * runs, counted on that statement's own counter: the budgeted one's is
 * reset (from the cache, it has a count already), and those a virtual
 * table runs inside it (FTS5 asked about each row of a walk, their
 * counters never reset) are counted too, a grain at a time — a walk that
 * asks the search index row by row used to give up whenever one of those
 * crossed the budget, after 900 steps of its own or 90,000. */
static void
sqlite_set_budget (CherishBackend *self,
                   CherishStmt    *stmt,
                   int             steps)
{
  if (steps > 0)
    {
      sqlite3_stmt_status (STMT (stmt), SQLITE_STMTSTATUS_VM_STEP, TRUE);
      ((SqliteBackend *) self)->budget = MAX (steps / BUDGET_GRAIN, 1);
      sqlite3_progress_handler (DB (self), BUDGET_GRAIN, give_up_cb, self);
    }
  else
    sqlite3_progress_handler (DB (self), 0, NULL, NULL);
}

static void
sqlite_finalize (CherishStmt *stmt)
{
  sqlite3_finalize (STMT (stmt));
  g_free (stmt);
}

static int
sqlite_step (CherishStmt *stmt)
{
  return sqlite3_step (STMT (stmt));
}

static void
sqlite_reset (CherishStmt *stmt)
{
  sqlite3_reset (STMT (stmt));
}

static void
sqlite_clear_bindings (CherishStmt *stmt)
{
  sqlite3_clear_bindings (STMT (stmt));
}

static void
sqlite_bind_null (CherishStmt *stmt,
                  int          index)
{
  sqlite3_bind_null (STMT (stmt), index);
}

static void
sqlite_bind_int64 (CherishStmt *stmt,
                   int          index,
                   gint64       value)
{
  sqlite3_bind_int64 (STMT (stmt), index, value);
}

static void
sqlite_bind_double (CherishStmt *stmt,
                    int          index,
                    double       value)
{
  sqlite3_bind_double (STMT (stmt), index, value);
}

/* @length -1: up to the NUL. The text is copied. */
static void
sqlite_bind_text (CherishStmt *stmt,
                  int          index,
                  const char  *text,
                  int          length)
{
  sqlite3_bind_text (STMT (stmt), index, text, length, SQLITE_TRANSIENT);
}

static int
sqlite_column_count (CherishStmt *stmt)
{
  return sqlite3_column_count (STMT (stmt));
}

static int
sqlite_column_type (CherishStmt *stmt,
                    int          index)
{
  return sqlite3_column_type (STMT (stmt), index);
}

static gint64
sqlite_column_int64 (CherishStmt *stmt,
                     int          index)
{
  return sqlite3_column_int64 (STMT (stmt), index);
}

static double
sqlite_column_double (CherishStmt *stmt,
                      int          index)
{
  return sqlite3_column_double (STMT (stmt), index);
}

static const char *
sqlite_column_text (CherishStmt *stmt,
                    int          index)
{
  return (const char *) sqlite3_column_text (STMT (stmt), index);
}

static const CherishBackendClass sqlite_class = {
  .name = "SQLite",
  .dialect = CHERISH_DIALECT_SQLITE,
  .close = sqlite_close,
  .errmsg = sqlite_errmsg,
  .exec = sqlite_exec,
  .prepare = sqlite_prepare,
  .changes = sqlite_changes,
  .last_insert_id = sqlite_last_insert_id,
  .in_transaction = sqlite_in_transaction,
  .begin_write = "BEGIN IMMEDIATE",
  .set_budget = sqlite_set_budget,
  .finalize = sqlite_finalize,
  .step = sqlite_step,
  .reset = sqlite_reset,
  .clear_bindings = sqlite_clear_bindings,
  .bind_null = sqlite_bind_null,
  .bind_int64 = sqlite_bind_int64,
  .bind_double = sqlite_bind_double,
  .bind_text = sqlite_bind_text,
  .column_count = sqlite_column_count,
  .column_type = sqlite_column_type,
  .column_int64 = sqlite_column_int64,
  .column_double = sqlite_column_double,
  .column_text = sqlite_column_text,
};

static CherishStmt *
sqlite_prepare (CherishBackend *self,
                const char     *sql,
                int            *rc)
{
  sqlite3_stmt *stmt = NULL;
  SqliteStmt *wrapped;

  *rc = sqlite3_prepare_v3 (DB (self), sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (*rc != SQLITE_OK)
    return NULL;
  wrapped = g_new0 (SqliteStmt, 1);
  wrapped->parent.klass = &sqlite_class;
  wrapped->stmt = stmt;
  return &wrapped->parent;
}

/* Sets SQLite up for the process, before its first connection: without
 * the memory statistics Cherish never reads, SQLite takes no global lock
 * for each allocation (importing 100,000 customers: 2.6 → 2.4 s). Called
 * once, from CherishDatabase's class_init. Once SQLite has started
 * (another library's connection), it is left as it is. */
void
cherish_sqlite_configure (void)
{
  sqlite3_config (SQLITE_CONFIG_MEMSTATUS, 0);
}

/* Takes @db over: it is closed with the backend. Its errors say which
 * constraint (extended result codes). */
CherishBackend *
cherish_sqlite_backend_new (sqlite3 *db)
{
  SqliteBackend *self = g_new0 (SqliteBackend, 1);

  sqlite3_extended_result_codes (db, 1);
  self->parent.klass = &sqlite_class;
  self->db = db;
  return &self->parent;
}

/* Returns: (nullable): the SQLite connection, or %NULL when @backend is
 * another engine's */
sqlite3 *
cherish_sqlite_backend_get_handle (CherishBackend *backend)
{
  return backend != NULL && backend->klass == &sqlite_class ? DB (backend) : NULL;
}
