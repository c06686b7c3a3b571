/* cherish-points-store.c — loyalty points: the append-only ledger and rewards
 *
 * Every movement of points is one new ledger row: earned (with the visit
 * or event), redeemed (with the reward), expired, adjusted by hand (with
 * a reason and who), or the reversal of one earlier row. Rows are never
 * changed or removed (triggers refuse it); a row is reversed at most once
 * (a UNIQUE column). The balance is the sum of the rows; a cached copy is
 * kept by a trigger and verify() compares the two. No movement that
 * takes points leaves a balance below zero, but an adjustment allowed to; a redemption checks
 * the reward, its stock and the balance and takes all or nothing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-points-store"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "cherish-date.h"
#include "cherish-error.h"
#include "cherish-money.h"
#include "cherish-points-entry.h"
#include "cherish-points-store-private.h"
#include "cherish-reward.h"
#include "cherish-store-private.h"
#include "cherish-text.h"


struct _CherishPointsStore
{
  CherishStore parent_instance;
};

G_DEFINE_FINAL_TYPE (CherishPointsStore, cherish_points_store, CHERISH_TYPE_STORE)

CherishDatabase *
cherish_points_store_database (CherishPointsStore *self)
{
  return cherish_store_get_database (CHERISH_STORE (self));
}

static void
cherish_points_store_class_init (CherishPointsStoreClass *klass)
{
  CHERISH_STORE_CLASS (klass)->table = "points_ledger";
}

static void
cherish_points_store_init (CherishPointsStore *self)
{
}

CherishPointsStore *
cherish_points_store_new (CherishDatabase *database,
                          CherishClock    *clock)
{
  return g_object_new (CHERISH_TYPE_POINTS_STORE, "database", database, "clock", clock, NULL);
}

/**
 * cherish_points_store_add_reward:
 * @stock: how many there are, or -1 for no limit
 *
 * Returns: the reward's id, or 0 with @error set
 */
gint64
cherish_points_store_add_reward (CherishPointsStore  *self,
                                 const char          *name,
                                 gint64               cost,
                                 gint64               stock,
                                 GError             **error)
{
  g_autofree char *trimmed = cherish_text_normalize (name);
  g_autoptr(CherishStmt) stmt = NULL;
  g_autofree char *now = NULL;

  g_return_val_if_fail (CHERISH_IS_POINTS_STORE (self), 0);

  if (trimmed == NULL)
    {
      cherish_set_invalid (error, "reward-name", _("Reward: give it a name."));
      return 0;
    }
  if (cost < 1 || cost > CHERISH_MAX_POINTS)
    {
      cherish_set_invalid (error, "reward-cost", _("Cost: a whole number of points, at least 1."));
      return 0;
    }
  stmt = cherish_database_prepare (cherish_points_store_database (self),
                                   "INSERT INTO rewards (name, cost, stock, created_at) "
                                   "VALUES (?1, ?2, ?3, ?4)", error);
  if (stmt == NULL)
    return 0;
  now = cherish_store_now_timestamp (CHERISH_STORE (self));
  cherish_bind_text (stmt, 1, trimmed);
  cherish_stmt_bind_int64 (stmt, 2, cost);
  if (stock >= 0)
    cherish_stmt_bind_int64 (stmt, 3, stock);
  else
    cherish_stmt_bind_null (stmt, 3);
  cherish_bind_text (stmt, 4, now);
  if (!cherish_database_step_done (cherish_points_store_database (self), stmt, error))
    return 0;
  cherish_database_emit_changed (cherish_points_store_database (self), "rewards");
  return cherish_database_last_insert_id (cherish_points_store_database (self));
}

/**
 * cherish_points_store_get_stock:
 *
 * Returns: how many of the reward are left, -1 for no limit (or an error)
 */
gint64
cherish_points_store_get_stock (CherishPointsStore  *self,
                                gint64               reward_id,
                                GError             **error)
{
  return cherish_database_int_by_id (cherish_points_store_database (self),
                                     "SELECT coalesce (stock, -1) FROM rewards WHERE id = ?1",
                                     reward_id, -1, error);
}

/**
 * cherish_points_store_get_balance:
 *
 * Returns: the customer's points (the cached balance), or -1 with @error
 *   set — a balance allowed below zero reads as it is
 */
gint64
cherish_points_store_get_balance (CherishPointsStore  *self,
                                  gint64               customer_id,
                                  GError             **error)
{
  g_return_val_if_fail (CHERISH_IS_POINTS_STORE (self), -1);
  return cherish_database_int_by_id (cherish_points_store_database (self),
                                     "SELECT balance FROM points_balances WHERE customer_id = ?1",
                                     customer_id, 0, error);
}

/**
 * cherish_points_store_sum:
 *
 * Returns: the sum of the customer's ledger rows
 */
gint64
cherish_points_store_sum (CherishPointsStore  *self,
                          gint64               customer_id,
                          GError             **error)
{
  g_return_val_if_fail (CHERISH_IS_POINTS_STORE (self), -1);
  return cherish_database_int_by_id (cherish_points_store_database (self),
                                     "SELECT coalesce (sum (points), 0) FROM points_ledger "
                                     "WHERE customer_id = ?1",
                                     customer_id, 0, error);
}

/**
 * cherish_points_store_verify:
 *
 * Returns: how many customers' cached balance differs from the sum of
 *   their rows (0 when all is well), or -1 with @error set
 */
gint64
cherish_points_store_verify (CherishPointsStore  *self,
                             GError             **error)
{
  g_autoptr(CherishStmt) stmt = NULL;

  g_return_val_if_fail (CHERISH_IS_POINTS_STORE (self), -1);

  stmt = cherish_database_prepare (cherish_points_store_database (self),
                                   "SELECT count (*) FROM (SELECT customer_id, sum (points) AS total "
                                   "  FROM points_ledger GROUP BY customer_id) s "
                                   "FULL JOIN points_balances b USING (customer_id) "
                                   "WHERE coalesce (s.total, 0) <> coalesce (b.balance, 0)", error);
  if (stmt == NULL)
    return -1;
  return cherish_database_count (cherish_points_store_database (self), stmt, error);
}


gboolean
cherish_points_store_append (CherishMovement  *move,
                             GError          **error)
{
  CherishPointsStore *self = move->self;
  g_autoptr(CherishStmt) stmt = NULL;
  g_autofree char *now = NULL;
  gint64 balance;

  if (!cherish_store_check_customer (CHERISH_STORE (self), move->customer_id, error))
    return FALSE;
  balance = cherish_points_store_get_balance (self, move->customer_id, error);
  if (balance == -1 && error != NULL && *error != NULL)
    return FALSE;
  /* Taking points may not go below zero; giving is always allowed. */
  if (move->points < 0 && balance + move->points < 0 && !move->may_go_negative)
    {
      g_set_error (error, CHERISH_ERROR, CHERISH_ERROR_CONFLICT,
                   _("Not enough points: %d, and this needs %d."), (int) balance, (int) -move->points);
      return FALSE;
    }

  stmt = cherish_database_prepare (cherish_points_store_database (self),
                                   "INSERT INTO points_ledger (customer_id, kind, points, visit_id, "
                                   "  event_id, reward_id, reverses_id, reason, staff_id, at, bonus) "
                                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)", error);
  if (stmt == NULL)
    return FALSE;
  now = cherish_store_now_timestamp (CHERISH_STORE (self));
  cherish_stmt_bind_int64 (stmt, 1, move->customer_id);
  cherish_bind_text (stmt, 2, move->kind);
  cherish_stmt_bind_int64 (stmt, 3, move->points);
#define BIND_ID(index, value) \
  if ((value) > 0) cherish_stmt_bind_int64 (stmt, index, value); else cherish_stmt_bind_null (stmt, index)
  BIND_ID (4, move->visit_id);
  BIND_ID (5, move->event_id);
  BIND_ID (6, move->reward_id);
  BIND_ID (7, move->reverses_id);
  BIND_ID (9, move->staff_id);
#undef BIND_ID
  cherish_bind_text (stmt, 8, move->reason != NULL ? move->reason : "");
  cherish_bind_text (stmt, 10, now);
  cherish_bind_text (stmt, 11, move->bonus);
  if (!cherish_database_step_done (cherish_points_store_database (self), stmt, error))
    return FALSE;
  move->row_id = cherish_database_last_insert_id (cherish_points_store_database (self));
  cherish_store_changed (CHERISH_STORE (self));
  return TRUE;
}

static gboolean
append_in_transaction (gpointer   user_data,
                       GError   **error)
{
  return cherish_points_store_append (user_data, error);
}

gint64
cherish_points_store_run (CherishMovement         *move,
                          CherishTransactionFunc   func,
                          GError                 **error)
{
  if (!cherish_database_transaction (cherish_points_store_database (move->self), func, move, error))
    return 0;
  return move->row_id;
}

static gboolean
check_points (gint64    points,
              GError  **error)
{
  if (points < 1 || points > CHERISH_MAX_POINTS)
    {
      cherish_set_invalid (error, "points", _("Points: a whole number, at least 1."));
      return FALSE;
    }
  return TRUE;
}

/**
 * cherish_points_store_earn:
 * @visit_id: the visit that earned them, or 0
 * @event_id: the event that earned them, or 0
 *
 * Returns: the ledger row's id, or 0 with @error set
 */
gint64
cherish_points_store_earn (CherishPointsStore  *self,
                           gint64               customer_id,
                           gint64               points,
                           gint64               visit_id,
                           gint64               event_id,
                           GError             **error)
{
  CherishMovement move = { self, customer_id, "earned", points, visit_id, event_id };

  g_return_val_if_fail (CHERISH_IS_POINTS_STORE (self), 0);
  return check_points (points, error) ? cherish_points_store_run (&move, append_in_transaction, error) : 0;
}

/**
 * cherish_points_store_expire:
 *
 * Returns: the ledger row's id, or 0 with @error set
 */
gint64
cherish_points_store_expire (CherishPointsStore  *self,
                             gint64               customer_id,
                             gint64               points,
                             GError             **error)
{
  CherishMovement move = { self, customer_id, "expired", -points };

  g_return_val_if_fail (CHERISH_IS_POINTS_STORE (self), 0);
  return check_points (points, error) ? cherish_points_store_run (&move, append_in_transaction, error) : 0;
}

/**
 * cherish_points_store_adjust:
 * @points: added (> 0) or taken (< 0)
 * @reason: why — required
 * @staff_id: who, or 0
 * @may_go_negative: whether the balance may fall below zero
 *
 * Returns: the ledger row's id, or 0 with @error set
 */
gint64
cherish_points_store_adjust (CherishPointsStore  *self,
                             gint64               customer_id,
                             gint64               points,
                             const char          *reason,
                             gint64               staff_id,
                             gboolean             may_go_negative,
                             GError             **error)
{
  g_autofree char *why = cherish_text_normalize (reason);
  CherishMovement move = { self, customer_id, "adjusted", points, 0, 0, 0, 0, why, staff_id, may_go_negative };

  g_return_val_if_fail (CHERISH_IS_POINTS_STORE (self), 0);

  if (why == NULL)
    {
      cherish_set_invalid (error, "reason", _("Reason: say why the points change."));
      return 0;
    }
  if (!check_points (ABS (points), error))
    return 0;
  return cherish_points_store_run (&move, append_in_transaction, error);
}

static gboolean
redeem (gpointer   user_data,
        GError   **error)
{
  CherishMovement *move = user_data;
  CherishPointsStore *self = move->self;
  g_autoptr(CherishStmt) reward = NULL;
  g_autoptr(CherishStmt) take = NULL;
  gint64 cost, stock;
  int rc;

  reward = cherish_database_prepare (cherish_points_store_database (self),
                                     "SELECT cost, coalesce (stock, -1), active FROM rewards WHERE id = ?1",
                                     error);
  if (reward == NULL)
    return FALSE;
  cherish_stmt_bind_int64 (reward, 1, move->reward_id);
  rc = cherish_stmt_step (reward);
  if (rc != CHERISH_ROW || cherish_stmt_column_int (reward, 2) == 0)
    {
      g_set_error_literal (error, CHERISH_ERROR, CHERISH_ERROR_CONFLICT,
                           rc == CHERISH_ROW ? _("This reward is not offered any more.")
                                            : _("This reward no longer exists."));
      return FALSE;
    }
  cost = cherish_stmt_column_int64 (reward, 0);
  stock = cherish_stmt_column_int64 (reward, 1);
  cherish_stmt_reset (reward);
  if (stock == 0)
    {
      g_set_error_literal (error, CHERISH_ERROR, CHERISH_ERROR_CONFLICT, _("This reward is out of stock."));
      return FALSE;
    }
  if (stock > 0)
    {
      take = cherish_database_prepare (cherish_points_store_database (self),
                                       "UPDATE rewards SET stock = stock - 1 WHERE id = ?1", error);
      if (take == NULL)
        return FALSE;
      cherish_stmt_bind_int64 (take, 1, move->reward_id);
      if (!cherish_database_step_done (cherish_points_store_database (self), take, error))
        return FALSE;
      cherish_database_emit_changed (cherish_points_store_database (self), "rewards");
    }
  move->points = -cost;
  return cherish_points_store_append (move, error);   /* refuses a short balance: the stock is given back too */
}

/**
 * cherish_points_store_redeem:
 *
 * Spends the reward's cost from the customer's points and one of its
 * stock; all or nothing.
 *
 * Returns: the ledger row's id, or 0 with @error set
 */
gint64
cherish_points_store_redeem (CherishPointsStore  *self,
                             gint64               customer_id,
                             gint64               reward_id,
                             GError             **error)
{
  CherishMovement move = { self, customer_id, "redeemed", 0, 0, 0, reward_id };

  g_return_val_if_fail (CHERISH_IS_POINTS_STORE (self), 0);
  return cherish_points_store_run (&move, redeem, error);
}

static gboolean
reverse (gpointer   user_data,
         GError   **error)
{
  CherishMovement *move = user_data;
  CherishPointsStore *self = move->self;
  g_autoptr(CherishStmt) row = NULL;
  g_autoptr(CherishStmt) give_back = NULL;
  g_autofree char *kind = NULL;
  gint64 reward_id;
  int rc;

  row = cherish_database_prepare (cherish_points_store_database (self),
                                  "SELECT customer_id, kind, points, coalesce (reward_id, 0), "
                                  "  EXISTS (SELECT 1 FROM points_ledger r WHERE r.reverses_id = l.id) "
                                  "FROM points_ledger l WHERE id = ?1", error);
  if (row == NULL)
    return FALSE;
  cherish_stmt_bind_int64 (row, 1, move->reverses_id);
  rc = cherish_stmt_step (row);
  if (rc != CHERISH_ROW)
    {
      g_set_error_literal (error, CHERISH_ERROR, CHERISH_ERROR_NOT_FOUND, _("This movement does not exist."));
      return FALSE;
    }
  move->customer_id = cherish_stmt_column_int64 (row, 0);
  kind = g_strdup (cherish_column_text (row, 1));
  move->points = -cherish_stmt_column_int64 (row, 2);
  reward_id = cherish_stmt_column_int64 (row, 3);
  if (cherish_stmt_column_int (row, 4) != 0 || g_str_equal (kind, "reversed"))
    {
      cherish_stmt_reset (row);
      g_set_error_literal (error, CHERISH_ERROR, CHERISH_ERROR_CONFLICT,
                           g_str_equal (kind, "reversed") ? _("A reversal cannot be reversed.")
                                                          : _("This movement was already reversed."));
      return FALSE;
    }
  cherish_stmt_reset (row);

  /* A redemption undone gives its reward back to the stock. */
  if (g_str_equal (kind, "redeemed") && reward_id > 0)
    {
      give_back = cherish_database_prepare (cherish_points_store_database (self),
                                            "UPDATE rewards SET stock = stock + 1 "
                                            "WHERE id = ?1 AND stock IS NOT NULL", error);
      if (give_back == NULL)
        return FALSE;
      cherish_stmt_bind_int64 (give_back, 1, reward_id);
      if (!cherish_database_step_done (cherish_points_store_database (self), give_back, error))
        return FALSE;
    }
  return cherish_points_store_append (move, error);
}

/**
 * cherish_points_store_reverse:
 *
 * Undoes one earlier movement exactly (a refunded purchase, a mistaken
 * redemption), once. Refused when it would take the balance below zero.
 *
 * Returns: the new row's id, or 0 with @error set
 */
gint64
cherish_points_store_reverse (CherishPointsStore  *self,
                              gint64               row_id,
                              GError             **error)
{
  CherishMovement move = { self, 0, "reversed", 0, 0, 0, 0, row_id };

  g_return_val_if_fail (CHERISH_IS_POINTS_STORE (self), 0);
  return cherish_points_store_run (&move, reverse, error);
}

static gpointer
reward_from_row (CherishStmt *stmt)
{
  return g_object_new (CHERISH_TYPE_REWARD,
                       "id", (gint64) cherish_stmt_column_int64 (stmt, 0),
                       "name", cherish_column_text (stmt, 1),
                       "cost", (gint64) cherish_stmt_column_int64 (stmt, 2),
                       "stock", (gint64) cherish_stmt_column_int64 (stmt, 3),
                       "active", cherish_stmt_column_int (stmt, 4) != 0,
                       NULL);
}

/**
 * cherish_points_store_list_rewards:
 * @active_only: leave out the rewards no longer offered
 *
 * Returns: (transfer container) (element-type CherishReward): the
 *   catalogue, cheapest first, or %NULL with @error set
 */
GPtrArray *
cherish_points_store_list_rewards (CherishPointsStore  *self,
                                   gboolean             active_only,
                                   GError             **error)
{
  g_autoptr(CherishStmt) stmt = NULL;

  g_return_val_if_fail (CHERISH_IS_POINTS_STORE (self), NULL);

  stmt = cherish_database_prepare (cherish_points_store_database (self),
                                   "SELECT id, name, cost, coalesce (stock, -1), active FROM rewards "
                                   "WHERE active = 1 OR ?1 = 0 ORDER BY active DESC, cost, name", error);
  if (stmt == NULL)
    return NULL;
  cherish_stmt_bind_int64 (stmt, 1, active_only);
  return cherish_database_collect (cherish_points_store_database (self), stmt, reward_from_row, error);
}

/**
 * cherish_points_store_set_reward_active:
 *
 * Offers a reward again, or stops offering it (its past redemptions stay).
 */
gboolean
cherish_points_store_set_reward_active (CherishPointsStore  *self,
                                        gint64               reward_id,
                                        gboolean             active,
                                        GError             **error)
{
  g_autoptr(CherishStmt) stmt = NULL;

  g_return_val_if_fail (CHERISH_IS_POINTS_STORE (self), FALSE);

  stmt = cherish_database_prepare (cherish_points_store_database (self),
                                   "UPDATE rewards SET active = ?2 WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  cherish_stmt_bind_int64 (stmt, 1, reward_id);
  cherish_stmt_bind_int64 (stmt, 2, active ? 1 : 0);
  if (!cherish_database_step_done (cherish_points_store_database (self), stmt, error))
    return FALSE;
  cherish_database_emit_changed (cherish_points_store_database (self), "rewards");
  return TRUE;
}

static gpointer
entry_from_row (CherishStmt *stmt)
{
  return g_object_new (CHERISH_TYPE_POINTS_ENTRY,
                       "id", (gint64) cherish_stmt_column_int64 (stmt, 0),
                       "kind", cherish_column_text (stmt, 1),
                       "points", (gint64) cherish_stmt_column_int64 (stmt, 2),
                       "at", cherish_column_text (stmt, 3),
                       "reason", cherish_column_text (stmt, 4),
                       "reward-name", cherish_column_text (stmt, 5),
                       "bonus", cherish_column_text (stmt, 6),
                       "visit-id", (gint64) cherish_stmt_column_int64 (stmt, 7),
                       "reversed", cherish_stmt_column_int (stmt, 8) != 0,
                       NULL);
}

/**
 * cherish_points_store_list_entries:
 * @limit: at most this many, newest first
 *
 * Returns: (transfer container) (element-type CherishPointsEntry): the
 *   customer's ledger rows, or %NULL with @error set
 */
GPtrArray *
cherish_points_store_list_entries (CherishPointsStore  *self,
                                   gint64               customer_id,
                                   guint                limit,
                                   GError             **error)
{
  g_autoptr(CherishStmt) stmt = NULL;

  g_return_val_if_fail (CHERISH_IS_POINTS_STORE (self), NULL);

  stmt = cherish_database_prepare (cherish_points_store_database (self),
                                   "SELECT l.id, l.kind, l.points, l.at, l.reason, r.name, l.bonus, "
                                   "  coalesce (l.visit_id, 0), "
                                   "  EXISTS (SELECT 1 FROM points_ledger x WHERE x.reverses_id = l.id) "
                                   "FROM points_ledger l LEFT JOIN rewards r ON r.id = l.reward_id "
                                   "WHERE l.customer_id = ?1 ORDER BY l.id DESC LIMIT ?2", error);
  if (stmt == NULL)
    return NULL;
  cherish_stmt_bind_int64 (stmt, 1, customer_id);
  cherish_stmt_bind_int64 (stmt, 2, (int) MIN (limit, G_MAXINT));
  return cherish_database_collect (cherish_points_store_database (self), stmt, entry_from_row, error);
}
