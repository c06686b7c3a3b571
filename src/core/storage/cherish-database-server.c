/* cherish-database-server.c — a shop on a PostgreSQL server
 *
 * Part of CherishDatabase (see cherish-database.c): connecting to the
 * server, checking that its database is a Cherish shop (or empty), bringing
 * its schema up to date with the numbered steps of
 * src/core/schema/postgresql/, and hearing the other clients' changes.
 *
 * The schema's version is kept in cherish_schema, a table of one row. Two
 * counters starting at once both try to migrate: each step runs in its own
 * transaction holding a lock of the whole database (an advisory lock on
 * Cherish's number), reads the version again there and does nothing if
 * the other one did the step first.
 *
 * The other clients' changes arrive on the connection's socket (NOTIFY,
 * see cherish-pg-backend.c); a GSource watching it turns each into the
 * same ::changed signal a change made here gives.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-database"

#include "config.h"

#include <glib/gi18n.h>
#include <glib-unix.h>

#include "cherish-core-resources.h"
#include "cherish-database-private.h"
#include "cherish-error.h"
#include "cherish-pg-backend.h"
#include "cherish-server-address.h"

#define SERVER_SCHEMA_PATH "/io/github/cherishapp/Cherish/schema/postgresql"

/**
 * cherish_database_server_latest_version:
 *
 * Returns: the server schema's version this build writes
 */
int
cherish_database_server_latest_version (void)
{
  static gsize latest = 0;

  if (g_once_init_enter (&latest))
    {
      g_auto(GStrv) steps = cherish_database_list_steps (SERVER_SCHEMA_PATH);
      g_once_init_leave (&latest, g_strv_length (steps));
    }
  return (int) latest;
}

/* The schema's version: 0 for an empty database, -1 (with @error) for
 * one with tables of another program's, or when it cannot be read. */
static int
read_version (CherishDatabase  *self,
              GError          **error)
{
  int ours = 0, tables = 0, version = 0;

  if (!cherish_database_query_int (self, "SELECT (to_regclass ('cherish_schema') IS NOT NULL)::int",
                                   &ours, error))
    return -1;
  if (ours)
    return cherish_database_query_int (self, "SELECT version FROM cherish_schema WHERE id = 1",
                                       &version, error) ? version : -1;

  if (!cherish_database_query_int (self, "SELECT count(*) FROM pg_tables "
                                         "WHERE schemaname = current_schema ()", &tables, error))
    return -1;
  if (tables > 0)
    {
      g_set_error (error, CHERISH_ERROR, CHERISH_ERROR_NOT_A_DATABASE,
                   _("The database “%s” holds another program’s tables, not a Cherish shop. "
                     "It was left untouched."), self->label);
      return -1;
    }
  return 0;
}

typedef struct
{
  CherishDatabase *self;
  int              version;
} ServerStep;

static gboolean
run_server_step (gpointer   user_data,
                 GError   **error)
{
  ServerStep *step = user_data;
  CherishDatabase *self = step->self;
  g_auto(GStrv) steps = cherish_database_list_steps (SERVER_SCHEMA_PATH);
  g_autofree char *resource = g_strconcat (SERVER_SCHEMA_PATH "/", steps[step->version - 1], NULL);
  g_autoptr(GBytes) bytes = g_resource_lookup_data (cherish_core_get_resource (), resource,
                                                    G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_autofree char *sql = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_autofree char *set_version = NULL;
  int version;

  /* "CHRS": one counter migrates at a time, and the next sees its work. */
  if (!cherish_database_exec (self, "SELECT pg_advisory_xact_lock (1128813139)", error))
    return FALSE;
  version = read_version (self, error);
  if (version < 0)
    return FALSE;
  if (version >= step->version)
    return TRUE;

  /* The shop's tables belong to the database's owner (a role every
   * counter's login is a member of, see the README), not to whichever
   * counter happened to connect first: the others may use them too. */
  if (!cherish_database_exec (self, "DO $$ DECLARE owner name := (SELECT pg_get_userbyid (datdba) "
                                    "FROM pg_database WHERE datname = current_database ()); "
                                    "BEGIN IF owner <> current_user AND pg_has_role (owner, 'MEMBER') "
                                    "THEN EXECUTE format ('SET LOCAL ROLE %I', owner); END IF; END $$",
                              error))
    return FALSE;
  if (version == 0 &&
      !cherish_database_exec (self, "CREATE TABLE cherish_schema ("
                                    "  id integer PRIMARY KEY CHECK (id = 1),"
                                    "  version integer NOT NULL);"
                                    "INSERT INTO cherish_schema VALUES (1, 0);", error))
    return FALSE;
  if (!cherish_database_exec (self, sql, error))
    return FALSE;
  set_version = g_strdup_printf ("UPDATE cherish_schema SET version = %d", step->version);
  return cherish_database_exec (self, set_version, error);
}

/* Every table a page shows, told changed after the connection came back:
 * what the others did meanwhile was not heard. */
static const char * const shown_tables[] = {
  "staff", "customers", "life_events", "visits", "celebrations", "follow_ups", "reminders_sent",
  "events", "invitations", "prizes", "rewards", "points_ledger", "points_rules", "tiers",
  "customer_tiers", "ideas", "idea_votes", "loyalty_settings", "shop_settings",
};

static void watch_changes (CherishDatabase *self);

/* Connected again: a new socket to watch, and what was missed meanwhile
 * is read again by every page. */
static void
connected_again (CherishDatabase *self)
{
  watch_changes (self);
  cherish_database_set_connected (self, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (shown_tables); i++)
    cherish_database_emit_heard (self, shown_tables[i]);
}

/* Every two seconds while the server is away. */
static gboolean
on_retry (gpointer user_data)
{
  CherishDatabase *self = user_data;

  if (!self->backend->klass->connected (self->backend))
    return G_SOURCE_CONTINUE;
  self->retry = 0;
  connected_again (self);
  return G_SOURCE_REMOVE;
}

static gboolean
on_remote_change (int          fd,
                  GIOCondition condition,
                  gpointer     user_data)
{
  CherishDatabase *self = user_data;
  char *table;

  while ((table = self->backend->klass->next_change (self->backend)) != NULL)
    {
      cherish_database_emit_heard (self, table);
      g_free (table);
    }
  /* The server went away: its socket reads as closed until it is back. */
  if (!self->backend->klass->connected (self->backend))
    {
      g_clear_pointer (&self->watch, g_source_unref);
      self->retry = g_timeout_add_seconds (2, on_retry, self);
      cherish_database_set_connected (self, FALSE);
      return G_SOURCE_REMOVE;
    }
  /* It went and Cherish connected again at once: another socket. */
  if (self->backend->klass->watch_fd (self->backend) != fd)
    {
      g_clear_pointer (&self->watch, g_source_unref);
      connected_again (self);
      return G_SOURCE_REMOVE;
    }
  return G_SOURCE_CONTINUE;
}

/**
 * cherish_database_listen_here:
 *
 * From now on, hears other clients' changes on the calling thread's main
 * context (its thread-default one): for a shop opened in a thread of its
 * own, under a main context of that thread's, and handed to the window's
 * thread (see cherish_command_open_database_async()). Its socket must not
 * be watched from the window's thread while the opening thread still uses
 * the connection. Nothing to do for a file, or a reader.
 */
void
cherish_database_listen_here (CherishDatabase *self)
{
  g_return_if_fail (CHERISH_IS_DATABASE (self));

  if (self->watch == NULL)
    return;
  g_source_destroy (self->watch);
  g_clear_pointer (&self->watch, g_source_unref);
  watch_changes (self);
}

/* A statement found the server gone before its socket said so (a cut
 * network): the same as above. */
void
cherish_database_server_lost (CherishDatabase *self)
{
  if (self->watch == NULL && self->retry == 0)
    return;   /* a reader, or already known */
  if (self->watch != NULL)
    {
      g_source_destroy (self->watch);
      g_clear_pointer (&self->watch, g_source_unref);
    }
  if (self->retry == 0)
    self->retry = g_timeout_add_seconds (2, on_retry, self);
  cherish_database_set_connected (self, FALSE);
}

static void
watch_changes (CherishDatabase *self)
{
  self->watch = g_unix_fd_source_new (self->backend->klass->watch_fd (self->backend), G_IO_IN);
  g_source_set_callback (self->watch, G_SOURCE_FUNC (on_remote_change), self, NULL);
  g_source_set_static_name (self->watch, "[cherish] other clients' changes");
  g_source_attach (self->watch, g_main_context_get_thread_default ());
}

/* Opens @self->path, a server's URI: connected, its schema up to date
 * (up to @target_version; -1: the latest), listening when @listen. */
gboolean
cherish_database_open_server (CherishDatabase  *self,
                              int               target_version,
                              gboolean          listen,
                              GError          **error)
{
  g_autofree char *message = NULL;
  int rc = CHERISH_OK;
  int version;

  self->label = cherish_server_address_describe (self->path);
  self->backend = cherish_pg_backend_open (self->path, listen, &rc, &message);
  if (self->backend == NULL)
    {
      g_set_error (error, CHERISH_ERROR, CHERISH_ERROR_IO,
                   _("Cannot reach the shop’s database “%s”: %s"), self->label, message);
      return FALSE;
    }

  version = read_version (self, error);
  if (version < 0)
    return FALSE;
  if (version > cherish_database_server_latest_version ())
    {
      g_set_error (error, CHERISH_ERROR, CHERISH_ERROR_NEWER_SCHEMA,
                   _("The database “%s” was saved by a newer version of Cherish "
                     "(format %d, this version knows up to %d). Update Cherish to open it; "
                     "it was left untouched."),
                   self->label, version, cherish_database_server_latest_version ());
      return FALSE;
    }

  if (target_version < 0)
    target_version = cherish_database_server_latest_version ();
  for (int next = version + 1; next <= target_version; next++)
    {
      g_autoptr(GError) local_error = NULL;
      ServerStep step = { self, next };

      if (!cherish_database_transaction (self, run_server_step, &step, &local_error))
        {
          g_propagate_prefixed_error (error, g_steal_pointer (&local_error),
                                      _("Could not update the database to version %d: "), next);
          return FALSE;
        }
    }

  /* From now on a write waits for another counter's as long as it would
   * on a file, then is refused as busy (the form keeps what was typed):
   * not for as long as the other takes (an import of 100,000 customers,
   * 12 s), nor for ever behind a counter that went silent holding the
   * lock. A step of the schema above may take longer: it waits. */
  rc = cherish_pg_backend_set_busy_timeout (self->backend, CHERISH_BUSY_TIMEOUT_MS);
  if (rc != CHERISH_OK)
    {
      cherish_database_set_error (self, rc, error);
      return FALSE;
    }
  if (listen)
    watch_changes (self);
  return TRUE;
}

/**
 * cherish_database_probe:
 * @location: a server's address
 *
 * Connects to @location and looks, changing nothing: the server's
 * version, and whether its database is empty, holds a Cherish shop (its
 * customers counted) or something else (an error).
 *
 * Returns: (transfer full) (nullable): what is there, or %NULL with @error
 *   set (cannot connect, another program's tables, a newer Cherish's shop)
 */
CherishDatabaseProbe *
cherish_database_probe (const char  *location,
                        GError     **error)
{
  g_autoptr(CherishDatabase) self = g_object_new (CHERISH_TYPE_DATABASE, NULL);
  g_autoptr(CherishStmt) stmt = NULL;
  g_autofree char *message = NULL;
  g_autofree CherishDatabaseProbe *probe = g_new0 (CherishDatabaseProbe, 1);
  int rc = CHERISH_OK;

  g_return_val_if_fail (cherish_database_is_server_uri (location), NULL);

  self->path = g_strdup (location);
  self->label = cherish_server_address_describe (location);
  self->backend = cherish_pg_backend_open (location, FALSE, &rc, &message);
  if (self->backend == NULL)
    {
      g_set_error (error, CHERISH_ERROR, CHERISH_ERROR_IO,
                   _("Cannot reach the shop’s database “%s”: %s"), self->label, message);
      return NULL;
    }
  probe->version = read_version (self, error);
  if (probe->version < 0)
    return NULL;
  if (probe->version > cherish_database_server_latest_version ())
    {
      g_set_error (error, CHERISH_ERROR, CHERISH_ERROR_NEWER_SCHEMA,
                   _("The database “%s” was saved by a newer version of Cherish; update "
                     "Cherish to use it."), self->label);
      return NULL;
    }
  stmt = cherish_database_prepare (self, probe->version > 0
                                         ? "SELECT current_setting ('server_version'), "
                                           "(SELECT count (*) FROM customers)"
                                         : "SELECT current_setting ('server_version'), 0", error);
  if (stmt == NULL)
    return NULL;
  rc = cherish_stmt_step (stmt);
  if (rc != CHERISH_ROW)
    {
      cherish_database_set_error (self, rc, error);
      return NULL;
    }
  probe->server = g_strdup (cherish_column_text (stmt, 0));
  probe->customers = cherish_stmt_column_int64 (stmt, 1);
  return g_steal_pointer (&probe);
}

void
cherish_database_probe_free (CherishDatabaseProbe *probe)
{
  if (probe == NULL)
    return;
  g_free (probe->server);
  g_free (probe);
}
