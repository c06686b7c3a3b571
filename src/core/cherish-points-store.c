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
#include "cherish-points-store.h"
#include "cherish-store-private.h"
#include "cherish-text.h"

#define MAX_POINTS 1000000000

struct _CherishPointsStore
{
  CherishStore parent_instance;
};

G_DEFINE_FINAL_TYPE (CherishPointsStore, cherish_points_store, CHERISH_TYPE_STORE)

static CherishDatabase *
database_of (CherishPointsStore *self)
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
  if (cost < 1 || cost > MAX_POINTS)
    {
      cherish_set_invalid (error, "reward-cost", _("Cost: a whole number of points, at least 1."));
      return 0;
    }
  stmt = cherish_database_prepare (database_of (self),
                                   "INSERT INTO rewards (name, cost, stock, created_at) "
                                   "VALUES (?1, ?2, ?3, ?4)", error);
  if (stmt == NULL)
    return 0;
  now = cherish_store_now_timestamp (CHERISH_STORE (self));
  cherish_bind_text (stmt, 1, trimmed);
  sqlite3_bind_int64 (stmt, 2, cost);
  if (stock >= 0)
    sqlite3_bind_int64 (stmt, 3, stock);
  else
    sqlite3_bind_null (stmt, 3);
  cherish_bind_text (stmt, 4, now);
  if (!cherish_database_step_done (database_of (self), stmt, error))
    return 0;
  cherish_database_emit_changed (database_of (self), "rewards");
  return sqlite3_last_insert_rowid (cherish_database_get_handle (database_of (self)));
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
  return cherish_database_int_by_id (database_of (self),
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
  return cherish_database_int_by_id (database_of (self),
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
  return cherish_database_int_by_id (database_of (self),
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

  stmt = cherish_database_prepare (database_of (self),
                                   "SELECT count (*) FROM (SELECT customer_id, sum (points) AS total "
                                   "  FROM points_ledger GROUP BY customer_id) s "
                                   "FULL JOIN points_balances b USING (customer_id) "
                                   "WHERE coalesce (s.total, 0) <> coalesce (b.balance, 0)", error);
  if (stmt == NULL)
    return -1;
  return cherish_database_count (database_of (self), stmt, error);
}

typedef struct
{
  CherishPointsStore *self;
  gint64              customer_id;
  const char         *kind;
  gint64              points;
  gint64              visit_id;
  gint64              event_id;
  gint64              reward_id;
  gint64              reverses_id;
  const char         *reason;
  gint64              staff_id;
  gboolean            may_go_negative;
  gint64              row_id;
} Movement;

static gboolean
append (Movement  *move,
        GError   **error)
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

  stmt = cherish_database_prepare (database_of (self),
                                   "INSERT INTO points_ledger (customer_id, kind, points, visit_id, "
                                   "  event_id, reward_id, reverses_id, reason, staff_id, at) "
                                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)", error);
  if (stmt == NULL)
    return FALSE;
  now = cherish_store_now_timestamp (CHERISH_STORE (self));
  sqlite3_bind_int64 (stmt, 1, move->customer_id);
  cherish_bind_text (stmt, 2, move->kind);
  sqlite3_bind_int64 (stmt, 3, move->points);
#define BIND_ID(index, value) \
  if ((value) > 0) sqlite3_bind_int64 (stmt, index, value); else sqlite3_bind_null (stmt, index)
  BIND_ID (4, move->visit_id);
  BIND_ID (5, move->event_id);
  BIND_ID (6, move->reward_id);
  BIND_ID (7, move->reverses_id);
  BIND_ID (9, move->staff_id);
#undef BIND_ID
  sqlite3_bind_text (stmt, 8, move->reason != NULL ? move->reason : "", -1, SQLITE_TRANSIENT);
  cherish_bind_text (stmt, 10, now);
  if (!cherish_database_step_done (database_of (self), stmt, error))
    return FALSE;
  move->row_id = sqlite3_last_insert_rowid (cherish_database_get_handle (database_of (self)));
  cherish_store_changed (CHERISH_STORE (self));
  return TRUE;
}

static gboolean
append_in_transaction (gpointer   user_data,
                       GError   **error)
{
  return append (user_data, error);
}

static gint64
run (Movement                *move,
     CherishTransactionFunc   func,
     GError                 **error)
{
  if (!cherish_database_transaction (database_of (move->self), func, move, error))
    return 0;
  return move->row_id;
}

static gboolean
check_points (gint64    points,
              GError  **error)
{
  if (points < 1 || points > MAX_POINTS)
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
  Movement move = { self, customer_id, "earned", points, visit_id, event_id };

  g_return_val_if_fail (CHERISH_IS_POINTS_STORE (self), 0);
  return check_points (points, error) ? run (&move, append_in_transaction, error) : 0;
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
  Movement move = { self, customer_id, "expired", -points };

  g_return_val_if_fail (CHERISH_IS_POINTS_STORE (self), 0);
  return check_points (points, error) ? run (&move, append_in_transaction, error) : 0;
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
  Movement move = { self, customer_id, "adjusted", points, 0, 0, 0, 0, why, staff_id, may_go_negative };

  g_return_val_if_fail (CHERISH_IS_POINTS_STORE (self), 0);

  if (why == NULL)
    {
      cherish_set_invalid (error, "reason", _("Reason: say why the points change."));
      return 0;
    }
  if (!check_points (ABS (points), error))
    return 0;
  return run (&move, append_in_transaction, error);
}

static gboolean
redeem (gpointer   user_data,
        GError   **error)
{
  Movement *move = user_data;
  CherishPointsStore *self = move->self;
  g_autoptr(CherishStmt) reward = NULL;
  g_autoptr(CherishStmt) take = NULL;
  gint64 cost, stock;
  int rc;

  reward = cherish_database_prepare (database_of (self),
                                     "SELECT cost, coalesce (stock, -1), active FROM rewards WHERE id = ?1",
                                     error);
  if (reward == NULL)
    return FALSE;
  sqlite3_bind_int64 (reward, 1, move->reward_id);
  rc = sqlite3_step (reward);
  if (rc != SQLITE_ROW || sqlite3_column_int (reward, 2) == 0)
    {
      g_set_error_literal (error, CHERISH_ERROR, CHERISH_ERROR_CONFLICT,
                           rc == SQLITE_ROW ? _("This reward is not offered any more.")
                                            : _("This reward no longer exists."));
      return FALSE;
    }
  cost = sqlite3_column_int64 (reward, 0);
  stock = sqlite3_column_int64 (reward, 1);
  sqlite3_reset (reward);
  if (stock == 0)
    {
      g_set_error_literal (error, CHERISH_ERROR, CHERISH_ERROR_CONFLICT, _("This reward is out of stock."));
      return FALSE;
    }
  if (stock > 0)
    {
      take = cherish_database_prepare (database_of (self),
                                       "UPDATE rewards SET stock = stock - 1 WHERE id = ?1", error);
      if (take == NULL)
        return FALSE;
      sqlite3_bind_int64 (take, 1, move->reward_id);
      if (!cherish_database_step_done (database_of (self), take, error))
        return FALSE;
      cherish_database_emit_changed (database_of (self), "rewards");
    }
  move->points = -cost;
  return append (move, error);   /* refuses a short balance: the stock is given back too */
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
  Movement move = { self, customer_id, "redeemed", 0, 0, 0, reward_id };

  g_return_val_if_fail (CHERISH_IS_POINTS_STORE (self), 0);
  return run (&move, redeem, error);
}

static gboolean
reverse (gpointer   user_data,
         GError   **error)
{
  Movement *move = user_data;
  CherishPointsStore *self = move->self;
  g_autoptr(CherishStmt) row = NULL;
  g_autoptr(CherishStmt) give_back = NULL;
  g_autofree char *kind = NULL;
  gint64 reward_id;
  int rc;

  row = cherish_database_prepare (database_of (self),
                                  "SELECT customer_id, kind, points, coalesce (reward_id, 0), "
                                  "  EXISTS (SELECT 1 FROM points_ledger r WHERE r.reverses_id = l.id) "
                                  "FROM points_ledger l WHERE id = ?1", error);
  if (row == NULL)
    return FALSE;
  sqlite3_bind_int64 (row, 1, move->reverses_id);
  rc = sqlite3_step (row);
  if (rc != SQLITE_ROW)
    {
      g_set_error_literal (error, CHERISH_ERROR, CHERISH_ERROR_NOT_FOUND, _("This movement does not exist."));
      return FALSE;
    }
  move->customer_id = sqlite3_column_int64 (row, 0);
  kind = g_strdup ((const char *) sqlite3_column_text (row, 1));
  move->points = -sqlite3_column_int64 (row, 2);
  reward_id = sqlite3_column_int64 (row, 3);
  if (sqlite3_column_int (row, 4) != 0 || g_str_equal (kind, "reversed"))
    {
      sqlite3_reset (row);
      g_set_error_literal (error, CHERISH_ERROR, CHERISH_ERROR_CONFLICT,
                           g_str_equal (kind, "reversed") ? _("A reversal cannot be reversed.")
                                                          : _("This movement was already reversed."));
      return FALSE;
    }
  sqlite3_reset (row);

  /* A redemption undone gives its reward back to the stock. */
  if (g_str_equal (kind, "redeemed") && reward_id > 0)
    {
      give_back = cherish_database_prepare (database_of (self),
                                            "UPDATE rewards SET stock = stock + 1 "
                                            "WHERE id = ?1 AND stock IS NOT NULL", error);
      if (give_back == NULL)
        return FALSE;
      sqlite3_bind_int64 (give_back, 1, reward_id);
      if (!cherish_database_step_done (database_of (self), give_back, error))
        return FALSE;
    }
  return append (move, error);
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
  Movement move = { self, 0, "reversed", 0, 0, 0, 0, row_id };

  g_return_val_if_fail (CHERISH_IS_POINTS_STORE (self), 0);
  return run (&move, reverse, error);
}

/**
 * cherish_points_for_amount:
 *
 * Integer maths, rounded down: whole @amount_unit only earn.
 *
 * Returns: the points @amount_minor earns (0 for a rule without money)
 */
gint64
cherish_points_for_amount (gint64 amount_minor,
                           gint64 per_amount,
                           gint64 amount_unit)
{
  gint64 units;

  if (amount_minor <= 0 || per_amount <= 0 || amount_unit <= 0)
    return 0;
  units = amount_minor / amount_unit;
  if (units > MAX_POINTS / per_amount)
    return MAX_POINTS;
  return units * per_amount;
}

/**
 * cherish_points_store_set_rules:
 *
 * Keeps the rules that apply from @rules->starts_on (replacing rules that
 * started the same day). Points already earned are not changed.
 */
gboolean
cherish_points_store_set_rules (CherishPointsStore        *self,
                                const CherishPointsRules  *rules,
                                GError                   **error)
{
  g_autoptr(CherishStmt) stmt = NULL;
  g_autofree char *now = NULL;
  g_autofree char *day = NULL;
  GDate start;

  g_return_val_if_fail (CHERISH_IS_POINTS_STORE (self), FALSE);

  if (!cherish_date_parse (rules->starts_on, &start, NULL))
    {
      cherish_set_invalid (error, "starts-on", _("Starts on: a day, year-month-day."));
      return FALSE;
    }
  if (rules->per_visit < 0 || rules->per_amount < 0 || rules->per_visit > MAX_POINTS ||
      rules->per_amount > MAX_POINTS)
    {
      cherish_set_invalid (error, "points", _("Points: a whole number, 0 or more."));
      return FALSE;
    }
  if (rules->per_amount > 0 && (rules->amount_unit < 1 || !cherish_money_currency_is_valid (rules->currency)))
    {
      cherish_set_invalid (error, "amount-unit", _("Spending: say how much money earns the points, and in which currency."));
      return FALSE;
    }
  stmt = cherish_database_prepare (database_of (self),
                                   "INSERT INTO points_rules (starts_on, per_visit, per_amount, "
                                   "  amount_unit, currency, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6) "
                                   "ON CONFLICT (starts_on) DO UPDATE SET per_visit = ?2, per_amount = ?3, "
                                   "  amount_unit = ?4, currency = ?5", error);
  if (stmt == NULL)
    return FALSE;
  day = cherish_date_format (&start);
  now = cherish_store_now_timestamp (CHERISH_STORE (self));
  cherish_bind_text (stmt, 1, day);
  sqlite3_bind_int64 (stmt, 2, rules->per_visit);
  sqlite3_bind_int64 (stmt, 3, rules->per_amount);
  sqlite3_bind_int64 (stmt, 4, MAX (rules->amount_unit, 1));
  cherish_bind_text (stmt, 5, rules->per_amount > 0 ? rules->currency : NULL);
  cherish_bind_text (stmt, 6, now);
  if (!cherish_database_step_done (database_of (self), stmt, error))
    return FALSE;
  cherish_database_emit_changed (database_of (self), "points_rules");
  return TRUE;
}

/**
 * cherish_points_store_get_rules:
 * @day: "YYYY-MM-DD"
 * @rules: (out caller-allocates): the rules in force that day
 *
 * Returns: %FALSE when no rule applies yet (@error unset) or on error
 */
gboolean
cherish_points_store_get_rules (CherishPointsStore  *self,
                                const char          *day,
                                CherishPointsRules  *rules,
                                GError             **error)
{
  g_autoptr(CherishStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (CHERISH_IS_POINTS_STORE (self), FALSE);

  stmt = cherish_database_prepare (database_of (self),
                                   "SELECT starts_on, per_visit, per_amount, amount_unit, "
                                   "  coalesce (currency, '') FROM points_rules WHERE starts_on <= ?1 "
                                   "ORDER BY starts_on DESC LIMIT 1", error);
  if (stmt == NULL)
    return FALSE;
  cherish_bind_text (stmt, 1, day);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      if (rc != SQLITE_DONE)
        cherish_database_set_error (database_of (self), rc, error);
      return FALSE;
    }
  memset (rules, 0, sizeof *rules);
  g_strlcpy (rules->starts_on, cherish_column_text (stmt, 0), sizeof rules->starts_on);
  rules->per_visit = sqlite3_column_int64 (stmt, 1);
  rules->per_amount = sqlite3_column_int64 (stmt, 2);
  rules->amount_unit = sqlite3_column_int64 (stmt, 3);
  g_strlcpy (rules->currency, cherish_column_text (stmt, 4), sizeof rules->currency);
  return TRUE;
}

static gboolean
earn_for_visit (gpointer   user_data,
                GError   **error)
{
  Movement *move = user_data;
  CherishPointsStore *self = move->self;
  g_autoptr(CherishStmt) visit = NULL;
  g_autoptr(GTimeZone) zone = cherish_clock_get_timezone (cherish_store_get_clock (CHERISH_STORE (self)));
  g_autofree char *day = NULL;
  GDate date;
  g_autofree char *currency = NULL;
  CherishPointsRules rules;
  gint64 amount;
  int rc;

  visit = cherish_database_prepare (database_of (self),
                                    "SELECT customer_id, at, coalesce (amount_minor, 0), "
                                    "  coalesce (currency, ''), "
                                    "  EXISTS (SELECT 1 FROM points_ledger WHERE visit_id = v.id "
                                    "          AND kind = 'earned') "
                                    "FROM visits v WHERE id = ?1 AND kind IN ('visit', 'purchase')", error);
  if (visit == NULL)
    return FALSE;
  sqlite3_bind_int64 (visit, 1, move->visit_id);
  rc = sqlite3_step (visit);
  if (rc != SQLITE_ROW || sqlite3_column_int (visit, 4) != 0)
    return rc == SQLITE_ROW || rc == SQLITE_DONE;   /* not a visit, or earned already */
  move->customer_id = sqlite3_column_int64 (visit, 0);
  if (!cherish_timestamp_local_day (cherish_column_text (visit, 1), zone, &date))
    return TRUE;
  amount = sqlite3_column_int64 (visit, 2);
  currency = g_strdup (cherish_column_text (visit, 3));
  sqlite3_reset (visit);
  day = cherish_date_format (&date);
  if (!cherish_points_store_get_rules (self, day, &rules, error))
    return error == NULL || *error == NULL;
  move->points = rules.per_visit;
  if (g_strcmp0 (currency, rules.currency) == 0)
    move->points += cherish_points_for_amount (amount, rules.per_amount, rules.amount_unit);
  if (move->points <= 0)
    return TRUE;
  return append (move, error);
}

/**
 * cherish_points_store_earn_for_visit:
 *
 * Gives the points a visit or purchase earns under the rules of its day,
 * once per visit.
 *
 * Returns: the ledger row's id; 0 when it earns nothing (no rule, no
 *   points, or earned already), or with @error set
 */
gint64
cherish_points_store_earn_for_visit (CherishPointsStore  *self,
                                     gint64               visit_id,
                                     GError             **error)
{
  Movement move = { self, 0, "earned", 0, visit_id };

  g_return_val_if_fail (CHERISH_IS_POINTS_STORE (self), 0);
  return run (&move, earn_for_visit, error);
}
