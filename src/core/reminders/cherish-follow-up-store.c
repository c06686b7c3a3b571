/* cherish-follow-up-store.c — follow-ups in the database
 *
 * A follow-up made by a rule is added once: adding it again (the rule ran
 * again, or in a second copy of the app) changes nothing and says so.
 * What is due leaves out customers who were deleted.
 *
 * The rules are set-based INSERT … SELECTs over indexed ranges (recent
 * visits, a window of last visits), so running them at every visit logged
 * and every day stays cheap at 100,000 customers. A check-in is made when
 * a customer crosses "not seen for N days", within 30 days of it (a shop
 * closed for a while catches up; a rule switched on does not flood the
 * list with everyone who left years ago). No GROUP BY over visits: it
 * would make SQLite walk every visit in customer order; the unique index
 * keeps one first-visit follow-up per customer instead.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-follow-up-store"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "cherish-date.h"
#include "cherish-enum-types.h"
#include "cherish-error.h"
#include "cherish-follow-up-store.h"
#include "cherish-insights-store.h"
#include "cherish-store-private.h"
#include "cherish-text.h"

struct _CherishFollowUpStore
{
  CherishStore parent_instance;
};

G_DEFINE_FINAL_TYPE (CherishFollowUpStore, cherish_follow_up_store, CHERISH_TYPE_STORE)

/* The customer's name is kept on the follow-up (schema step 25). */
#define COLUMNS \
  "f.id, f.customer_id, f.due_date, f.about, f.state, f.outcome, f.rule, f.source, " \
  "f.created_at, f.updated_at, f.customer_name"
#define NOT_FOUND _("This follow-up no longer exists.")

/* Where the engines differ: what is due. SQLite reads it oldest first
 * from its index of open follow-ups, at no cost. A server would sort the
 * rows before sending them: PostgreSQL sent 7,259 in 17 ms sorted, 9 ms
 * as they are (its sort's memory is new to it each time). The reminders
 * put what is due in an order of their own, so the rows come unsorted and
 * Today's list is sorted here (compare_due(), 2 ms). */
#define DUE_BETWEEN \
  "SELECT " COLUMNS " FROM follow_ups f " \
  "WHERE f.state = 'open' AND f.due_date BETWEEN ?1 AND ?2 " \
  "AND f.customer_id NOT IN (SELECT id FROM customers WHERE deleted_at IS NOT NULL)"
static const CherishDialectSql due_between = {
  DUE_BETWEEN " ORDER BY f.due_date, f.id",
  DUE_BETWEEN,
};

static CherishDatabase *
database_of (CherishFollowUpStore *self)
{
  return cherish_store_get_database (CHERISH_STORE (self));
}

static gpointer
follow_up_from_row (CherishStmt *stmt)
{
  int state = CHERISH_FOLLOW_UP_STATE_OPEN;

  cherish_enum_from_nick (CHERISH_TYPE_FOLLOW_UP_STATE, cherish_column_text (stmt, 4), &state);

  return cherish_follow_up_new_with ("id", (gint64) cherish_stmt_column_int64 (stmt, 0),
                                     "customer-id", (gint64) cherish_stmt_column_int64 (stmt, 1),
                                     "due-date", cherish_column_text (stmt, 2),
                                     "about", cherish_column_text (stmt, 3),
                                     "state", state,
                                     "outcome", cherish_column_text (stmt, 5),
                                     "rule", cherish_column_text (stmt, 6),
                                     "source", cherish_column_text (stmt, 7),
                                     "created-at", cherish_column_text (stmt, 8),
                                     "updated-at", cherish_column_text (stmt, 9),
                                     "customer-name", cherish_column_text (stmt, 10),
                                     NULL);
}

/* Oldest due first, then in the order they were made. */
static int
compare_due (gconstpointer a,
             gconstpointer b)
{
  CherishFollowUp *x = *(CherishFollowUp **) a, *y = *(CherishFollowUp **) b;
  int by_date = strcmp (cherish_follow_up_get_due_date (x), cherish_follow_up_get_due_date (y));
  gint64 i = cherish_follow_up_get_id (x), j = cherish_follow_up_get_id (y);

  if (by_date != 0)
    return by_date;
  return i < j ? -1 : i > j;
}

static void
cherish_follow_up_store_class_init (CherishFollowUpStoreClass *klass)
{
  CHERISH_STORE_CLASS (klass)->table = "follow_ups";
}

static void
cherish_follow_up_store_init (CherishFollowUpStore *self)
{
}

CherishFollowUpStore *
cherish_follow_up_store_new (CherishDatabase *database,
                             CherishClock    *clock)
{
  return g_object_new (CHERISH_TYPE_FOLLOW_UP_STORE, "database", database, "clock", clock, NULL);
}

/**
 * cherish_follow_up_store_add:
 *
 * Saves a new follow-up and sets its id. One a rule made before (same
 * customer, rule and source) is not added again: the id stays 0.
 *
 * Returns: %FALSE with the reason if it could not be saved
 */
gboolean
cherish_follow_up_store_add (CherishFollowUpStore  *self,
                             CherishFollowUp       *follow_up,
                             GError               **error)
{
  g_autoptr(CherishStmt) stmt = NULL;
  g_autofree char *about = NULL;
  g_autofree char *now = NULL;

  g_return_val_if_fail (CHERISH_IS_FOLLOW_UP_STORE (self), FALSE);
  g_return_val_if_fail (CHERISH_IS_FOLLOW_UP (follow_up), FALSE);
  g_return_val_if_fail (cherish_follow_up_get_id (follow_up) == 0, FALSE);

  if (!cherish_follow_up_validate (follow_up, error) ||
      !cherish_store_check_customer (CHERISH_STORE (self),
                                     cherish_follow_up_get_customer_id (follow_up), error))
    return FALSE;

  /* Typed with spaces or Persian digits: kept as ASCII ISO. */
  {
    g_autofree char *typed = cherish_text_normalize (cherish_follow_up_get_due_date (follow_up));
    g_autofree char *iso = NULL;
    GDate due;

    cherish_date_parse (typed, &due, NULL);
    iso = cherish_date_format (&due);
    g_object_set (follow_up, "due-date", iso, NULL);
  }

  stmt = cherish_database_prepare (database_of (self),
                                   "INSERT INTO follow_ups (customer_id, due_date, about, rule, "
                                   "  source, created_at, updated_at) "
                                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6) "
                                   "ON CONFLICT DO NOTHING", error);
  if (stmt == NULL)
    return FALSE;

  about = cherish_text_normalize (cherish_follow_up_get_about (follow_up));
  now = cherish_store_now_timestamp (CHERISH_STORE (self));
  cherish_stmt_bind_int64 (stmt, 1, cherish_follow_up_get_customer_id (follow_up));
  cherish_bind_text (stmt, 2, cherish_follow_up_get_due_date (follow_up));
  cherish_bind_text (stmt, 3, about);
  cherish_bind_text (stmt, 4, cherish_follow_up_get_rule (follow_up) ?: "");
  cherish_bind_text (stmt, 5, cherish_follow_up_get_source (follow_up) ?: "");
  cherish_bind_text (stmt, 6, now);

  if (!cherish_store_step_insert (CHERISH_STORE (self), stmt, follow_up, error))
    return FALSE;
  if (cherish_follow_up_get_id (follow_up) > 0)   /* else made before */
    g_object_set (follow_up, "about", about, "created-at", now, "updated-at", now, NULL);
  return TRUE;
}

#define CATCH_UP_DAYS 30
/* What each rule's SELECT fills: ?1 now, ?2 the shop's offset from UTC,
 * ?3 "+N days", ?4 about, ?5 ?6 a range, ?7 ?8 an amount. */
#define INSERT_FOLLOW_UP \
  "INSERT INTO follow_ups (customer_id, due_date, about, rule, source, created_at, updated_at) "

typedef struct
{
  const char *now;
  const char *offset;     /* "+12600 seconds": UTC to the shop's time */
  const char *about;
  guint       days;
  const char *since;
  const char *until;
  gint64      amount;
  const char *currency;
} RuleRun;

/* Runs one rule's INSERT … SELECT; adds the follow-ups made to @made. */
static gboolean
run_rule (CherishFollowUpStore  *self,
          const char            *sql,
          const RuleRun         *run,
          guint                 *made,
          GError               **error)
{
  g_autoptr(CherishStmt) stmt = cherish_database_prepare (database_of (self), sql, error);
  g_autofree char *days = NULL;

  if (stmt == NULL)
    return FALSE;
  days = g_strdup_printf ("+%u days", run->days);
  cherish_bind_text (stmt, 1, run->now);
  cherish_bind_text (stmt, 2, run->offset);
  cherish_bind_text (stmt, 3, days);
  cherish_bind_text (stmt, 4, run->about);
  cherish_bind_text (stmt, 5, run->since);
  cherish_bind_text (stmt, 6, run->until);
  cherish_stmt_bind_int64 (stmt, 7, run->amount);
  cherish_bind_text (stmt, 8, run->currency);
  if (!cherish_database_step_done (database_of (self), stmt, error))
    return FALSE;
  *made += cherish_database_changes (database_of (self));
  return TRUE;
}

/* A stored timestamp @days days before now. */
static char *
days_ago (GDateTime *now,
          guint      days)
{
  g_autoptr(GDateTime) then = g_date_time_add_days (now, -(int) days);

  return cherish_timestamp_format (then);
}

typedef struct
{
  CherishFollowUpStore       *self;
  const CherishFollowUpRules *rules;
  GDateTime                  *now;
  guint                       made;
} Apply;

/* How far back a regular's last visit may be for them to be slipping away
 * rather than long gone, at the most (the lost ones have the not-seen rule). */
#define SLIPPING_WITHIN_DAYS 730

/* @customer_id's visit days (the shop's local days, as julian days),
 * earliest first, into @days. */
static gboolean
visit_days (CherishFollowUpStore  *self,
            CherishStmt           *stmt,
            gint64                 customer_id,
            GArray                *days,
            GError               **error)
{
  int rc;

  g_array_set_size (days, 0);
  cherish_stmt_reset (stmt);
  cherish_stmt_bind_int64 (stmt, 1, customer_id);
  while ((rc = cherish_stmt_step (stmt)) == CHERISH_ROW)
    {
      int day = cherish_stmt_column_int (stmt, 0);

      if (days->len == 0 || g_array_index (days, int, days->len - 1) != day)
        g_array_append_val (days, day);
    }
  if (rc != CHERISH_DONE)
    {
      cherish_database_set_error (database_of (self), rc, error);
      return FALSE;
    }
  return TRUE;
}

/* Regulars (three visits or more) away longer than twice their usual gap
 * and not lost yet: a check-in, once for each time away. */
static gboolean
apply_slipping (Apply       *apply,
                const char  *now_text,
                const char  *offset,
                GError     **error)
{
  CherishFollowUpStore *self = apply->self;
  CherishDatabase *db = database_of (self);
  g_autoptr(CherishStmt) candidates = NULL;
  g_autoptr(CherishStmt) visits = NULL;
  g_autoptr(CherishStmt) insert = NULL;
  g_autoptr(GArray) days = g_array_new (FALSE, FALSE, sizeof (int));
  g_autofree char *since = days_ago (apply->now, SLIPPING_WITHIN_DAYS);
  g_autofree char *until = days_ago (apply->now, 2);
  int today, rc;

  candidates = cherish_database_prepare (db, "SELECT c.id, c.last_visit_at, "
                                             "  CAST (julianday (date (?3, ?4)) - 0.5 AS INTEGER) "
                                             "FROM customers c "
                                             "WHERE c.deleted_at IS NULL AND c.is_prospect = 0 "
                                             "  AND c.visit_count >= 3 "
                                             "  AND c.last_visit_at >= ?1 AND c.last_visit_at < ?2",
                                         error);
  visits = cherish_database_prepare (db, "SELECT CAST (julianday (date (at, ?2)) - 0.5 AS INTEGER) "
                                         "FROM visits WHERE customer_id = ?1 "
                                         "AND kind IN ('visit', 'purchase') ORDER BY at", error);
  insert = cherish_database_prepare (db, INSERT_FOLLOW_UP
                                         "VALUES (?1, date (?2, ?3), ?4, 'slipping', "
                                         "'last:' || ?5, ?2, ?2) ON CONFLICT DO NOTHING", error);
  if (candidates == NULL || visits == NULL || insert == NULL)
    return FALSE;
  cherish_bind_text (candidates, 1, since);
  cherish_bind_text (candidates, 2, until);
  cherish_bind_text (candidates, 3, now_text);
  cherish_bind_text (candidates, 4, offset);
  cherish_bind_text (visits, 2, offset);

  while ((rc = cherish_stmt_step (candidates)) == CHERISH_ROW)
    {
      gint64 customer_id = cherish_stmt_column_int64 (candidates, 0);
      double gap;
      int away;

      today = cherish_stmt_column_int (candidates, 2);
      if (!visit_days (self, visits, customer_id, days, error))
        return FALSE;
      if (days->len < 2)
        continue;
      gap = cherish_insights_usual_gap ((const int *) (gpointer) days->data, days->len);
      away = today - g_array_index (days, int, days->len - 1);
      if (away <= 2 * gap || away > cherish_insights_lost_after (gap))
        continue;

      {
        g_autofree char *about = g_strdup_printf (_("Slipping away: usually every %.0f days, away %d"),
                                                  gap, away);

        cherish_stmt_reset (insert);
        cherish_stmt_bind_int64 (insert, 1, customer_id);
        cherish_bind_text (insert, 2, now_text);
        cherish_bind_text (insert, 3, offset);
        cherish_bind_text (insert, 4, about);
        cherish_bind_text (insert, 5, cherish_column_text (candidates, 1));
        if (!cherish_database_step_done (db, insert, error))
          return FALSE;
        apply->made += cherish_database_changes (db);
      }
    }
  if (rc != CHERISH_DONE)
    {
      cherish_database_set_error (db, rc, error);
      return FALSE;
    }
  return TRUE;
}

static gboolean
apply_rules (gpointer   user_data,
             GError   **error)
{
  Apply *apply = user_data;
  CherishFollowUpStore *self = apply->self;
  const CherishFollowUpRules *rules = apply->rules;
  g_autofree char *now_text = cherish_timestamp_format (apply->now);
  g_autofree char *offset = g_strdup_printf ("%+" G_GINT64_FORMAT " seconds",
                                             g_date_time_get_utc_offset (apply->now) /
                                               G_TIME_SPAN_SECOND);

  if (rules->purchase_over > 0 && rules->purchase_days > 0 && rules->currency != NULL)
    {
      g_autofree char *since = days_ago (apply->now, rules->purchase_days);
      RuleRun run = { now_text, offset, _("How was the purchase?"), rules->purchase_days,
                      since, NULL, rules->purchase_over, rules->currency };

      if (!run_rule (self,
                     INSERT_FOLLOW_UP
                     "SELECT v.customer_id, date (v.at, ?2, ?3), ?4, 'purchase-over', "
                     "  'visit:' || v.id, ?1, ?1 "
                     "FROM visits v JOIN customers c ON c.id = v.customer_id "
                     "WHERE v.at >= ?5 AND v.kind = 'purchase' AND v.amount_minor >= ?7 "
                     "  AND v.currency = ?8 AND c.deleted_at IS NULL "
                     "ON CONFLICT DO NOTHING", &run, &apply->made, error))
        return FALSE;
    }

  if (rules->first_visit_days > 0)
    {
      g_autofree char *since = days_ago (apply->now, rules->first_visit_days);
      RuleRun run = { now_text, offset, _("How was their first visit?"), rules->first_visit_days,
                      since, NULL, 0, NULL };

      if (!run_rule (self,
                     INSERT_FOLLOW_UP
                     "SELECT v.customer_id, date (v.at, ?2, ?3), ?4, 'first-visit', "
                     "  'first', ?1, ?1 "
                     "FROM visits v JOIN customers c ON c.id = v.customer_id "
                     "WHERE v.at >= ?5 AND v.kind IN ('visit', 'purchase') "
                     "  AND c.deleted_at IS NULL AND c.is_prospect = 0 "
                     "  AND NOT EXISTS (SELECT 1 FROM visits w WHERE w.customer_id = v.customer_id "
                     "                  AND w.at < v.at AND w.kind IN ('visit', 'purchase')) "
                     "ON CONFLICT DO NOTHING", &run, &apply->made, error))
        return FALSE;
    }

  if (rules->not_seen_days > 0)
    {
      g_autofree char *until = days_ago (apply->now, rules->not_seen_days);
      g_autofree char *since = days_ago (apply->now, rules->not_seen_days + CATCH_UP_DAYS);
      g_autofree char *about = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                             "Check in: not seen for %u day",
                                                             "Check in: not seen for %u days",
                                                             rules->not_seen_days),
                                                rules->not_seen_days);
      RuleRun run = { now_text, offset, about, rules->not_seen_days, since, until, 0, NULL };

      if (!run_rule (self,
                     INSERT_FOLLOW_UP
                     "SELECT c.id, date (c.last_visit_at, ?2, ?3), ?4, 'not-seen', "
                     "  'last:' || c.last_visit_at, ?1, ?1 "
                     "FROM customers c "
                     "WHERE c.last_visit_at >= ?5 AND c.last_visit_at < ?6 "
                     "  AND c.deleted_at IS NULL AND c.is_prospect = 0 "
                     "ON CONFLICT DO NOTHING", &run, &apply->made, error))
        return FALSE;
    }

  if (rules->slipping && !apply_slipping (apply, now_text, offset, error))
    return FALSE;

  if (apply->made > 0)
    cherish_store_changed (CHERISH_STORE (self));
  return TRUE;
}

/**
 * cherish_follow_up_store_apply_rules:
 *
 * Makes the follow-ups @rules call for, each once: after a purchase over
 * the amount (within the last days of the rule), after a first visit,
 * a check-in for customers not seen for a while, and one for regulars
 * slipping away (as the Insights page counts them). All or none.
 *
 * Returns: how many were made; 0 with @error set if it failed
 */
guint
cherish_follow_up_store_apply_rules (CherishFollowUpStore        *self,
                                     const CherishFollowUpRules  *rules,
                                     GError                     **error)
{
  g_autoptr(GDateTime) now = NULL;
  Apply apply = { self, rules, NULL, 0 };

  g_return_val_if_fail (CHERISH_IS_FOLLOW_UP_STORE (self), 0);
  g_return_val_if_fail (rules != NULL, 0);

  now = cherish_clock_get_now (cherish_store_get_clock (CHERISH_STORE (self)));
  apply.now = now;
  if (!cherish_database_transaction (database_of (self), apply_rules, &apply, error))
    return 0;
  return apply.made;
}

/**
 * cherish_follow_up_store_close:
 * @state: done or dismissed
 * @outcome: (nullable): what came of it
 *
 * Returns: %FALSE with the reason if it could not be saved
 */
gboolean
cherish_follow_up_store_close (CherishFollowUpStore  *self,
                               gint64                 id,
                               CherishFollowUpState   state,
                               const char            *outcome,
                               GError               **error)
{
  g_autoptr(CherishStmt) stmt = NULL;
  g_autofree char *now = NULL;

  g_return_val_if_fail (CHERISH_IS_FOLLOW_UP_STORE (self), FALSE);
  g_return_val_if_fail (state != CHERISH_FOLLOW_UP_STATE_OPEN, FALSE);

  stmt = cherish_database_prepare (database_of (self),
                                   "UPDATE follow_ups SET state = ?2, outcome = ?3, updated_at = ?4 "
                                   "WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;

  now = cherish_store_now_timestamp (CHERISH_STORE (self));
  cherish_stmt_bind_int64 (stmt, 1, id);
  cherish_bind_text (stmt, 2, cherish_enum_to_nick (CHERISH_TYPE_FOLLOW_UP_STATE, state));
  cherish_bind_text (stmt, 3, outcome ?: "");
  cherish_bind_text (stmt, 4, now);
  return cherish_store_step_update (CHERISH_STORE (self), stmt, NOT_FOUND, error);
}

/**
 * cherish_follow_up_store_reopen:
 *
 * Makes a closed follow-up open again, as it was (an Undo).
 */
gboolean
cherish_follow_up_store_reopen (CherishFollowUpStore  *self,
                                gint64                 id,
                                GError               **error)
{
  g_autoptr(CherishStmt) stmt = NULL;
  g_autofree char *now = NULL;

  g_return_val_if_fail (CHERISH_IS_FOLLOW_UP_STORE (self), FALSE);

  stmt = cherish_database_prepare (database_of (self),
                                   "UPDATE follow_ups SET state = 'open', outcome = '', updated_at = ?2 "
                                   "WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  now = cherish_store_now_timestamp (CHERISH_STORE (self));
  cherish_stmt_bind_int64 (stmt, 1, id);
  cherish_bind_text (stmt, 2, now);
  return cherish_store_step_update (CHERISH_STORE (self), stmt, NOT_FOUND, error);
}

/**
 * cherish_follow_up_store_snooze:
 *
 * Makes an open follow-up due @days after today.
 */
gboolean
cherish_follow_up_store_snooze (CherishFollowUpStore  *self,
                                gint64                 id,
                                guint                  days,
                                GError               **error)
{
  g_autoptr(CherishStmt) stmt = NULL;
  g_autofree char *now = NULL;
  g_autofree char *due = NULL;
  GDate day;

  g_return_val_if_fail (CHERISH_IS_FOLLOW_UP_STORE (self), FALSE);
  g_return_val_if_fail (days > 0, FALSE);

  stmt = cherish_database_prepare (database_of (self),
                                   "UPDATE follow_ups SET due_date = ?2, updated_at = ?3 "
                                   "WHERE id = ?1 AND state = 'open'", error);
  if (stmt == NULL)
    return FALSE;

  cherish_clock_get_today (cherish_store_get_clock (CHERISH_STORE (self)), &day);
  g_date_add_days (&day, days);
  due = cherish_date_format (&day);
  now = cherish_store_now_timestamp (CHERISH_STORE (self));
  cherish_stmt_bind_int64 (stmt, 1, id);
  cherish_bind_text (stmt, 2, due);
  cherish_bind_text (stmt, 3, now);
  return cherish_store_step_update (CHERISH_STORE (self), stmt, NOT_FOUND, error);
}

/**
 * cherish_follow_up_store_get:
 *
 * Returns: (transfer full) (nullable): the follow-up
 */
CherishFollowUp *
cherish_follow_up_store_get (CherishFollowUpStore  *self,
                             gint64                 id,
                             GError               **error)
{
  g_return_val_if_fail (CHERISH_IS_FOLLOW_UP_STORE (self), NULL);

  return cherish_database_get_by_id (database_of (self),
                                     "SELECT " COLUMNS " FROM follow_ups f WHERE f.id = ?1", id,
                                     follow_up_from_row, NOT_FOUND, error);
}

/* The open follow-ups due from @from to @up_to; oldest first when
 * @in_order, else in no particular order. */
static GPtrArray *
list_due (CherishFollowUpStore  *self,
          const char            *from,
          const char            *up_to,
          gboolean               in_order,
          GError               **error)
{
  CherishDatabase *database = database_of (self);
  g_autoptr(CherishStmt) stmt = NULL;
  GPtrArray *list;

  stmt = cherish_database_prepare (database, cherish_database_sql (database, due_between), error);
  if (stmt == NULL)
    return NULL;
  cherish_bind_text (stmt, 1, from != NULL ? from : "0000-00-00");
  cherish_bind_text (stmt, 2, up_to);
  list = cherish_database_collect (database, stmt, follow_up_from_row, error);
  if (list != NULL && in_order && cherish_database_get_dialect (database) == CHERISH_DIALECT_POSTGRESQL)
    g_ptr_array_sort (list, compare_due);
  return list;
}

/**
 * cherish_follow_up_store_list_due_between:
 * @from: (nullable): the first day, "YYYY-MM-DD"; %NULL: however overdue
 * @up_to: the last day (today: due and overdue)
 *
 * For those who put them in an order of their own (the reminders).
 *
 * Returns: (transfer full) (element-type CherishFollowUp) (nullable): the
 *   open follow-ups due from @from to @up_to, in no particular order
 */
GPtrArray *
cherish_follow_up_store_list_due_between (CherishFollowUpStore  *self,
                                          const char            *from,
                                          const char            *up_to,
                                          GError               **error)
{
  g_return_val_if_fail (CHERISH_IS_FOLLOW_UP_STORE (self), NULL);
  g_return_val_if_fail (up_to != NULL, NULL);

  return list_due (self, from, up_to, FALSE, error);
}

/**
 * cherish_follow_up_store_list_due:
 * @up_to: the last day, "YYYY-MM-DD" (today: due and overdue)
 *
 * Returns: (transfer full) (element-type CherishFollowUp) (nullable): the
 *   open follow-ups due by @up_to, oldest first
 */
GPtrArray *
cherish_follow_up_store_list_due (CherishFollowUpStore  *self,
                                  const char            *up_to,
                                  GError               **error)
{
  g_return_val_if_fail (CHERISH_IS_FOLLOW_UP_STORE (self), NULL);
  g_return_val_if_fail (up_to != NULL, NULL);

  return list_due (self, NULL, up_to, TRUE, error);
}

/**
 * cherish_follow_up_store_list_for_customer:
 *
 * Returns: (transfer full) (element-type CherishFollowUp) (nullable): the
 *   customer's follow-ups, open or not, latest due first
 */
GPtrArray *
cherish_follow_up_store_list_for_customer (CherishFollowUpStore  *self,
                                           gint64                 customer_id,
                                           GError               **error)
{
  g_autoptr(CherishStmt) stmt = NULL;

  g_return_val_if_fail (CHERISH_IS_FOLLOW_UP_STORE (self), NULL);

  stmt = cherish_database_prepare (database_of (self),
                                   "SELECT " COLUMNS " FROM follow_ups f WHERE f.customer_id = ?1 "
                                   "ORDER BY f.due_date DESC, f.id DESC", error);
  if (stmt == NULL)
    return NULL;
  cherish_stmt_bind_int64 (stmt, 1, customer_id);
  return cherish_database_collect (database_of (self), stmt, follow_up_from_row, error);
}
