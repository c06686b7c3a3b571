/* cherish-pg-backend.c — CherishBackend on a PostgreSQL connection (libpq)
 *
 * The stores' SQL numbers its parameters ?1, ?2… (SQLite's way): each
 * statement is rewritten once, when prepared, to PostgreSQL's $1, $2…
 * (a bare ? takes the number after the largest so far, as in SQLite),
 * outside quotes and comments. Nothing else of the SQL is touched: where
 * the two dialects differ, the store holds both texts, side by side.
 *
 * A statement is prepared on the server (PQprepare) and run with its
 * parameters as text when first stepped; its rows come back together and
 * are handed out one per step. Values read back are text too: integers
 * and booleans ('t', 'f') are parsed on demand.
 *
 * Errors keep the server's message; their SQLSTATE class gives the
 * interface's code (23: a constraint; 40001, 40P01, 55P03: busy; 08 or a
 * broken connection: input/output; 53100: disk full; 42501, 25006: read
 * only; 57014: interrupted).
 *
 * A write transaction holds one lock of the whole shop (an advisory lock)
 * until it ends: writers queue as they do on an SQLite file, so that what
 * a store checked before writing (a balance, a stock, a reminder not yet
 * claimed) still holds when it writes. Readers are never held up.
 *
 * Other clients hear of a change through NOTIFY on the channel "cherish"
 * (its payload is the table), sent inside the writing transaction, so
 * that it arrives when — and only if — the transaction commits.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-database"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "cherish-libpq.h"
#include "cherish-pg-backend.h"
#include "cherish-pg-dialect.h"
#include "cherish-server-address.h"

#define CHANNEL "cherish"

/* Type OIDs of the built-in types read back as numbers. */
#define BOOLOID    16
#define INT8OID    20
#define INT2OID    21
#define INT4OID    23
#define FLOAT4OID  700
#define FLOAT8OID  701
#define NUMERICOID 1700
#define TEXTOID    25

typedef struct
{
  CherishBackend  parent;
  PGconn         *conn;
  char           *message;     /* the last error */
  gint64          changes;
  guint           next_name;
  gboolean        listen;
  guint           session;     /* counts the connections made: statements
                                * prepared in an earlier one are again */
  gint64          tried_at;    /* the last reconnection tried (monotonic µs) */
  gboolean        connecting;  /* a reconnection is under way (PQresetStart) */
  int             busy_ms;     /* lock_timeout, set again on reconnecting; 0: none */
} PgBackend;

typedef struct
{
  CherishStmt  parent;
  PgBackend   *backend;
  char        *name;
  int          n_params;
  char       **values;          /* n_params; NULL: SQL NULL */
  PGresult    *result;          /* once run */
  int          row;             /* the current row; -1 before the first */
  char        *text;            /* as prepared, to prepare again */
  Oid         *types;
  guint        session;         /* the connection it was prepared on */
  int          budget_ms;       /* the time it may take before giving up; 0: any */
  guint        runs;            /* how often it ran on this connection */
} PgStmt;

/* What a budgeted statement's first run on a connection may take beyond
 * its budget (see pg_set_budget()). */
#define FIRST_RUN_MS 16

#define PG(backend) ((PgBackend *) (backend))
#define PG_STMT(stmt) ((PgStmt *) (stmt))

static const CherishBackendClass pg_class;

/* ------------------------------------------------------------------ */
/* Errors                                                              */
/* ------------------------------------------------------------------ */

static void
set_message (PgBackend  *self,
             const char *message)
{
  g_free (self->message);
  self->message = cherish_pg_tidy_message (message);
}

/* Takes @result; CHERISH_OK, or an error with its message kept. */
static int
check_result (PgBackend *self,
              PGresult  *result)
{
  ExecStatusType status = result != NULL ? PQresultStatus (result) : PGRES_FATAL_ERROR;
  int rc;

  if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK)
    {
      const char *tuples = PQcmdTuples (result);

      self->changes = *tuples != '\0' ? g_ascii_strtoll (tuples, NULL, 10) : 0;
      return CHERISH_OK;
    }

  if (result != NULL && PQresultErrorField (result, PG_DIAG_MESSAGE_PRIMARY) != NULL)
    {
      const char *detail = PQresultErrorField (result, PG_DIAG_MESSAGE_DETAIL);
      g_autofree char *message = g_strdup_printf ("%s%s%s",
                                                  PQresultErrorField (result, PG_DIAG_MESSAGE_PRIMARY),
                                                  detail != NULL ? " — " : "",
                                                  detail != NULL ? detail : "");

      set_message (self, message);
    }
  else
    set_message (self, PQerrorMessage (self->conn));

  rc = PQstatus (self->conn) == CONNECTION_BAD
         ? CHERISH_IOERR
         : cherish_pg_code_of_state (result != NULL ? PQresultErrorField (result, PG_DIAG_SQLSTATE) : NULL,
                          result != NULL ? PQresultErrorField (result, PG_DIAG_CONSTRAINT_NAME) : NULL);
  return rc;
}

/* ------------------------------------------------------------------ */
/* The connection                                                      */
/* ------------------------------------------------------------------ */

static void
pg_close (CherishBackend *backend)
{
  PgBackend *self = PG (backend);

  PQfinish (self->conn);
  g_free (self->message);
  g_free (self);
}

static const char *
pg_errmsg (CherishBackend *backend)
{
  return PG (backend)->message != NULL ? PG (backend)->message : "not an error";
}

#define RETRY_AFTER_US (2 * G_USEC_PER_SEC)

static int pg_exec (CherishBackend *backend,
                    const char     *sql);

/* The session's lock_timeout: busy_ms. */
static int
set_lock_timeout (PgBackend *self)
{
  g_autofree char *sql = g_strdup_printf ("SET lock_timeout = %d", self->busy_ms);

  return pg_exec (&self->parent, sql);
}

/* What every connection starts with; the shop's own (the one that
 * listens, and writes) can read the last id, which a temporary function
 * costs the server some 10 ms to make: not for a page's reader. */
static int
set_up_session (PgBackend *self)
{
  int rc;

  rc = pg_exec (&self->parent, "SET client_min_messages = warning");
  if (rc == CHERISH_OK && self->busy_ms > 0)
    rc = set_lock_timeout (self);
  if (rc == CHERISH_OK && self->listen)
    rc = pg_exec (&self->parent,
                  "CREATE FUNCTION pg_temp.cherish_last_id () RETURNS bigint LANGUAGE plpgsql AS "
                  "$$ BEGIN RETURN lastval (); "
                  "EXCEPTION WHEN object_not_in_prerequisite_state THEN RETURN 0; END $$;"
                  "LISTEN " CHANNEL);
  return rc;
}

/* Takes the reconnection one step further, waiting at most
 * STEP_WAIT_MS for the socket at each step: a server that answers is
 * connected to in one call; one that does not (a cut or black-holed
 * network) holds the caller — the window — no longer than that, and the
 * next call goes on from where this one stopped. */
#define STEP_WAIT_MS 100

static PostgresPollingStatusType
reset_steps (PgBackend *self)
{
  PostgresPollingStatusType status = PGRES_POLLING_WRITING;

  for (guint step = 0; step < 16; step++)
    {
      GPollFD fd = { PQsocket (self->conn), 0, 0 };

      status = PQresetPoll (self->conn);
      if (status != PGRES_POLLING_READING && status != PGRES_POLLING_WRITING)
        return status;
      if (fd.fd < 0)
        return PGRES_POLLING_FAILED;
      fd.events = status == PGRES_POLLING_READING ? G_IO_IN : G_IO_OUT;
      if (g_poll (&fd, 1, STEP_WAIT_MS) <= 0)
        return status;   /* not yet: the next call goes on */
    }
  return status;
}

/* The server went away (a restart, a cut network): connects again, at
 * most once every two seconds, so that a page asking while it is down is
 * told at once rather than held for the connection's time-out. What was
 * being written when it went is lost with its transaction, as it would
 * be with the server's; statements are prepared again as they are used. */
static gboolean
ensure_connected (PgBackend *self)
{
  PostgresPollingStatusType status;
  gint64 now;

  if (!self->connecting && PQstatus (self->conn) == CONNECTION_OK)
    return TRUE;
  if (!self->connecting)
    {
      now = g_get_monotonic_time ();
      if (self->tried_at != 0 && now - self->tried_at < RETRY_AFTER_US)
        return FALSE;
      self->tried_at = now;
      if (!PQresetStart (self->conn))
        {
          set_message (self, PQerrorMessage (self->conn));
          return FALSE;
        }
      self->connecting = TRUE;
    }
  status = reset_steps (self);
  if (status == PGRES_POLLING_READING || status == PGRES_POLLING_WRITING)
    {
      set_message (self, _("Connecting to the server again…"));
      return FALSE;
    }
  self->connecting = FALSE;
  if (status != PGRES_POLLING_OK || PQstatus (self->conn) != CONNECTION_OK)
    {
      set_message (self, PQerrorMessage (self->conn));
      return FALSE;
    }
  self->session++;
  self->tried_at = 0;
  g_debug ("Connected to the server again");
  return set_up_session (self) == CHERISH_OK;
}

static int
pg_exec (CherishBackend *backend,
         const char     *sql)
{
  PgBackend *self = PG (backend);
  PGresult *result;
  int rc;

  if (!ensure_connected (self))
    return CHERISH_IOERR;
  result = PQexec (self->conn, sql);
  rc = check_result (self, result);

  PQclear (result);
  return rc;
}

/* Prepares @stmt on the current connection. */
static int
prepare_on_server (PgStmt *stmt)
{
  PgBackend *self = stmt->backend;
  PGresult *result;
  int rc;

  if (!ensure_connected (self))
    return CHERISH_IOERR;
  result = PQprepare (self->conn, stmt->name, stmt->text, stmt->n_params, stmt->types);
  rc = check_result (self, result);
  PQclear (result);
  if (rc == CHERISH_OK)
    {
      stmt->session = self->session;
      stmt->runs = 0;
    }
  return rc;
}

static void
free_stmt (PgStmt *stmt)
{
  g_clear_pointer (&stmt->result, PQclear);
  for (int i = 0; i < stmt->n_params; i++)
    g_free (stmt->values[i]);
  g_free (stmt->values);
  g_free (stmt->name);
  g_free (stmt->text);
  g_free (stmt->types);
  g_free (stmt);
}

static CherishStmt *
pg_prepare (CherishBackend *backend,
            const char     *sql,
            int            *rc)
{
  PgBackend *self = PG (backend);
  g_autofree char *text = NULL;
  g_autofree Oid *types = NULL;
  g_autoptr(GArray) used = NULL;
  PgStmt *stmt;
  int n_params;

  text = cherish_pg_rewrite_placeholders (sql, &n_params, &used);
  /* The server infers each parameter's type from its place; one the text
   * does not name has none: text. */
  types = g_new0 (Oid, MAX (n_params, 1));
  for (int i = 0; i < n_params; i++)
    types[i] = g_array_index (used, gboolean, i) ? 0 : TEXTOID;
  stmt = g_new0 (PgStmt, 1);
  stmt->parent.klass = &pg_class;
  stmt->backend = self;
  stmt->name = g_strdup_printf ("cherish_%u", ++self->next_name);
  stmt->n_params = n_params;
  stmt->values = g_new0 (char *, MAX (n_params, 1));
  stmt->row = -1;
  stmt->text = g_steal_pointer (&text);
  stmt->types = g_steal_pointer (&types);

  *rc = prepare_on_server (stmt);
  if (*rc != CHERISH_OK)
    {
      g_debug ("Could not prepare %s: %s", stmt->text, self->message);
      free_stmt (stmt);
      return NULL;
    }
  return &stmt->parent;
}

static gint64
pg_changes (CherishBackend *backend)
{
  return PG (backend)->changes;
}

/* The id the last INSERT took from its table's sequence (the session's
 * lastval(), read without failing — and so without spoiling the
 * transaction — before any). */
static gint64
pg_last_insert_id (CherishBackend *backend)
{
  PgBackend *self = PG (backend);
  PGresult *result = PQexec (self->conn, "SELECT pg_temp.cherish_last_id ()");
  gint64 id = 0;

  if (PQresultStatus (result) == PGRES_TUPLES_OK && PQntuples (result) == 1)
    id = g_ascii_strtoll (PQgetvalue (result, 0, 0), NULL, 10);
  else
    g_warning ("Could not read the new row's id: %s", PQerrorMessage (self->conn));
  PQclear (result);
  return id;
}

static gboolean
pg_in_transaction (CherishBackend *backend)
{
  PGTransactionStatusType status = PQtransactionStatus (PG (backend)->conn);

  return status == PQTRANS_INTRANS || status == PQTRANS_INERROR || status == PQTRANS_ACTIVE;
}

static int
pg_announce (CherishBackend *backend,
             const char     *table)
{
  PgBackend *self = PG (backend);
  const char *values[] = { CHANNEL, table };
  PGresult *result = PQexecParams (self->conn, "SELECT pg_notify ($1, $2)", 2, NULL,
                                   values, NULL, NULL, 0);
  int rc = check_result (self, result);

  PQclear (result);
  return rc;
}

/* Whether the connection is up, connecting again if it went away (at
 * most every two seconds). */
static gboolean
pg_connected (CherishBackend *backend)
{
  return ensure_connected (PG (backend));
}

static int
pg_watch_fd (CherishBackend *backend)
{
  return PQsocket (PG (backend)->conn);
}

static char *
pg_next_change (CherishBackend *backend)
{
  PgBackend *self = PG (backend);
  PGnotify *notify;

  PQconsumeInput (self->conn);
  while ((notify = PQnotifies (self->conn)) != NULL)
    {
      char *table = NULL;

      /* Our own changes were announced here already. */
      if (notify->be_pid != PQbackendPID (self->conn) && g_str_equal (notify->relname, CHANNEL))
        table = g_strdup (notify->extra);
      PQfreemem (notify);
      if (table != NULL)
        return table;
    }
  return NULL;
}

/* ------------------------------------------------------------------ */
/* Statements                                                          */
/* ------------------------------------------------------------------ */

static void
clear_result (PgStmt *stmt)
{
  g_clear_pointer (&stmt->result, PQclear);
  stmt->row = -1;
}

static void
pg_finalize (CherishStmt *base)
{
  PgStmt *stmt = PG_STMT (base);
  g_autofree char *sql = g_strdup_printf ("DEALLOCATE %s", stmt->name);

  if (PQstatus (stmt->backend->conn) == CONNECTION_OK && stmt->session == stmt->backend->session)
    PQclear (PQexec (stmt->backend->conn, sql));
  free_stmt (stmt);
}

static int
pg_step (CherishStmt *base)
{
  PgStmt *stmt = PG_STMT (base);

  /* Stepped again once done, it runs again (as SQLite's). */
  if (stmt->result != NULL && stmt->row >= PQntuples (stmt->result))
    clear_result (stmt);
  if (stmt->result == NULL)
    {
      PGresult *result;
      int rc = ensure_connected (stmt->backend) ? CHERISH_OK : CHERISH_IOERR;
      gboolean budgeted;

      if (rc == CHERISH_OK && stmt->session != stmt->backend->session)
        rc = prepare_on_server (stmt);
      if (rc != CHERISH_OK)
        return rc;
      /* A budget is a time limit, outside a transaction only (a statement
       * cancelled inside one would end it). */
      budgeted = stmt->budget_ms > 0 && PQtransactionStatus (stmt->backend->conn) == PQTRANS_IDLE;
      if (budgeted)
        {
          g_autofree char *limit = g_strdup_printf ("SET statement_timeout = %d",
                                                    stmt->budget_ms + (stmt->runs == 0 ? FIRST_RUN_MS : 0));

          PQclear (PQexec (stmt->backend->conn, limit));
        }
      result = PQexecPrepared (stmt->backend->conn, stmt->name, stmt->n_params,
                               (const char * const *) stmt->values, NULL, NULL, 0);
      if (budgeted)
        PQclear (PQexec (stmt->backend->conn, "RESET statement_timeout"));
      stmt->runs++;
      rc = check_result (stmt->backend, result);
      if (rc != CHERISH_OK)
        {
          PQclear (result);
          return rc;
        }
      stmt->result = result;
    }

  stmt->row++;
  return stmt->row < PQntuples (stmt->result) ? CHERISH_ROW : CHERISH_DONE;
}

/* A budget of steps of SQLite's machine as the server's time, 2 ms at
 * least: 8 ms for a walk's 100,000 steps. The server plans the statement
 * within that time, and its walks read a row in about 3 µs where SQLite
 * reads one in less than 1: at 5 ms, "s" by name (1,463 rows to its
 * 50th match, 4.3 ms) gave up and was sorted (10 ms) every time. At 8,
 * turn about at 100,000 on a local server (PostgreSQL 15), search p95
 * 19–23 → 12 ms, typed 18–21 → 11–14, by last visit 27–29 → 11.
 *
 * A statement's first run on a connection is planned with the server's
 * caches of the tables cold: the walk of "s" by name, a connection's
 * first search, spent 3.2 ms binding and gave up 5 ms into its walk
 * (done in 3.4 ms from the second run on), and sorting its 24,000
 * matches instead took 83 ms. That first run gets FIRST_RUN_MS more. */
static void
pg_set_budget (CherishBackend *backend,
               CherishStmt    *stmt,
               int             steps)
{
  PG_STMT (stmt)->budget_ms = steps > 0 ? MAX (steps / 12500, 2) : 0;
}

static void
pg_reset (CherishStmt *base)
{
  clear_result (PG_STMT (base));
}

static void
set_value (PgStmt *stmt,
           int     index,
           char   *value)
{
  /* A number the text does not reach is not bound (SQLITE_RANGE). */
  if (index < 1 || index > stmt->n_params)
    {
      g_free (value);
      return;
    }
  g_free (stmt->values[index - 1]);
  stmt->values[index - 1] = value;
}

static void
pg_clear_bindings (CherishStmt *base)
{
  PgStmt *stmt = PG_STMT (base);

  for (int i = 1; i <= stmt->n_params; i++)
    set_value (stmt, i, NULL);
}

static void
pg_bind_null (CherishStmt *stmt,
              int          index)
{
  set_value (PG_STMT (stmt), index, NULL);
}

static void
pg_bind_int64 (CherishStmt *stmt,
               int          index,
               gint64       value)
{
  set_value (PG_STMT (stmt), index, g_strdup_printf ("%" G_GINT64_FORMAT, value));
}

static void
pg_bind_double (CherishStmt *stmt,
                int          index,
                double       value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  set_value (PG_STMT (stmt), index, g_strdup (g_ascii_dtostr (buffer, sizeof buffer, value)));
}

static void
pg_bind_text (CherishStmt *stmt,
              int          index,
              const char  *text,
              int          length)
{
  set_value (PG_STMT (stmt), index, length < 0 ? g_strdup (text) : g_strndup (text, length));
}

static gboolean
has_row (PgStmt *stmt,
         int     index)
{
  return stmt->result != NULL && stmt->row >= 0 && stmt->row < PQntuples (stmt->result) &&
         index >= 0 && index < PQnfields (stmt->result);
}

static int
pg_column_count (CherishStmt *stmt)
{
  return PG_STMT (stmt)->result != NULL ? PQnfields (PG_STMT (stmt)->result) : 0;
}

static int
pg_column_type (CherishStmt *base,
                int          index)
{
  PgStmt *stmt = PG_STMT (base);

  if (!has_row (stmt, index) || PQgetisnull (stmt->result, stmt->row, index))
    return CHERISH_COLUMN_NULL;
  switch (PQftype (stmt->result, index))
    {
    case BOOLOID:
    case INT2OID:
    case INT4OID:
    case INT8OID:
      return CHERISH_COLUMN_INTEGER;
    case FLOAT4OID:
    case FLOAT8OID:
    case NUMERICOID:
      return CHERISH_COLUMN_FLOAT;
    default:
      return CHERISH_COLUMN_TEXT;
    }
}

static const char *
pg_column_text (CherishStmt *base,
                int          index)
{
  PgStmt *stmt = PG_STMT (base);

  if (!has_row (stmt, index) || PQgetisnull (stmt->result, stmt->row, index))
    return NULL;
  return PQgetvalue (stmt->result, stmt->row, index);
}

static gint64
pg_column_int64 (CherishStmt *stmt,
                 int          index)
{
  const char *text = pg_column_text (stmt, index);

  if (text == NULL)
    return 0;
  if (text[0] == 't' && text[1] == '\0')
    return 1;
  /* A numeric (an average, a sum of money) is cut to its whole part. */
  return g_ascii_strtoll (text, NULL, 10);
}

static double
pg_column_double (CherishStmt *stmt,
                  int          index)
{
  const char *text = pg_column_text (stmt, index);

  if (text == NULL || text[0] == 'f')
    return 0;
  if (text[0] == 't' && text[1] == '\0')
    return 1;
  return g_ascii_strtod (text, NULL);
}

static const CherishBackendClass pg_class = {
  .name = "PostgreSQL",
  .dialect = CHERISH_DIALECT_POSTGRESQL,
  .close = pg_close,
  .errmsg = pg_errmsg,
  .exec = pg_exec,
  .prepare = pg_prepare,
  .changes = pg_changes,
  .last_insert_id = pg_last_insert_id,
  .in_transaction = pg_in_transaction,
  /* One writer at a time across every counter, as SQLite's BEGIN
   * IMMEDIATE: the stores check, then write (a balance, a claim), in one
   * transaction, and may do so only if no one writes between. "CHRS". */
  .begin_write = "BEGIN; SELECT pg_advisory_xact_lock (1128813139)",
  .set_budget = pg_set_budget,
  .announce = pg_announce,
  .watch_fd = pg_watch_fd,
  .connected = pg_connected,
  .next_change = pg_next_change,
  .finalize = pg_finalize,
  .step = pg_step,
  .reset = pg_reset,
  .clear_bindings = pg_clear_bindings,
  .bind_null = pg_bind_null,
  .bind_int64 = pg_bind_int64,
  .bind_double = pg_bind_double,
  .bind_text = pg_bind_text,
  .column_count = pg_column_count,
  .column_type = pg_column_type,
  .column_int64 = pg_column_int64,
  .column_double = pg_column_double,
  .column_text = pg_column_text,
};

/* ------------------------------------------------------------------ */
/* Opening                                                             */
/* ------------------------------------------------------------------ */

static void
on_notice (void       *user_data,
           const char *message)
{
  g_debug ("PostgreSQL: %s", message);
}

/**
 * cherish_pg_backend_set_busy_timeout:
 * @ms: how long a statement waits for a lock (another counter's write)
 *   before it fails as busy; 0: as long as it takes
 *
 * Kept for the connections made again after the server went away.
 *
 * Returns: CHERISH_OK, or the error
 */
int
cherish_pg_backend_set_busy_timeout (CherishBackend *backend,
                                     int             ms)
{
  PG (backend)->busy_ms = ms;
  return set_lock_timeout (PG (backend));
}

/**
 * cherish_pg_backend_open:
 * @uri: a libpq connection URI
 * @listen: whether it is the shop's own connection, which hears the
 *   other clients' changes (next_change) and writes; else a reader
 * @rc: (out): CHERISH_OK, or why not
 * @message: (out) (transfer full): the server's or libpq's word, on failure
 *
 * Connects, in UTF-8.
 *
 * Returns: (nullable): the connection
 */
CherishBackend *
cherish_pg_backend_open (const char  *uri,
                         gboolean     listen,
                         int         *rc,
                         char       **message)
{
  g_autofree char *passfile = cherish_server_address_password_file ();
  /* The URI (dbname, expanded) comes last: what it says wins. */
  const char *keys[] = { "application_name", "client_encoding", "connect_timeout", "passfile", "dbname", NULL };
  const char *values[] = { "Cherish", "UTF8", "10", passfile, uri, NULL };
  PgBackend *self = NULL;

  if (!cherish_libpq_load (message))
    {
      *rc = CHERISH_CANTOPEN;
      return NULL;
    }
  self = g_new0 (PgBackend, 1);
  if (passfile == NULL)   /* libpq's usual one */
    {
      keys[3] = "dbname";
      values[3] = uri;
      keys[4] = NULL;
    }

  self->parent.klass = &pg_class;
  self->conn = PQconnectdbParams (keys, values, TRUE);
  if (PQstatus (self->conn) != CONNECTION_OK)
    {
      *rc = CHERISH_CANTOPEN;
      *message = cherish_pg_tidy_message (PQerrorMessage (self->conn));
      pg_close (&self->parent);
      return NULL;
    }
  PQsetNoticeProcessor (self->conn, on_notice, NULL);

  self->listen = listen;
  *rc = set_up_session (self);
  if (*rc != CHERISH_OK)
    {
      *message = g_strdup (self->message);
      pg_close (&self->parent);
      return NULL;
    }
  *message = NULL;
  return &self->parent;
}
