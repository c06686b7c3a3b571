/* cherish-database-move.c — a shop from a file to a server, and back
 *
 * Part of CherishDatabase (see cherish-database.c). Every table is copied,
 * row by row and in the order their references need, into an empty shop
 * on the other engine, in one transaction of the destination: a failure
 * leaves it empty again. The columns copied are those the destination
 * lets be written (not the generated ones), asked of each engine's
 * catalogue. What triggers keep (points balances, spend totals) is built
 * again by the destination's own triggers as the rows go in; the visit
 * counts the customers carry are counted again at the end. Afterwards the
 * copy is checked: every table has as many rows on both sides, and the
 * points ledger, the balances and the spend add up to the same. The
 * celebrations' photos go with them: files beside a file shop, rows of
 * a server shop's photos table.
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

/* In the order their references need (a ledger row after the one it
 * reverses: by id). points_balances and customer_spend are the triggers'. */
static const char * const tables[] = {
  "staff", "customers", "customer_search", "life_events", "visits", "follow_ups",
  "reminders_sent", "reminder_leads", "reminder_checks", "daily_care", "events", "invitations", "prizes",
  "prize_awards", "rewards", "points_ledger", "points_rules", "tiers", "customer_tiers",
  "ideas", "idea_votes", "celebrations", "loyalty_settings", "shop_settings",
};

/* The columns of ?1 a row may be written with, in order. */
static const CherishDialectSql writable_columns = {
  "SELECT name FROM pragma_table_xinfo (?1) WHERE hidden = 0 ORDER BY cid",
  "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema () "
  "AND table_name = ?1 AND is_generated = 'NEVER' AND column_name <> 'words' ORDER BY ordinal_position",
};

/* After the rows: the server's identities go on from the largest id (the
 * table's name follows). */
static const CherishDialectSql identity_restart = {
  NULL,
  "SELECT setval (pg_get_serial_sequence (?1, 'id'), coalesce (max (id), 0) + 1, false) FROM ",
};

/* A server counts visits, spend and points balances once at the end of
 * a move, not row by row (server schema step 3). */
static const CherishDialectSql bulk_on = {
  NULL,
  "SET LOCAL cherish.bulk = 'on'",
};
static const CherishDialectSql bulk_counts = {
  NULL,
  "INSERT INTO customer_spend (customer_id, currency, total_minor) "
  "  SELECT customer_id, currency, sum (amount_minor) FROM visits WHERE amount_minor > 0 "
  "  GROUP BY customer_id, currency; "
  "INSERT INTO points_balances (customer_id, balance) "
  "  SELECT customer_id, sum (points) FROM points_ledger GROUP BY customer_id; "
  "SET LOCAL cherish.bulk = 'off'",
};

/* Once the rows are in, a server learns what its tables hold (the
 * planner's statistics, and the visibility map that lets counts read
 * indexes alone), rather than planning blind until autovacuum comes by:
 * searches on a freshly moved shop of 100,000 took 50 ms a keystroke
 * (median) before, 17 after. Outside any transaction, as VACUUM must. */
static const CherishDialectSql after_move = {
  NULL,
  "VACUUM (ANALYZE)",
};

/* What must add up the same on both sides. */
static const struct
{
  const char *what;
  const char *sql;
} sums[] = {
  { "points in the ledger", "SELECT coalesce (sum (points), 0) FROM points_ledger" },
  { "points balances", "SELECT coalesce (sum (balance), 0) FROM points_balances" },
  { "spend", "SELECT coalesce (sum (total_minor), 0) FROM customer_spend" },
  { "visits counted", "SELECT coalesce (sum (visit_count), 0) FROM customers" },
};

static GPtrArray *
columns_of (CherishDatabase  *db,
            const char       *table,
            GError          **error)
{
  g_autoptr(GPtrArray) columns = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(CherishStmt) stmt = cherish_database_prepare (db, cherish_database_sql (db, writable_columns),
                                                          error);
  int rc;

  if (stmt == NULL)
    return NULL;
  cherish_bind_text (stmt, 1, table);
  while ((rc = cherish_stmt_step (stmt)) == CHERISH_ROW)
    g_ptr_array_add (columns, g_strdup (cherish_column_text (stmt, 0)));
  if (rc != CHERISH_DONE)
    {
      cherish_database_set_error (db, rc, error);
      return NULL;
    }
  /* The search index's rows are the customers': their ids go too. */
  if (g_str_equal (table, "customer_search") && !g_ptr_array_find_with_equal_func (columns, "rowid", g_str_equal, NULL))
    g_ptr_array_insert (columns, 0, g_strdup ("rowid"));
  return g_steal_pointer (&columns);
}

static gint64
count_of (CherishDatabase  *db,
          const char       *sql,
          GError          **error)
{
  g_autoptr(CherishStmt) stmt = cherish_database_prepare (db, sql, error);

  return stmt != NULL ? cherish_database_count (db, stmt, error) : -1;
}

typedef struct
{
  CherishDatabase *from;
  CherishDatabase *to;
  GString         *report;
  GPtrArray       *written;    /* photo files made, removed if the move fails */
} Move;

/* Rows go in batches: one INSERT of many rows is one round trip to a
 * server, and many fewer statements for SQLite. */
#define BATCH_ROWS 250

/* One value read, kept until its batch is written. */
typedef struct
{
  CherishColumnType type;
  gint64            integer;
  double            real;
  char             *text;
} Cell;

static void
cell_clear (gpointer data)
{
  g_free (((Cell *) data)->text);
}

/* Writes the cells read so far (whole rows) as one INSERT. */
static gboolean
write_batch (Move        *move,
             const char  *table,
             const char  *list,
             guint        n_columns,
             GArray      *cells,
             GError     **error)
{
  guint rows = cells->len / n_columns;
  g_autofree char *head = NULL;
  g_autofree char *sql = NULL;
  g_autoptr(CherishStmt) write = NULL;

  if (rows == 0)
    return TRUE;
  head = g_strdup_printf ("INSERT INTO %s (%s)", table, list);
  sql = cherish_database_rows_sql (head, NULL, n_columns, n_columns, rows);
  write = cherish_database_prepare (move->to, sql, error);
  if (write == NULL)
    return FALSE;
  for (guint i = 0; i < cells->len; i++)
    {
      Cell *cell = &g_array_index (cells, Cell, i);

      switch (cell->type)
        {
        case CHERISH_COLUMN_NULL:
          cherish_stmt_bind_null (write, (int) i + 1);
          break;
        case CHERISH_COLUMN_INTEGER:
          cherish_stmt_bind_int64 (write, (int) i + 1, cell->integer);
          break;
        case CHERISH_COLUMN_FLOAT:
          cherish_stmt_bind_double (write, (int) i + 1, cell->real);
          break;
        case CHERISH_COLUMN_TEXT:
        case CHERISH_COLUMN_BLOB:
        default:
          cherish_bind_text (write, (int) i + 1, cell->text);
          break;
        }
    }
  if (!cherish_database_step_done (move->to, write, error))
    return FALSE;
  cherish_stmt_reset (write);
  g_array_set_size (cells, 0);
  return TRUE;
}

static gboolean
copy_table (Move        *move,
            const char  *table,
            GError     **error)
{
  g_autoptr(GPtrArray) columns = columns_of (move->to, table, error);
  g_autofree char *list = NULL;
  g_autofree char *select = NULL;
  g_autoptr(CherishStmt) read = NULL;
  g_autoptr(GArray) cells = g_array_new (FALSE, TRUE, sizeof (Cell));
  guint n_columns;
  gboolean has_id;
  int rc;

  if (columns == NULL)
    return FALSE;
  has_id = g_ptr_array_find_with_equal_func (columns, "id", g_str_equal, NULL);
  n_columns = columns->len;
  g_ptr_array_add (columns, NULL);
  list = g_strjoinv (", ", (char **) columns->pdata);
  g_array_set_clear_func (cells, cell_clear);

  select = g_strdup_printf ("SELECT %s FROM %s ORDER BY 1", list, table);
  /* The one row of the loyalty settings is there already, and maybe the
   * rules of a computer that opened the empty shop: the moved shop's go
   * in their place. */
  if (g_str_has_suffix (table, "_settings"))
    {
      g_autofree char *clear = g_strdup_printf ("DELETE FROM %s", table);

      if (!cherish_database_exec (move->to, clear, error))
        return FALSE;
    }

  read = cherish_database_prepare (move->from, select, error);
  if (read == NULL)
    return FALSE;

  while ((rc = cherish_stmt_step (read)) == CHERISH_ROW)
    {
      for (guint c = 0; c < n_columns; c++)
        {
          Cell cell = { cherish_stmt_column_type (read, (int) c), 0, 0, NULL };

          if (cell.type == CHERISH_COLUMN_INTEGER)
            cell.integer = cherish_stmt_column_int64 (read, (int) c);
          else if (cell.type == CHERISH_COLUMN_FLOAT)
            cell.real = cherish_stmt_column_double (read, (int) c);
          else if (cell.type != CHERISH_COLUMN_NULL)
            cell.text = g_strdup (cherish_column_text (read, (int) c));
          g_array_append_val (cells, cell);
        }
      if (cells->len == BATCH_ROWS * n_columns &&
          !write_batch (move, table, list, n_columns, cells, error))
        return FALSE;
    }
  if (rc != CHERISH_DONE)
    {
      cherish_database_set_error (move->from, rc, error);
      return FALSE;
    }
  if (!write_batch (move, table, list, n_columns, cells, error))
    return FALSE;

  if (cherish_database_sql (move->to, identity_restart) != NULL &&
      has_id &&
      !g_str_equal (table, "loyalty_settings") && !g_str_equal (table, "reminder_checks"))
    {
      g_autofree char *restart = g_strconcat (cherish_database_sql (move->to, identity_restart), table, NULL);
      g_autoptr(CherishStmt) stmt = cherish_database_prepare (move->to, restart, error);

      if (stmt == NULL)
        return FALSE;
      cherish_bind_text (stmt, 1, table);
      if (!cherish_database_step_done (move->to, stmt, error))
        return FALSE;
    }
  return TRUE;
}

/* @sql (a count, a sum) gives the same on both sides; it goes in the
 * report as "@what: value". */
static gboolean
same_on_both (Move        *move,
              const char  *what,
              const char  *sql,
              GError     **error)
{
  gint64 before = count_of (move->from, sql, error);
  gint64 after = before >= 0 ? count_of (move->to, sql, error) : -1;

  if (after < 0)
    return FALSE;
  if (before != after)
    {
      g_autofree char *has = g_strdup_printf ("%" G_GINT64_FORMAT, after);
      g_autofree char *had = g_strdup_printf ("%" G_GINT64_FORMAT, before);

      g_set_error (error, CHERISH_ERROR, CHERISH_ERROR_FAILED,
                   _("The copy does not add up (%s: %s, not %s): nothing was moved."), what, has, had);
      return FALSE;
    }
  g_string_append_printf (move->report, "%s: %" G_GINT64_FORMAT "\n", what, after);
  return TRUE;
}

/* The photos there are: a file shop's celebrations name them (their files
 * beside it), a server shop's photos table holds them. */
static const CherishDialectSql photo_names = {
  "SELECT photo FROM celebrations WHERE photo IS NOT NULL ORDER BY photo",
  "SELECT name FROM photos ORDER BY name",
};

/* Every photo a celebration names goes too. One whose file is no longer
 * there (removed by hand) cannot: its celebration keeps no photo on the
 * other side, and the report names it; any other failure stops the move. */
static gboolean
copy_photos (Move    *move,
             GError **error)
{
  g_autoptr(CherishStmt) names = cherish_database_prepare (move->from, cherish_database_sql (move->from, photo_names),
                                                           error);
  g_autoptr(CherishStmt) forget = cherish_database_prepare (move->to, "UPDATE celebrations SET photo = NULL "
                                                                      "WHERE photo = ?1", error);
  g_autoptr(GString) missing = g_string_new (NULL);
  guint copied = 0;
  int rc;

  if (names == NULL || forget == NULL)
    return FALSE;
  while ((rc = cherish_stmt_step (names)) == CHERISH_ROW)
    {
      const char *name = cherish_column_text (names, 0);
      g_autoptr(GError) read_error = NULL;
      g_autoptr(GBytes) bytes = cherish_database_read_photo (move->from, name, &read_error);
      char *written = NULL;

      if (g_error_matches (read_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        {
          g_string_append_printf (missing, " %s", name);
          cherish_bind_text (forget, 1, name);
          if (!cherish_database_step_done (move->to, forget, error))
            return FALSE;
          cherish_stmt_reset (forget);
          continue;
        }
      if (bytes == NULL)
        g_propagate_error (error, g_steal_pointer (&read_error));
      if (bytes != NULL && cherish_database_write_photo (move->to, name, bytes, &written, error))
        {
          if (written != NULL)
            g_ptr_array_add (move->written, written);
        }
      else
        {
          g_prefix_error (error, _("Could not copy the photo %s: "), name);
          return FALSE;
        }
      copied++;
    }
  if (rc != CHERISH_DONE)
    {
      cherish_database_set_error (move->from, rc, error);
      return FALSE;
    }
  g_string_append_printf (move->report, "photos: %u\n", copied);
  if (missing->len > 0)
    g_string_append_printf (move->report, "photos whose file was gone (not moved):%s\n", missing->str);
  return TRUE;
}

static gboolean
move_in_transaction (gpointer   user_data,
                     GError   **error)
{
  Move *move = user_data;

  if (cherish_database_sql (move->to, bulk_on) != NULL &&
      !cherish_database_exec (move->to, cherish_database_sql (move->to, bulk_on), error))
    return FALSE;
  for (guint t = 0; t < G_N_ELEMENTS (tables); t++)
    if (!copy_table (move, tables[t], error))
      {
        g_prefix_error (error, _("Could not copy %s: "), tables[t]);
        return FALSE;
      }

  if (cherish_database_sql (move->to, bulk_counts) != NULL &&
      !cherish_database_exec (move->to, cherish_database_sql (move->to, bulk_counts), error))
    return FALSE;
  /* The visits' triggers counted each visit once more (or, on a server,
   * not at all). */
  if (!cherish_database_exec (move->to,
                              "UPDATE customers SET "
                              "visit_count = (SELECT count (*) FROM visits v WHERE v.customer_id = customers.id "
                              "               AND v.kind IN ('visit', 'purchase')), "
                              "last_visit_at = (SELECT max (v.at) FROM visits v WHERE v.customer_id = customers.id "
                              "                 AND v.kind IN ('visit', 'purchase'))", error))
    return FALSE;

  /* Checked before it commits: the same rows, the same sums. */
  for (guint t = 0; t < G_N_ELEMENTS (tables); t++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count (*) FROM %s", tables[t]);

      if (!same_on_both (move, tables[t], sql, error))
        return FALSE;
    }
  for (guint s = 0; s < G_N_ELEMENTS (sums); s++)
    if (!same_on_both (move, sums[s].what, sums[s].sql, error))
      return FALSE;
  return copy_photos (move, error);
}

/**
 * cherish_database_copy_to:
 * @self: the shop to copy
 * @destination: an empty shop, on the other engine or the same
 * @report: (out) (optional) (transfer full): each table's rows and each
 *   sum, one per line, as checked
 *
 * Copies every row of @self into @destination, all or nothing, and checks
 * the copy. @self is left as it was.
 *
 * Returns: %TRUE when @destination holds the same shop
 */
gboolean
cherish_database_copy_to (CherishDatabase  *self,
                          CherishDatabase  *destination,
                          char            **report,
                          GError          **error)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GPtrArray) written = g_ptr_array_new_with_free_func (g_free);
  Move move = { self, destination, text, written };
  gint64 held = 0;

  g_return_val_if_fail (CHERISH_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (CHERISH_IS_DATABASE (destination), FALSE);

  /* Settings alone (the one row of the loyalty settings, the rules a
   * computer that opened it brought) are no shop: the moved one's replace
   * them. */
  for (guint t = 0; t < G_N_ELEMENTS (tables); t++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count (*) FROM %s", tables[t]);
      gint64 n;

      if (g_str_has_suffix (tables[t], "_settings"))
        continue;
      n = count_of (destination, sql, error);

      if (n < 0)
        return FALSE;
      held += n;
    }
  if (held > 0)
    {
      g_set_error (error, CHERISH_ERROR, CHERISH_ERROR_CONFLICT,
                   _("“%s” holds a shop already: a shop is moved only into an empty one. "
                     "Nothing was changed."), destination->label);
      return FALSE;
    }

  if (!cherish_database_transaction (destination, move_in_transaction, &move, error))
    {
      for (guint i = 0; i < written->len; i++)
        g_unlink (written->pdata[i]);
      return FALSE;
    }
  if (cherish_database_sql (destination, after_move) != NULL)
    {
      g_autoptr(GError) local_error = NULL;

      if (!cherish_database_exec (destination, cherish_database_sql (destination, after_move), &local_error))
        g_warning ("The moved shop was not analysed (it is complete and checked): %s", local_error->message);
    }
  if (report != NULL)
    *report = g_string_free (g_steal_pointer (&text), FALSE);
  return TRUE;
}

/* Off the main thread, with a main context of the thread's own: the
 * connections made there attach their watches to it, never to the
 * window's. */
typedef gpointer (*ThreadWork) (GTask *task, GError **error);

static void
run_in_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ThreadWork work = (ThreadWork) g_task_get_task_data (task);
  g_autoptr(GMainContext) context = g_main_context_new ();
  g_autoptr(GError) error = NULL;
  gpointer result;

  g_main_context_push_thread_default (context);
  result = work (task, &error);
  g_main_context_pop_thread_default (context);
  if (result == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, result, g_object_get_data (G_OBJECT (task), "free-result"));
}

/* Runs @work with @place (a location) in a thread; its result is freed
 * with @free_result if nobody takes it. */
static void
start_in_thread (GTask          *task,
                 gpointer        source_tag,
                 ThreadWork      work,
                 const char     *place,
                 GDestroyNotify  free_result)
{
  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, (gpointer) work, NULL);
  g_object_set_data_full (G_OBJECT (task), "place", g_strdup (place), g_free);
  g_object_set_data (G_OBJECT (task), "free-result", (gpointer) free_result);
  g_task_run_in_thread (task, run_in_thread);
}

static gpointer
probe_work (GTask   *task,
            GError **error)
{
  return cherish_database_probe (g_object_get_data (G_OBJECT (task), "place"), error);
}

/**
 * cherish_database_probe_async:
 *
 * cherish_database_probe() in a thread: a server that is slow to answer
 * does not hold up the window.
 */
void
cherish_database_probe_async (const char          *location,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);

  start_in_thread (task, cherish_database_probe_async, probe_work, location,
                   (GDestroyNotify) cherish_database_probe_free);
}

/**
 * cherish_database_probe_finish:
 *
 * Returns: (transfer full) (nullable): what is there
 */
CherishDatabaseProbe *
cherish_database_probe_finish (GAsyncResult  *result,
                               GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

static gpointer
move_work (GTask   *task,
           GError **error)
{
  CherishDatabase *self = g_task_get_source_object (task);
  g_autoptr(CherishDatabase) from = NULL;
  g_autoptr(CherishDatabase) to = NULL;
  char *report = NULL;

  /* Connections of the thread's own; the shop as it was committed when
   * the copy started. */
  from = cherish_database_open (self->path, error);
  to = from != NULL ? cherish_database_open (g_object_get_data (G_OBJECT (task), "place"), error)
                    : NULL;
  if (to == NULL || !cherish_database_copy_to (from, to, &report, error))
    return NULL;
  return report;
}

/**
 * cherish_database_move_async:
 * @destination: an empty shop's place: a server's address or a new file
 *
 * cherish_database_copy_to() @destination in a thread, with connections of
 * its own.
 */
void
cherish_database_move_async (CherishDatabase     *self,
                             const char          *destination,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (self, cancellable, callback, user_data);

  g_return_if_fail (CHERISH_IS_DATABASE (self));

  start_in_thread (task, cherish_database_move_async, move_work, destination, g_free);
}

/**
 * cherish_database_move_finish:
 *
 * Returns: (transfer full) (nullable): the report of the check (as
 *   cherish_database_copy_to()'s), or %NULL with @error set
 */
char *
cherish_database_move_finish (CherishDatabase  *self,
                              GAsyncResult     *result,
                              GError          **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
