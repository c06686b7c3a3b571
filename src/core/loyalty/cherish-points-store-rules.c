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

static gboolean
in_range (gint64 points)
{
  return points >= 0 && points <= CHERISH_MAX_POINTS;
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
  if (!in_range (rules->per_visit) || !in_range (rules->per_amount) ||
      !in_range (rules->birthday_bonus) || !in_range (rules->event_bonus) ||
      !in_range (rules->referral_bonus))
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
                                   "  amount_unit, currency, created_at, birthday_bonus, event_bonus, "
                                   "  referral_bonus) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) "
                                   "ON CONFLICT (starts_on) DO UPDATE SET per_visit = ?2, per_amount = ?3, "
                                   "  amount_unit = ?4, currency = ?5, birthday_bonus = ?7, "
                                   "  event_bonus = ?8, referral_bonus = ?9", error);
  if (stmt == NULL)
    return FALSE;
  day = cherish_date_format (&start);
  now = cherish_store_now_timestamp (CHERISH_STORE (self));
  cherish_bind_text (stmt, 1, day);
  cherish_stmt_bind_int64 (stmt, 2, rules->per_visit);
  cherish_stmt_bind_int64 (stmt, 3, rules->per_amount);
  cherish_stmt_bind_int64 (stmt, 4, MAX (rules->amount_unit, 1));
  cherish_bind_text (stmt, 5, rules->per_amount > 0 ? rules->currency : NULL);
  cherish_bind_text (stmt, 6, now);
  cherish_stmt_bind_int64 (stmt, 7, rules->birthday_bonus);
  cherish_stmt_bind_int64 (stmt, 8, rules->event_bonus);
  cherish_stmt_bind_int64 (stmt, 9, rules->referral_bonus);
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
                                   "  coalesce (currency, ''), birthday_bonus, event_bonus, "
                                   "  referral_bonus FROM points_rules WHERE starts_on <= ?1 "
                                   "ORDER BY starts_on DESC LIMIT 1", error);
  if (stmt == NULL)
    return FALSE;
  cherish_bind_text (stmt, 1, day);
  rc = cherish_stmt_step (stmt);
  if (rc != CHERISH_ROW)
    {
      if (rc != CHERISH_DONE)
        cherish_database_set_error (database_of (self), rc, error);
      return FALSE;
    }
  memset (rules, 0, sizeof *rules);
  g_strlcpy (rules->starts_on, cherish_column_text (stmt, 0), sizeof rules->starts_on);
  rules->per_visit = cherish_stmt_column_int64 (stmt, 1);
  rules->per_amount = cherish_stmt_column_int64 (stmt, 2);
  rules->amount_unit = cherish_stmt_column_int64 (stmt, 3);
  g_strlcpy (rules->currency, cherish_column_text (stmt, 4), sizeof rules->currency);
  rules->birthday_bonus = cherish_stmt_column_int64 (stmt, 5);
  rules->event_bonus = cherish_stmt_column_int64 (stmt, 6);
  rules->referral_bonus = cherish_stmt_column_int64 (stmt, 7);
  return TRUE;
}

/* Whether @day is within three days of the birthday, and of which year's. */
static gboolean
birthday_week_of (const char  *birthday,
                  const GDate *day,
                  int         *year)
{
  int y, m, d;

  if (birthday == NULL || !cherish_birthday_parse (birthday, &y, &m, &d, NULL))
    return FALSE;
  for (int candidate = g_date_get_year (day) - 1; candidate <= g_date_get_year (day) + 1; candidate++)
    {
      GDate date;

      g_date_clear (&date, 1);
      /* 29 February is kept on the 28th in common years. */
      g_date_set_dmy (&date, m == 2 && d == 29 && !g_date_is_leap_year (candidate) ? 28 : d, m, candidate);
      if (ABS (g_date_days_between (&date, day)) <= 3)
        {
          *year = candidate;
          return TRUE;
        }
    }
  return FALSE;
}

/* Who got the bonus @bonus (the customer, or anyone when 0): 0 if nobody. */
static gint64
bonus_given_to (CherishPointsStore  *self,
                gint64               customer_id,
                const char          *bonus,
                GError             **error)
{
  g_autoptr(CherishStmt) stmt = NULL;
  int rc;

  stmt = cherish_database_prepare (database_of (self),
                                   "SELECT customer_id FROM points_ledger WHERE bonus = ?2 "
                                   "AND (?1 = 0 OR customer_id = ?1) LIMIT 1", error);
  if (stmt == NULL)
    return -1;
  cherish_stmt_bind_int64 (stmt, 1, customer_id);
  cherish_bind_text (stmt, 2, bonus);
  rc = cherish_stmt_step (stmt);
  if (rc == CHERISH_ROW)
    return cherish_stmt_column_int64 (stmt, 0);
  if (rc == CHERISH_DONE)
    return 0;
  cherish_database_set_error (database_of (self), rc, error);
  return -1;
}

/* Gives @points once for @bonus; *@row_id is 0 when given before. */
static gboolean
give_bonus (CherishPointsStore  *self,
            gint64               customer_id,
            gint64               points,
            const char          *bonus,
            gint64               event_id,
            gint64              *row_id,
            GError             **error)
{
  CherishMovement move = { self, customer_id, "earned", points, 0, event_id };
  gint64 given;

  *row_id = 0;
  if (points <= 0)
    return TRUE;
  given = bonus_given_to (self, customer_id, bonus, error);
  if (given != 0)
    return given > 0;
  move.bonus = bonus;
  if (!cherish_points_store_append (&move, error))
    return FALSE;
  *row_id = move.row_id;
  return TRUE;
}

typedef struct
{
  CherishPointsStore *self;
  gint64              visit_id;
  gint64              row_id;
} VisitEarning;

static gboolean
earn_for_visit (gpointer   user_data,
                GError   **error)
{
  VisitEarning *earning = user_data;
  CherishPointsStore *self = earning->self;
  CherishMovement move = { self, 0, "earned", 0, earning->visit_id };
  g_autoptr(CherishStmt) visit = NULL;
  g_autoptr(GTimeZone) zone = cherish_clock_get_timezone (cherish_store_get_clock (CHERISH_STORE (self)));
  g_autofree char *day = NULL;
  g_autofree char *currency = NULL;
  g_autofree char *birthday = NULL;
  g_autofree char *bonus = NULL;
  CherishPointsRules rules;
  GDate date;
  gint64 amount, bonus_row;
  int rc, year;

  visit = cherish_database_prepare (database_of (self),
                                    "SELECT v.customer_id, v.at, coalesce (v.amount_minor, 0), "
                                    "  coalesce (v.currency, ''), "
                                    "  EXISTS (SELECT 1 FROM points_ledger WHERE visit_id = v.id "
                                    "          AND kind = 'earned'), c.birthday "
                                    "FROM visits v JOIN customers c ON c.id = v.customer_id "
                                    "WHERE v.id = ?1 AND v.kind IN ('visit', 'purchase')", error);
  if (visit == NULL)
    return FALSE;
  cherish_stmt_bind_int64 (visit, 1, earning->visit_id);
  rc = cherish_stmt_step (visit);
  if (rc != CHERISH_ROW || cherish_stmt_column_int (visit, 4) != 0)
    return rc == CHERISH_ROW || rc == CHERISH_DONE;   /* not a visit, or earned already */
  move.customer_id = cherish_stmt_column_int64 (visit, 0);
  if (!cherish_timestamp_local_day (cherish_column_text (visit, 1), zone, &date))
    return TRUE;
  amount = cherish_stmt_column_int64 (visit, 2);
  currency = g_strdup (cherish_column_text (visit, 3));
  birthday = g_strdup (cherish_column_text (visit, 5));
  cherish_stmt_reset (visit);
  day = cherish_date_format (&date);
  if (!cherish_points_store_get_rules (self, day, &rules, error))
    return error == NULL || *error == NULL;
  move.points = rules.per_visit;
  if (g_strcmp0 (currency, rules.currency) == 0)
    move.points += cherish_points_for_amount (amount, rules.per_amount, rules.amount_unit);
  if (move.points > 0 && !cherish_points_store_append (&move, error))
    return FALSE;
  earning->row_id = move.row_id;
  if (!birthday_week_of (birthday, &date, &year))
    return TRUE;
  bonus = g_strdup_printf ("birthday %d", year);
  return give_bonus (self, move.customer_id, rules.birthday_bonus, bonus, 0, &bonus_row, error);
}

/**
 * cherish_points_store_earn_for_visit:
 *
 * Gives the points a visit or purchase earns under the rules of its day,
 * once per visit, and the birthday bonus once a year with the first visit
 * of the birthday week.
 *
 * Returns: the ledger row's id; 0 when it earns nothing (no rule, no
 *   points, or earned already), or with @error set
 */
gint64
cherish_points_store_earn_for_visit (CherishPointsStore  *self,
                                     gint64               visit_id,
                                     GError             **error)
{
  VisitEarning earning = { self, visit_id, 0 };

  g_return_val_if_fail (CHERISH_IS_POINTS_STORE (self), 0);
  if (!cherish_database_transaction (database_of (self), earn_for_visit, &earning, error))
    return 0;
  return earning.row_id;
}

typedef struct
{
  CherishPointsStore *self;
  gint64              customer_id;
  gint64              other_id;     /* the event, or the friend */
  gint64              row_id;
} Bonus;

static gboolean
today_rules (CherishPointsStore  *self,
             CherishPointsRules  *rules,
             GError             **error)
{
  g_autofree char *today = NULL;
  GDate date;

  cherish_clock_get_today (cherish_store_get_clock (CHERISH_STORE (self)), &date);
  today = cherish_date_format (&date);
  if (cherish_points_store_get_rules (self, today, rules, error))
    return TRUE;
  memset (rules, 0, sizeof *rules);
  return error == NULL || *error == NULL;
}

static gboolean
earn_for_event (gpointer   user_data,
                GError   **error)
{
  Bonus *bonus = user_data;
  g_autoptr(CherishStmt) came = NULL;
  g_autofree char *key = g_strdup_printf ("event %" G_GINT64_FORMAT, bonus->other_id);
  CherishPointsRules rules;
  int rc;

  came = cherish_database_prepare (database_of (bonus->self),
                                   "SELECT 1 FROM invitations WHERE event_id = ?1 AND customer_id = ?2 "
                                   "AND status = 'attended'", error);
  if (came == NULL)
    return FALSE;
  cherish_stmt_bind_int64 (came, 1, bonus->other_id);
  cherish_stmt_bind_int64 (came, 2, bonus->customer_id);
  rc = cherish_stmt_step (came);
  cherish_stmt_reset (came);
  if (rc != CHERISH_ROW)
    {
      g_set_error_literal (error, CHERISH_ERROR, CHERISH_ERROR_CONFLICT,
                           _("Only guests who came earn the event’s points."));
      return FALSE;
    }
  if (!today_rules (bonus->self, &rules, error))
    return FALSE;
  return give_bonus (bonus->self, bonus->customer_id, rules.event_bonus, key, bonus->other_id,
                     &bonus->row_id, error);
}

/**
 * cherish_points_store_earn_for_event:
 *
 * Gives a guest who came the event bonus of today's rules, once per event.
 *
 * Returns: the ledger row's id; 0 when there is nothing to give (no bonus,
 *   given already), or with @error set
 */
gint64
cherish_points_store_earn_for_event (CherishPointsStore  *self,
                                     gint64               customer_id,
                                     gint64               event_id,
                                     GError             **error)
{
  Bonus bonus = { self, customer_id, event_id, 0 };

  g_return_val_if_fail (CHERISH_IS_POINTS_STORE (self), 0);
  if (!cherish_database_transaction (database_of (self), earn_for_event, &bonus, error))
    return 0;
  return bonus.row_id;
}

static gboolean
earn_for_referral (gpointer   user_data,
                   GError   **error)
{
  Bonus *bonus = user_data;
  g_autofree char *key = g_strdup_printf ("referral %" G_GINT64_FORMAT, bonus->other_id);
  CherishPointsRules rules;
  gint64 given;

  if (bonus->other_id == bonus->customer_id)
    {
      cherish_set_invalid (error, "friend", _("Friend: a customer cannot refer themselves."));
      return FALSE;
    }
  if (!cherish_store_check_customer (CHERISH_STORE (bonus->self), bonus->other_id, error))
    return FALSE;
  given = bonus_given_to (bonus->self, 0, key, error);
  if (given < 0)
    return FALSE;
  if (given > 0)
    {
      g_set_error_literal (error, CHERISH_ERROR, CHERISH_ERROR_CONFLICT,
                           given == bonus->customer_id
                           ? _("This friend’s referral was already counted.")
                           : _("Someone else already earned points for bringing this friend."));
      return FALSE;
    }
  if (!today_rules (bonus->self, &rules, error))
    return FALSE;
  if (rules.referral_bonus <= 0)
    {
      g_set_error_literal (error, CHERISH_ERROR, CHERISH_ERROR_CONFLICT,
                           _("The points rules give nothing for a referral yet."));
      return FALSE;
    }
  return give_bonus (bonus->self, bonus->customer_id, rules.referral_bonus, key, 0, &bonus->row_id, error);
}

/**
 * cherish_points_store_earn_for_referral:
 * @friend_id: the customer they brought
 *
 * Gives the referral bonus of today's rules, once per friend brought.
 *
 * Returns: the ledger row's id, or 0 with @error set
 */
gint64
cherish_points_store_earn_for_referral (CherishPointsStore  *self,
                                        gint64               customer_id,
                                        gint64               friend_id,
                                        GError             **error)
{
  Bonus bonus = { self, customer_id, friend_id, 0 };

  g_return_val_if_fail (CHERISH_IS_POINTS_STORE (self), 0);
  if (!cherish_database_transaction (database_of (self), earn_for_referral, &bonus, error))
    return 0;
  return bonus.row_id;
}

/**
 * cherish_points_store_get_expiry_months:
 *
 * Returns: after how many months earned points expire; 0: never
 */
int
cherish_points_store_get_expiry_months (CherishPointsStore *self)
{
  g_return_val_if_fail (CHERISH_IS_POINTS_STORE (self), 0);
  return (int) MAX (cherish_database_int_by_id (database_of (self),
                                                "SELECT expiry_months FROM loyalty_settings WHERE id = ?1",
                                                1, 0, NULL), 0);
}

/**
 * cherish_points_store_set_expiry_months:
 * @months: 0 (never) to 120
 */
gboolean
cherish_points_store_set_expiry_months (CherishPointsStore  *self,
                                        int                  months,
                                        GError             **error)
{
  g_autoptr(CherishStmt) stmt = NULL;

  g_return_val_if_fail (CHERISH_IS_POINTS_STORE (self), FALSE);

  if (months < 0 || months > 120)
    {
      cherish_set_invalid (error, "expiry", _("Expiry: 0 (never) to 120 months."));
      return FALSE;
    }
  stmt = cherish_database_prepare (database_of (self),
                                   "UPDATE loyalty_settings SET expiry_months = ?1 WHERE id = 1", error);
  if (stmt == NULL)
    return FALSE;
  cherish_stmt_bind_int64 (stmt, 1, months);
  if (!cherish_database_step_done (database_of (self), stmt, error))
    return FALSE;
  cherish_database_emit_changed (database_of (self), "loyalty_settings");
  return TRUE;
}

typedef struct
{
  CherishPointsStore *self;
  char               *cutoff;
  gint64              expired;
} Expiry;

/* Points are spent oldest first, so what is left of the points earned
 * before the cutoff is what they earned then less all they have spent
 * (expiry included), and no more than the balance. */
static gboolean
expire_due (gpointer   user_data,
            GError   **error)
{
  Expiry *expiry = user_data;
  g_autoptr(CherishStmt) due = NULL;
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (gint64));
  int rc;

  due = cherish_database_prepare (database_of (expiry->self),
                                  "SELECT o.customer_id, CASE WHEN o.credits - coalesce (s.debits, 0) < b.balance "
                                  "  THEN o.credits - coalesce (s.debits, 0) ELSE b.balance END "
                                  "FROM (SELECT customer_id, sum (points) AS credits FROM points_ledger "
                                  "      WHERE points > 0 AND at < ?1 GROUP BY customer_id) o "
                                  "LEFT JOIN (SELECT customer_id, -sum (points) AS debits FROM points_ledger "
                                  "      WHERE points < 0 GROUP BY customer_id) s USING (customer_id) "
                                  "JOIN points_balances b USING (customer_id) "
                                  "WHERE o.credits - coalesce (s.debits, 0) > 0 AND b.balance > 0", error);
  if (due == NULL)
    return FALSE;
  cherish_bind_text (due, 1, expiry->cutoff);
  while ((rc = cherish_stmt_step (due)) == CHERISH_ROW)
    {
      gint64 pair[2] = { cherish_stmt_column_int64 (due, 0), cherish_stmt_column_int64 (due, 1) };

      g_array_append_vals (rows, pair, 2);
    }
  cherish_stmt_reset (due);
  if (rc != CHERISH_DONE)
    {
      cherish_database_set_error (database_of (expiry->self), rc, error);
      return FALSE;
    }
  for (guint i = 0; i < rows->len; i += 2)
    {
      CherishMovement move = { expiry->self, g_array_index (rows, gint64, i), "expired",
                               -g_array_index (rows, gint64, i + 1) };

      if (!cherish_points_store_append (&move, error))
        return FALSE;
      expiry->expired++;
    }
  return TRUE;
}

/**
 * cherish_points_store_expire_due:
 *
 * When points expire (see cherish_points_store_set_expiry_months()),
 * writes one "expired" row for each customer who still has points earned
 * longer ago than that, oldest first. Running it again expires nothing
 * new.
 *
 * Returns: how many customers lost points, or -1 with @error set
 */
gint64
cherish_points_store_expire_due (CherishPointsStore  *self,
                                 GError             **error)
{
  int months;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) cutoff = NULL;
  g_autofree char *cutoff_text = NULL;
  Expiry expiry = { self };

  g_return_val_if_fail (CHERISH_IS_POINTS_STORE (self), -1);

  months = cherish_points_store_get_expiry_months (self);
  if (months <= 0)
    return 0;
  now = cherish_clock_get_now (cherish_store_get_clock (CHERISH_STORE (self)));
  cutoff = g_date_time_add_months (now, -months);
  cutoff_text = cherish_timestamp_format (cutoff);
  expiry.cutoff = cutoff_text;
  if (!cherish_database_transaction (database_of (self), expire_due, &expiry, error))
    return -1;
  return expiry.expired;
}
