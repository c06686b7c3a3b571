/* cherish-backend.h — what a database engine gives CherishDatabase
 *
 * The stores write SQL and read rows through CherishDatabase and
 * CherishStmt; under them one small interface, with an implementation per
 * engine: SQLite (the shop in one file, cherish-sqlite-backend.c) and
 * PostgreSQL (a shop shared by several counters, cherish-pg-backend.c).
 *
 * Results use one vocabulary, SQLite's numbers: CHERISH_ROW and
 * CHERISH_DONE from a step, CHERISH_OK, or an error class that
 * cherish_database_set_error() turns into a message (each engine maps its
 * own errors onto these).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  CHERISH_OK         = 0,
  CHERISH_FAILED     = 1,
  CHERISH_PERM       = 3,
  CHERISH_BUSY       = 5,
  CHERISH_LOCKED     = 6,
  CHERISH_READONLY   = 8,
  CHERISH_INTERRUPT  = 9,
  CHERISH_IOERR      = 10,
  CHERISH_CORRUPT    = 11,
  CHERISH_FULL       = 13,
  CHERISH_CANTOPEN   = 14,
  CHERISH_CONSTRAINT = 19,
  CHERISH_NOTADB     = 26,
  CHERISH_ROW        = 100,
  CHERISH_DONE       = 101,
  /* Which constraint, where an engine says (SQLite's extended codes). */
  CHERISH_CONSTRAINT_PRIMARYKEY = 19 | (6 << 8),
  CHERISH_CONSTRAINT_UNIQUE     = 19 | (8 << 8),
} CherishResult;

/* The kind of a column's value in the current row. */
typedef enum
{
  CHERISH_COLUMN_INTEGER = 1,
  CHERISH_COLUMN_FLOAT   = 2,
  CHERISH_COLUMN_TEXT    = 3,
  CHERISH_COLUMN_BLOB    = 4,
  CHERISH_COLUMN_NULL    = 5,
} CherishColumnType;

/* Whose SQL an engine speaks, for the few statements written twice. */
typedef enum
{
  CHERISH_DIALECT_SQLITE     = 0,
  CHERISH_DIALECT_POSTGRESQL = 1,
} CherishDialect;

typedef struct _CherishBackend      CherishBackend;
typedef struct _CherishBackendClass CherishBackendClass;
typedef struct _CherishStmt         CherishStmt;

struct _CherishBackendClass
{
  const char     *name;              /* "SQLite", "PostgreSQL" */
  CherishDialect  dialect;

  /* The connection */
  void          (*close)          (CherishBackend *self);
  const char   *(*errmsg)         (CherishBackend *self);
  int           (*exec)           (CherishBackend *self,
                                   const char     *sql);
  CherishStmt  *(*prepare)        (CherishBackend *self,
                                   const char     *sql,
                                   int            *rc);
  gint64        (*changes)        (CherishBackend *self);
  gint64        (*last_insert_id) (CherishBackend *self);
  gboolean      (*in_transaction) (CherishBackend *self);
  /* BEGIN for a write: the engine's way to take the write lock at once. */
  const char   *begin_write;
  /* Optional: make @stmt's steps give CHERISH_INTERRUPT after about
   * @steps steps of work (0: no limit again). An engine without it never
   * gives up. */
  void          (*set_budget)     (CherishBackend *self,
                                   CherishStmt    *stmt,
                                   int             steps);

  /* Optional, for a database other programs share live (a server): in a
   * write transaction, tell the others that @table changes (they hear it
   * when it commits); the socket to watch for theirs (-1: none); and the
   * next table another client changed, or %NULL (free it). */
  int           (*announce)       (CherishBackend *self,
                                   const char     *table);
  int           (*watch_fd)       (CherishBackend *self);
  gboolean      (*connected)      (CherishBackend *self);
  char         *(*next_change)    (CherishBackend *self);

  /* Its prepared statements */
  void          (*finalize)       (CherishStmt    *stmt);
  int           (*step)           (CherishStmt    *stmt);
  void          (*reset)          (CherishStmt    *stmt);      /* bindings kept */
  void          (*clear_bindings) (CherishStmt    *stmt);      /* all NULL */
  void          (*bind_null)      (CherishStmt    *stmt,
                                   int             index);
  void          (*bind_int64)     (CherishStmt    *stmt,
                                   int             index,
                                   gint64          value);
  void          (*bind_double)    (CherishStmt    *stmt,
                                   int             index,
                                   double          value);
  void          (*bind_text)      (CherishStmt    *stmt,
                                   int             index,
                                   const char     *text,
                                   int             length);
  int           (*column_count)   (CherishStmt    *stmt);
  int           (*column_type)    (CherishStmt    *stmt,
                                   int             index);
  gint64        (*column_int64)   (CherishStmt    *stmt,
                                   int             index);
  double        (*column_double)  (CherishStmt    *stmt,
                                   int             index);
  const char   *(*column_text)    (CherishStmt    *stmt,
                                   int             index);
};

/* Each engine's connection and statement begin with their class. */
struct _CherishBackend
{
  const CherishBackendClass *klass;
};

struct _CherishStmt
{
  const CherishBackendClass *klass;
};

G_END_DECLS
