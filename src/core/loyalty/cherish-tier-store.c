/* cherish-tier-store.c — loyalty tiers and who is in which
 *
 * The manager names tiers and sets where each starts: points earned in the
 * last 12 months (reversed earnings taken off), or visits in the last 12
 * months. A customer's tier is worked out when asked; recalculate() does
 * it for everyone in one pass, keeps the result in customer_tiers and says
 * who moved since the last time.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-tier-store"

#include "config.h"

#include <glib/gi18n.h>

#include "cherish-date.h"
#include "cherish-error.h"
#include "cherish-store-private.h"
#include "cherish-text.h"
#include "cherish-tier-store.h"

#define MAX_THRESHOLD 1000000000

struct _CherishTierStore
{
  CherishStore parent_instance;
};

G_DEFINE_FINAL_TYPE (CherishTierStore, cherish_tier_store, CHERISH_TYPE_STORE)

/* What counts, per customer, from ?1 (a UTC timestamp) on. */
#define POINTS_MEASURE \
  "SELECT l.customer_id, sum (l.points) AS total FROM points_ledger l " \
  "WHERE l.at >= ?1 AND (l.kind = 'earned' OR (l.kind = 'reversed' AND " \
  "  (SELECT e.kind FROM points_ledger e WHERE e.id = l.reverses_id) = 'earned')) "
#define VISITS_MEASURE \
  "SELECT v.customer_id, count (*) AS total FROM visits v " \
  "WHERE v.at >= ?1 AND v.kind IN ('visit', 'purchase') "

static CherishDatabase *
database_of (CherishTierStore *self)
{
  return cherish_store_get_database (CHERISH_STORE (self));
}

static void
cherish_tier_store_class_init (CherishTierStoreClass *klass)
{
  CHERISH_STORE_CLASS (klass)->table = "tiers";
}

static void
cherish_tier_store_init (CherishTierStore *self)
{
}

CherishTierStore *
cherish_tier_store_new (CherishDatabase *database,
                        CherishClock    *clock)
{
  return g_object_new (CHERISH_TYPE_TIER_STORE, "database", database, "clock", clock, NULL);
}

static gboolean
check_tier (const char  *name,
            gint64       threshold,
            GError     **error)
{
  if (name == NULL)
    {
      cherish_set_invalid (error, "name", _("Name: give the tier a name."));
      return FALSE;
    }
  if (threshold < 0 || threshold > MAX_THRESHOLD)
    {
      cherish_set_invalid (error, "threshold", _("Starts at: a whole number, 0 or more."));
      return FALSE;
    }
  return TRUE;
}

/* A second tier with the same name or threshold, said plainly. */
static gboolean
step_tier (CherishTierStore  *self,
           CherishStmt       *stmt,
           GError           **error)
{
  int rc = cherish_stmt_step (stmt);

  cherish_stmt_reset (stmt);
  if (rc == CHERISH_DONE)
    {
      cherish_store_changed (CHERISH_STORE (self));
      return TRUE;
    }
  if (rc == CHERISH_CONSTRAINT_UNIQUE)
    {
      g_set_error_literal (error, CHERISH_ERROR, CHERISH_ERROR_CONFLICT,
                           _("Another tier has this name or starts at the same number."));
      return FALSE;
    }
  cherish_database_set_error (database_of (self), rc, error);
  return FALSE;
}

/**
 * cherish_tier_store_add:
 * @threshold: the points or visits in 12 months the tier starts at
 *
 * Returns: the new tier's id, or 0 with @error set
 */
gint64
cherish_tier_store_add (CherishTierStore  *self,
                        const char        *name,
                        gint64             threshold,
                        GError           **error)
{
  g_autofree char *clean = cherish_text_normalize (name);
  g_autofree char *now = NULL;
  g_autoptr(CherishStmt) stmt = NULL;

  g_return_val_if_fail (CHERISH_IS_TIER_STORE (self), 0);

  if (!check_tier (clean, threshold, error))
    return 0;
  stmt = cherish_database_prepare (database_of (self),
                                   "INSERT INTO tiers (name, threshold, created_at) VALUES (?1, ?2, ?3)",
                                   error);
  if (stmt == NULL)
    return 0;
  now = cherish_store_now_timestamp (CHERISH_STORE (self));
  cherish_bind_text (stmt, 1, clean);
  cherish_stmt_bind_int64 (stmt, 2, threshold);
  cherish_bind_text (stmt, 3, now);
  if (!step_tier (self, stmt, error))
    return 0;
  return cherish_database_last_insert_id (database_of (self));
}

/**
 * cherish_tier_store_update:
 *
 * Renames a tier or moves where it starts. Nobody's tier is stored until
 * the next recalculation, which then shows who moved.
 */
gboolean
cherish_tier_store_update (CherishTierStore  *self,
                           gint64             id,
                           const char        *name,
                           gint64             threshold,
                           GError           **error)
{
  g_autofree char *clean = cherish_text_normalize (name);
  g_autoptr(CherishStmt) stmt = NULL;

  g_return_val_if_fail (CHERISH_IS_TIER_STORE (self), FALSE);

  if (!check_tier (clean, threshold, error))
    return FALSE;
  stmt = cherish_database_prepare (database_of (self),
                                   "UPDATE tiers SET name = ?2, threshold = ?3 WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  cherish_stmt_bind_int64 (stmt, 1, id);
  cherish_bind_text (stmt, 2, clean);
  cherish_stmt_bind_int64 (stmt, 3, threshold);
  return step_tier (self, stmt, error);
}

gboolean
cherish_tier_store_remove (CherishTierStore  *self,
                           gint64             id,
                           GError           **error)
{
  g_return_val_if_fail (CHERISH_IS_TIER_STORE (self), FALSE);

  if (!cherish_database_change_by_id (database_of (self), "DELETE FROM tiers WHERE id = ?1", id, NULL,
                                      _("This tier no longer exists."), error))
    return FALSE;
  cherish_store_changed (CHERISH_STORE (self));
  return TRUE;
}

static gpointer
tier_from_row (CherishStmt *stmt)
{
  return g_object_new (CHERISH_TYPE_TIER,
                       "id", (gint64) cherish_stmt_column_int64 (stmt, 0),
                       "name", cherish_column_text (stmt, 1),
                       "threshold", (gint64) cherish_stmt_column_int64 (stmt, 2),
                       "n-customers", (gint64) cherish_stmt_column_int64 (stmt, 3),
                       NULL);
}

static GPtrArray *
list_tiers (CherishTierStore  *self,
            gboolean           counted,
            GError           **error)
{
  g_autoptr(CherishStmt) stmt = NULL;

  stmt = cherish_database_prepare (database_of (self),
                                   counted
                                   ? "SELECT t.id, t.name, t.threshold, "
                                     "  (SELECT count (*) FROM customer_tiers c WHERE c.tier_id = t.id) "
                                     "FROM tiers t ORDER BY t.threshold"
                                   : "SELECT id, name, threshold, 0 FROM tiers ORDER BY threshold", error);
  if (stmt == NULL)
    return NULL;
  return cherish_database_collect (database_of (self), stmt, tier_from_row, error);
}

/**
 * cherish_tier_store_list:
 *
 * Returns: (transfer container) (element-type CherishTier): the tiers, the
 *   lowest first, with how many customers each had at the last
 *   recalculation; %NULL with @error set
 */
GPtrArray *
cherish_tier_store_list (CherishTierStore  *self,
                         GError           **error)
{
  g_return_val_if_fail (CHERISH_IS_TIER_STORE (self), NULL);

  return list_tiers (self, TRUE, error);
}

CherishTierBasis
cherish_tier_store_get_basis (CherishTierStore *self)
{
  g_autoptr(CherishStmt) stmt = NULL;
  CherishTierBasis basis = CHERISH_TIER_BASIS_POINTS;

  g_return_val_if_fail (CHERISH_IS_TIER_STORE (self), basis);

  stmt = cherish_database_prepare (database_of (self),
                                   "SELECT tier_basis = 'visits' FROM loyalty_settings WHERE id = 1", NULL);
  if (stmt != NULL && cherish_stmt_step (stmt) == CHERISH_ROW && cherish_stmt_column_int (stmt, 0) != 0)
    basis = CHERISH_TIER_BASIS_VISITS;
  return basis;
}

gboolean
cherish_tier_store_set_basis (CherishTierStore  *self,
                              CherishTierBasis   basis,
                              GError           **error)
{
  g_autoptr(CherishStmt) stmt = NULL;

  g_return_val_if_fail (CHERISH_IS_TIER_STORE (self), FALSE);

  stmt = cherish_database_prepare (database_of (self),
                                   "UPDATE loyalty_settings SET tier_basis = ?1 WHERE id = 1", error);
  if (stmt == NULL)
    return FALSE;
  cherish_bind_text (stmt, 1, basis == CHERISH_TIER_BASIS_VISITS ? "visits" : "points");
  if (!cherish_database_step_done (database_of (self), stmt, error))
    return FALSE;
  cherish_store_changed (CHERISH_STORE (self));
  return TRUE;
}

/* Twelve months before now, as stored. */
static char *
year_ago (CherishTierStore *self)
{
  g_autoptr(GDateTime) now = cherish_clock_get_now (cherish_store_get_clock (CHERISH_STORE (self)));
  g_autoptr(GDateTime) then = g_date_time_add_months (now, -12);

  return cherish_timestamp_format (then);
}

/* The index of the highest tier @measure reaches in @tiers (lowest first), or -1. */
static int
tier_index (GPtrArray *tiers,
            gint64     measure)
{
  int found = -1;

  for (guint i = 0; i < tiers->len; i++)
    if (measure >= cherish_tier_get_threshold (tiers->pdata[i]))
      found = (int) i;
  return found;
}

/**
 * cherish_tier_store_tier_of:
 * @measure: (out) (optional): the customer's points or visits in 12 months
 *
 * Returns: (transfer full) (nullable): the name of the customer's tier now,
 *   or %NULL when they reach none (or on error, with @error set)
 */
char *
cherish_tier_store_tier_of (CherishTierStore  *self,
                            gint64             customer_id,
                            gint64            *measure,
                            GError           **error)
{
  g_autoptr(GPtrArray) tiers = NULL;
  g_autoptr(CherishStmt) stmt = NULL;
  g_autofree char *since = NULL;
  gint64 total = 0;
  int found;

  g_return_val_if_fail (CHERISH_IS_TIER_STORE (self), NULL);

  tiers = list_tiers (self, FALSE, error);
  if (tiers == NULL)
    return NULL;
  stmt = cherish_database_prepare (database_of (self),
                                   cherish_tier_store_get_basis (self) == CHERISH_TIER_BASIS_VISITS
                                   ? VISITS_MEASURE "AND v.customer_id = ?2 GROUP BY v.customer_id"
                                   : POINTS_MEASURE "AND l.customer_id = ?2 GROUP BY l.customer_id", error);
  if (stmt == NULL)
    return NULL;
  since = year_ago (self);
  cherish_bind_text (stmt, 1, since);
  cherish_stmt_bind_int64 (stmt, 2, customer_id);
  if (cherish_stmt_step (stmt) == CHERISH_ROW)
    total = cherish_stmt_column_int64 (stmt, 1);
  if (measure != NULL)
    *measure = total;
  found = tier_index (tiers, total);
  return found >= 0 ? g_strdup (cherish_tier_get_name (tiers->pdata[found])) : NULL;
}

typedef struct
{
  CherishTierStore *self;
  GPtrArray        *tiers;
  GPtrArray        *moves;
} Recalculation;

static const char *
tier_name (GPtrArray *tiers,
           int        index)
{
  return index >= 0 ? cherish_tier_get_name (tiers->pdata[index]) : "";
}

/* A server takes everyone's new tier in a few statements (a JSON array
 * of [customer, tier] each) rather than one round trip a customer; SQLite
 * keeps a prepared INSERT a row, as fast there. */
static const CherishDialectSql keep_batch = {
  NULL,
  "INSERT INTO customer_tiers (customer_id, tier_id, since) "
  "SELECT (p ->> 0)::bigint, (p ->> 1)::bigint, ?2 FROM json_array_elements (?1::json) AS p "
  "ON CONFLICT (customer_id) DO UPDATE SET tier_id = excluded.tier_id, since = excluded.since",
};
#define BATCH_CUSTOMERS 10000

static gboolean
flush_batch (CherishDatabase  *database,
             GString          *batch,
             const char       *now,
             GError          **error)
{
  g_autoptr(CherishStmt) stmt = NULL;

  if (batch->len <= 1)
    return TRUE;
  g_string_overwrite (batch, batch->len - 1, "]");
  stmt = cherish_database_prepare (database, cherish_database_sql (database, keep_batch), error);
  if (stmt == NULL)
    return FALSE;
  cherish_bind_text (stmt, 1, batch->str);
  cherish_bind_text (stmt, 2, now);
  if (!cherish_database_step_done (database, stmt, error))
    return FALSE;
  g_string_assign (batch, "[");
  return TRUE;
}

static gboolean
recalculate (gpointer   user_data,
             GError   **error)
{
  Recalculation *run = user_data;
  CherishDatabase *database = database_of (run->self);
  g_autoptr(CherishStmt) all = NULL;
  g_autoptr(CherishStmt) keep = NULL;
  g_autofree char *since = year_ago (run->self);
  g_autofree char *now = cherish_store_now_timestamp (CHERISH_STORE (run->self));
  g_autofree char *sql = NULL;
  g_autoptr(GString) batch = g_string_new ("[");
  gboolean batched = cherish_database_sql (database, keep_batch) != NULL;
  guint in_batch = 0;
  int rc;

  sql = g_strdup_printf ("SELECT c.id, c.display_name, coalesce (m.total, 0), "
                         "  coalesce (ct.tier_id, 0), ct.customer_id IS NOT NULL "
                         "FROM customers c LEFT JOIN (%s GROUP BY 1) m ON m.customer_id = c.id "
                         "LEFT JOIN customer_tiers ct ON ct.customer_id = c.id "
                         "WHERE c.deleted_at IS NULL",
                         cherish_tier_store_get_basis (run->self) == CHERISH_TIER_BASIS_VISITS
                         ? VISITS_MEASURE : POINTS_MEASURE);
  all = cherish_database_prepare (database, sql, error);
  if (all == NULL)
    return FALSE;
  if (!batched)
    {
      keep = cherish_database_prepare (database,
                                       "INSERT INTO customer_tiers (customer_id, tier_id, since) "
                                       "VALUES (?1, ?2, ?3) ON CONFLICT (customer_id) DO UPDATE "
                                       "SET tier_id = ?2, since = ?3", error);
      if (keep == NULL)
        return FALSE;
      cherish_bind_text (keep, 3, now);
    }
  cherish_bind_text (all, 1, since);
  while ((rc = cherish_stmt_step (all)) == CHERISH_ROW)
    {
      gint64 was_id = cherish_stmt_column_int64 (all, 3);
      int now_index = tier_index (run->tiers, cherish_stmt_column_int64 (all, 2));
      gint64 now_id = now_index >= 0 ? cherish_tier_get_id (run->tiers->pdata[now_index]) : 0;
      int was_index = -1;

      if (now_id == was_id && (cherish_stmt_column_int (all, 4) != 0 || now_id == 0))
        continue;
      for (guint i = 0; i < run->tiers->len; i++)
        if (cherish_tier_get_id (run->tiers->pdata[i]) == was_id)
          was_index = (int) i;
      if (batched)
        {
          if (now_id > 0)
            g_string_append_printf (batch, "[%" G_GINT64_FORMAT ",%" G_GINT64_FORMAT "],",
                                    cherish_stmt_column_int64 (all, 0), now_id);
          else
            g_string_append_printf (batch, "[%" G_GINT64_FORMAT ",null],", cherish_stmt_column_int64 (all, 0));
          if (++in_batch % BATCH_CUSTOMERS == 0 && !flush_batch (database, batch, now, error))
            return FALSE;
        }
      else
        {
          cherish_stmt_bind_int64 (keep, 1, cherish_stmt_column_int64 (all, 0));
          if (now_id > 0)
            cherish_stmt_bind_int64 (keep, 2, now_id);
          else
            cherish_stmt_bind_null (keep, 2);
          if (!cherish_database_step_done (database, keep, error))
            return FALSE;
          cherish_stmt_reset (keep);
        }
      if (now_id == was_id)
        continue;
      g_ptr_array_add (run->moves,
                       g_object_new (CHERISH_TYPE_TIER_MOVE,
                                     "customer-id", (gint64) cherish_stmt_column_int64 (all, 0),
                                     "customer-name", cherish_column_text (all, 1),
                                     "from-tier", tier_name (run->tiers, was_index),
                                     "to-tier", tier_name (run->tiers, now_index),
                                     "up", now_index > was_index,
                                     NULL));
    }
  if (rc != CHERISH_DONE)
    {
      cherish_database_set_error (database, rc, error);
      return FALSE;
    }
  if (batched && !flush_batch (database, batch, now, error))
    return FALSE;
  cherish_database_emit_changed (database, "customer_tiers");
  return TRUE;
}

/**
 * cherish_tier_store_recalculate:
 *
 * Works out everyone's tier now and keeps it, in one transaction.
 *
 * Returns: (transfer container) (element-type CherishTierMove): who moved
 *   since the last recalculation, or %NULL with @error set
 */
GPtrArray *
cherish_tier_store_recalculate (CherishTierStore  *self,
                                GError           **error)
{
  g_autoptr(GPtrArray) tiers = NULL;
  g_autoptr(GPtrArray) moves = g_ptr_array_new_with_free_func (g_object_unref);
  Recalculation run = { self, NULL, moves };

  g_return_val_if_fail (CHERISH_IS_TIER_STORE (self), NULL);

  tiers = list_tiers (self, FALSE, error);
  if (tiers == NULL)
    return NULL;
  run.tiers = tiers;
  if (!cherish_database_transaction (database_of (self), recalculate, &run, error))
    return NULL;
  return g_steal_pointer (&moves);
}
