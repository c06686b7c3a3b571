/* cherish-points-store-rules.c — how points are earned: rules by day,
 * bonuses given once, and expiry
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
#include "cherish-points-store-private.h"

#define database_of cherish_points_store_database

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
  if (units > CHERISH_MAX_POINTS / per_amount)
    return CHERISH_MAX_POINTS;
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
  if (rules->per_visit < 0 || rules->per_amount < 0 || rules->per_visit > CHERISH_MAX_POINTS ||
      rules->per_amount > CHERISH_MAX_POINTS)
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
  CherishMovement *move = user_data;
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
  return cherish_points_store_append (move, error);
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
  CherishMovement move = { self, 0, "earned", 0, visit_id };

  g_return_val_if_fail (CHERISH_IS_POINTS_STORE (self), 0);
  return cherish_points_store_run (&move, earn_for_visit, error);
}
