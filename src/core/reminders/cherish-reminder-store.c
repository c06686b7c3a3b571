/* cherish-reminder-store.c — the reminders' sent-log and lead times
 *
 * Claiming a reminder records it in the sent-log; only the reminders this
 * call recorded come back, to be delivered. The claim is one IMMEDIATE
 * transaction, so two running copies (or a second `--check-reminders`)
 * never both deliver one, and a reminder delivered before a crash is not
 * delivered again. A snoozed reminder is claimed again once its snooze
 * ends; one marked done never is.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-reminder-store"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gi18n.h>

#include "cherish-date.h"
#include "cherish-error.h"
#include "cherish-reminder.h"
#include "cherish-reminder-store.h"
#include "cherish-store-private.h"
#include "cherish-text.h"

#define MAX_LEAD_DAYS 90

struct _CherishReminderStore
{
  CherishStore parent_instance;
};

G_DEFINE_FINAL_TYPE (CherishReminderStore, cherish_reminder_store, CHERISH_TYPE_STORE)


/* Where the engines' SQL differs: reading the claim's JSON object of
 * key: customer (see json_claims ()). ?3 = 1 says nothing was written
 * since the reminders were read, so each customer is there; else each is
 * looked up, and the reminders of a customer erased meanwhile are left
 * out. Each row written (new, or its snooze ended) is a reminder
 * claimed; with " RETURNING key", which ones. */
static const CherishDialectSql claim_all = {
  "INSERT INTO reminders_sent (key, customer_id, sent_at) "
  "SELECT key, value, ?2 FROM json_each (?1) "
  "WHERE ?3 = 1 OR value IS NULL OR EXISTS (SELECT 1 FROM customers WHERE id = value) "
  "ON CONFLICT (key) DO UPDATE "
  "  SET sent_at = excluded.sent_at, snoozed_until = NULL "
  "  WHERE state = 'sent' AND snoozed_until <= excluded.sent_at",
  "INSERT INTO reminders_sent AS r (key, customer_id, sent_at) "
  "SELECT p.key, p.value::bigint, ?2 FROM json_each_text (?1::json) AS p "
  "WHERE ?3 = 1 OR p.value IS NULL OR EXISTS (SELECT 1 FROM customers WHERE id = p.value::bigint) "
  "ON CONFLICT (key) DO UPDATE "
  "  SET sent_at = excluded.sent_at, snoozed_until = NULL "
  "  WHERE r.state = 'sent' AND r.snoozed_until <= excluded.sent_at",
};
static CherishDatabase *
database_of (CherishReminderStore *self)
{
  return cherish_store_get_database (CHERISH_STORE (self));
}

static void
cherish_reminder_store_class_init (CherishReminderStoreClass *klass)
{
  CHERISH_STORE_CLASS (klass)->table = "reminders_sent";
}

static void
cherish_reminder_store_init (CherishReminderStore *self)
{
}

CherishReminderStore *
cherish_reminder_store_new (CherishDatabase *database,
                            CherishClock    *clock)
{
  return g_object_new (CHERISH_TYPE_REMINDER_STORE, "database", database, "clock", clock, NULL);
}

/* @text as a JSON string, its plain runs copied whole. */
static void
json_append_string (GString    *out,
                    const char *text)
{
  const char *run = text;

  g_string_append_c (out, '"');
  for (const char *p = text;; p++)
    {
      guchar c = (guchar) *p;

      if (c >= 0x20 && c != '"' && c != '\\')
        continue;
      g_string_append_len (out, run, p - run);
      if (c == '\0')
        break;
      if (c == '"' || c == '\\')
        g_string_append_c (out, '\\'), g_string_append_c (out, c);
      else
        g_string_append_printf (out, "\\u%04x", (guint) c);
      run = p + 1;
    }
  g_string_append_c (out, '"');
}

typedef struct
{
  CherishReminderStore *self;
  GPtrArray            *due;        /* those that may be new */
  GString              *claims;     /* theirs, see json_claims () */
  GPtrArray            *claimed;
  const char           *now;
  gint64                stamp;
} Claim;

/* A reminder's key and customer, read once: sorting 13,700 reminders
 * compares their keys 180,000 times. */
typedef struct
{
  const char *key;
  gint64      customer;
} Keyed;

static int
compare_keyed (gconstpointer a,
               gconstpointer b)
{
  return strcmp (((const Keyed *) a)->key, ((const Keyed *) b)->key);
}

/* The keys and customers of @due, in the order of the keys. */
static GArray *
keyed_of (GPtrArray *due)
{
  GArray *keyed = g_array_sized_new (FALSE, FALSE, sizeof (Keyed), due->len);

  for (guint i = 0; i < due->len; i++)
    {
      Keyed one = { cherish_reminder_get_key (due->pdata[i]), cherish_reminder_get_customer_id (due->pdata[i]) };

      g_array_append_val (keyed, one);
    }
  if (keyed->len > 1)
    qsort (keyed->data, keyed->len, sizeof (Keyed), compare_keyed);
  return keyed;
}

/* The reminders of @by_key_order (see keyed_of ()) as one JSON object,
 * each key naming its customer (null for an event's), those in @left_out
 * left out. An object, not an array of pairs: SQLite reads a pair's
 * parts one JSON parse each, an object's keys and values as it walks it
 * (a claim of 13,700: 29 → 17 ms). In the order of the keys, the
 * sent-log's own: the rows of a claim go in one after the other, not
 * scattered over its pages (13,700 rows: 95 → 50 ms). */
static GString *
json_claims (GArray     *by_key_order,
             GHashTable *left_out)
{
  GString *claims = g_string_sized_new (64 * by_key_order->len + 2);
  gboolean first = TRUE;

  g_string_append_c (claims, '{');
  for (guint i = 0; i < by_key_order->len; i++)
    {
      const Keyed *reminder = &g_array_index (by_key_order, Keyed, i);

      if (left_out != NULL && g_hash_table_contains (left_out, reminder->key))
        continue;
      if (!first)
        g_string_append_c (claims, ',');
      first = FALSE;
      json_append_string (claims, reminder->key);
      g_string_append_c (claims, ':');
      if (reminder->customer > 0)
        cherish_text_append_int (claims, reminder->customer);
      else
        g_string_append (claims, "null");
    }
  g_string_append_c (claims, '}');
  return claims;
}

/* The claim's statement. */
typedef struct
{
  Claim      *run;
  gboolean    unchanged;   /* nothing written since the reminders were read */
  gboolean    not_all;     /* some were not written: undone */
} ClaimEvery;

static void
bind_claim (CherishStmt *stmt,
            ClaimEvery  *every)
{
  cherish_stmt_bind_text (stmt, 1, every->run->claims->str, (int) every->run->claims->len);
  cherish_bind_text (stmt, 2, every->run->now);
  cherish_stmt_bind_int64 (stmt, 3, every->unchanged);
}

/* Claims every one of them, or none: most often all are new, and the
 * count of rows written says so without RETURNING, which has SQLite keep
 * each row it writes (13,700 after days away: 72–92 → 57–66 ms). When
 * some were not written (delivered from another computer meanwhile, marked
 * done before they fell due), it is undone and the caller asks which. */
static gboolean
claim_every (gpointer   user_data,
             GError   **error)
{
  ClaimEvery *every = user_data;
  CherishDatabase *database = database_of (every->run->self);
  g_autoptr(CherishStmt) stmt = cherish_database_prepare (database, cherish_database_sql (database, claim_all),
                                                          error);

  if (stmt == NULL)
    return FALSE;
  bind_claim (stmt, every);
  if (!cherish_database_step_done (database, stmt, error))
    return FALSE;
  if (cherish_database_changes (database) != (gint64) every->run->due->len)
    {
      every->not_all = TRUE;
      g_set_error_literal (error, CHERISH_ERROR, CHERISH_ERROR_CONFLICT, "Some reminders were claimed already");
      return FALSE;
    }
  return TRUE;
}

/* Claims those not claimed yet, and says which: RETURNING. */
static gboolean
claim_which (ClaimEvery  *every,
             GError     **error)
{
  Claim *run = every->run;
  CherishDatabase *database = database_of (run->self);
  g_autoptr(GHashTable) won = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *sql = g_strconcat (cherish_database_sql (database, claim_all), " RETURNING key", NULL);
  g_autoptr(CherishStmt) stmt = cherish_database_prepare (database, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  bind_claim (stmt, every);
  while ((rc = cherish_stmt_step (stmt)) == CHERISH_ROW)
    g_hash_table_add (won, g_strdup (cherish_column_text (stmt, 0)));
  if (rc != CHERISH_DONE)
    {
      cherish_database_set_error (database, rc, error);
      return FALSE;
    }
  for (guint i = 0; i < run->due->len; i++)
    if (g_hash_table_contains (won, cherish_reminder_get_key (run->due->pdata[i])))
      g_ptr_array_add (run->claimed, g_object_ref (run->due->pdata[i]));
  return TRUE;
}

static gboolean
claim (gpointer   user_data,
       GError   **error)
{
  Claim *run = user_data;
  CherishDatabase *database = database_of (run->self);
  g_autoptr(CherishStmt) stmt = NULL;
  gint64 current, seen;

  /* Read before writing: whether anything changed since @due was read. */
  current = cherish_reminder_store_get_change_stamp (run->self, error);
  if (current < 0)
    return FALSE;

  /* One statement for them all (13,000 after days away), each key with its
   * customer in one JSON object. */
  {
    ClaimEvery every = { run, current == run->stamp, FALSE };

    if (cherish_database_transaction (database, claim_every, &every, error))
      {
        for (guint i = 0; i < run->due->len; i++)
          g_ptr_array_add (run->claimed, g_object_ref (run->due->pdata[i]));
      }
    else if (!every.not_all)
      return FALSE;
    else
      {
        g_clear_error (error);
        if (!claim_which (&every, error))
          return FALSE;
      }
  }

  seen = run->stamp;
  if (run->claimed->len > 0)
    {
      /* This claim is counted as a change when it commits: if nothing else
       * changed since the stamp was read, the next check has seen it. */
      if (current == run->stamp)
        seen = run->stamp + 1;
      cherish_store_changed (CHERISH_STORE (run->self));
    }

  g_clear_pointer (&stmt, cherish_stmt_release);
  stmt = cherish_database_prepare (database, "INSERT INTO reminder_checks (id, checked_at, seen_stamp) "
                                             "VALUES (1, ?1, ?2) ON CONFLICT (id) DO UPDATE SET "
                                             "checked_at = excluded.checked_at, seen_stamp = excluded.seen_stamp",
                                   error);
  if (stmt == NULL)
    return FALSE;
  cherish_bind_text (stmt, 1, run->now);
  cherish_stmt_bind_int64 (stmt, 2, seen);
  return cherish_database_step_done (database, stmt, error);
}

/* Where the engines' SQL differs: which keys of the claim's object (?1)
 * are settled by ?2 (now): delivered and not snoozed past their snooze,
 * or done. Each is looked up in the sent-log, in its own order. */
static const CherishDialectSql settled_among = {
  "SELECT r.key FROM json_each (?1) AS p CROSS JOIN reminders_sent AS r ON r.key = p.key "
  "WHERE r.state = 'done' OR r.snoozed_until IS NULL OR r.snoozed_until > ?2",
  "SELECT r.key FROM json_each_text (?1::json) AS p JOIN reminders_sent AS r ON r.key = p.key "
  "WHERE r.state = 'done' OR r.snoozed_until IS NULL OR r.snoozed_until > ?2",
};

/* The keys of @claims (see json_claims ()) settled by @now. */
static GHashTable *
settled_of (CherishReminderStore  *self,
            GString               *claims,
            const char            *now,
            GError               **error)
{
  CherishDatabase *database = database_of (self);
  g_autoptr(GHashTable) keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(CherishStmt) stmt = NULL;
  int rc;

  stmt = cherish_database_prepare (database, cherish_database_sql (database, settled_among), error);
  if (stmt == NULL)
    return NULL;
  cherish_stmt_bind_text (stmt, 1, claims->str, (int) claims->len);
  cherish_bind_text (stmt, 2, now);
  while ((rc = cherish_stmt_step (stmt)) == CHERISH_ROW)
    g_hash_table_add (keys, g_strdup (cherish_column_text (stmt, 0)));
  if (rc != CHERISH_DONE)
    {
      cherish_database_set_error (database, rc, error);
      return NULL;
    }
  return g_steal_pointer (&keys);
}

/**
 * cherish_reminder_store_claim:
 * @due: (element-type CherishReminder): the reminders due now
 * @stamp: the count of changes read before @due was worked out
 * @again: whether @due may hold reminders claimed before (a check was
 *   made since the first of them fell due)
 * @recorded: whether today's last check recorded that @stamp already
 *
 * Records in the sent-log those of @due not delivered yet (or whose
 * snooze has ended), and this check (its time and @stamp), all or none.
 * When @again, those settled already are looked up first, without a
 * write, and when none is new and the check is @recorded, nothing is
 * written at all. Else all are taken to be new (after days away: the
 * look-up would find none of 13,700, in 10 ms); those that are not are
 * still found, by the claim.
 *
 * Returns: (transfer full) (element-type CherishReminder) (nullable): the
 *   reminders to deliver now, in the order of @due
 */
GPtrArray *
cherish_reminder_store_claim (CherishReminderStore  *self,
                              GPtrArray             *due,
                              gint64                 stamp,
                              gboolean               again,
                              gboolean               recorded,
                              GError               **error)
{
  g_autoptr(GPtrArray) claimed = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) maybe_new = NULL;
  g_autoptr(GArray) by_key_order = NULL;
  g_autoptr(GHashTable) settled = NULL;
  g_autoptr(GString) claims = NULL;
  g_autofree char *now = NULL;
  Claim run;

  g_return_val_if_fail (CHERISH_IS_REMINDER_STORE (self), NULL);
  g_return_val_if_fail (due != NULL, NULL);

  now = cherish_store_now_timestamp (CHERISH_STORE (self));
  by_key_order = keyed_of (due);
  claims = json_claims (by_key_order, NULL);
  settled = again ? settled_of (self, claims, now, error) : g_hash_table_new (NULL, NULL);
  if (settled == NULL)
    return NULL;
  if (g_hash_table_size (settled) == 0)
    maybe_new = g_ptr_array_ref (due);
  else
    {
      maybe_new = g_ptr_array_new ();
      for (guint i = 0; i < due->len; i++)
        if (!g_hash_table_contains (settled, cherish_reminder_get_key (due->pdata[i])))
          g_ptr_array_add (maybe_new, due->pdata[i]);
      g_string_free (claims, TRUE);
      claims = json_claims (by_key_order, settled);
    }

  if (maybe_new->len == 0 && recorded)
    return g_steal_pointer (&claimed);

  run = (Claim) { self, maybe_new, claims, claimed, now, stamp };
  if (!cherish_database_transaction (database_of (self), claim, &run, error))
    return NULL;
  return g_steal_pointer (&claimed);
}

/**
 * cherish_reminder_store_get_last_check:
 * @seen_stamp: (out) (optional): the count of changes it had read
 *
 * Returns: (transfer full) (nullable): when reminders were last claimed
 *   (see cherish_reminder_store_claim()), or %NULL if never (or on error,
 *   with @error set)
 */
GDateTime *
cherish_reminder_store_get_last_check (CherishReminderStore  *self,
                                       gint64                *seen_stamp,
                                       GError               **error)
{
  g_autoptr(CherishStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (CHERISH_IS_REMINDER_STORE (self), NULL);

  stmt = cherish_database_prepare (database_of (self),
                                   "SELECT checked_at, seen_stamp FROM reminder_checks WHERE id = 1", error);
  if (stmt == NULL)
    return NULL;
  rc = cherish_stmt_step (stmt);
  if (rc == CHERISH_ROW)
    {
      if (seen_stamp != NULL)
        *seen_stamp = cherish_stmt_column_int64 (stmt, 1);
      return g_date_time_new_from_iso8601 (cherish_column_text (stmt, 0), NULL);
    }
  if (rc != CHERISH_DONE)
    cherish_database_set_error (database_of (self), rc, error);
  return NULL;
}

/**
 * cherish_reminder_store_get_change_stamp:
 *
 * Returns: how many changes the database has counted (it grows with each
 *   one), or -1 with @error set
 */
gint64
cherish_reminder_store_get_change_stamp (CherishReminderStore  *self,
                                         GError               **error)
{
  g_return_val_if_fail (CHERISH_IS_REMINDER_STORE (self), -1);

  return cherish_database_get_change_stamp (database_of (self), error);
}

/**
 * cherish_reminder_store_claim_care_day:
 * @today: the shop's day
 *
 * Claims the day's care of the shop (schema step 30): %TRUE for the first
 * that asks on @today — a copy of the app or a check of the reminders, on
 * any computer of the shop — and %FALSE for the others.
 *
 * Returns: whether the caller cares for the shop today (%FALSE on error,
 *   with @error set)
 */
gboolean
cherish_reminder_store_claim_care_day (CherishReminderStore  *self,
                                       const GDate           *today,
                                       GError               **error)
{
  g_autofree char *day = NULL;
  g_autoptr(CherishStmt) claim = NULL;

  g_return_val_if_fail (CHERISH_IS_REMINDER_STORE (self), FALSE);
  g_return_val_if_fail (g_date_valid (today), FALSE);

  /* Moves the one row to today, if it is not there yet. */
  claim = cherish_database_prepare (database_of (self),
                                    "INSERT INTO daily_care (id, day) VALUES (1, ?1) "
                                    "ON CONFLICT (id) DO UPDATE SET day = excluded.day "
                                    "WHERE daily_care.day < excluded.day",
                                    error);
  if (claim == NULL)
    return FALSE;
  day = cherish_date_format (today);
  cherish_bind_text (claim, 1, day);
  return cherish_database_step_done (database_of (self), claim, error) &&
         cherish_database_changes (database_of (self)) > 0;
}

/**
 * cherish_reminder_store_has_snooze_ended:
 * @now: the time to compare with
 *
 * Returns: whether a snoozed reminder is due again by @now and not
 *   delivered again yet (%FALSE on error, with @error set)
 */
gboolean
cherish_reminder_store_has_snooze_ended (CherishReminderStore  *self,
                                         GDateTime             *now,
                                         GError               **error)
{
  g_autoptr(CherishStmt) stmt = NULL;
  g_autofree char *now_text = NULL;
  int rc;

  g_return_val_if_fail (CHERISH_IS_REMINDER_STORE (self), FALSE);

  stmt = cherish_database_prepare (database_of (self),
                                   "SELECT 1 FROM reminders_sent WHERE snoozed_until IS NOT NULL "
                                   "AND snoozed_until <= ?1 AND state = 'sent' LIMIT 1", error);
  if (stmt == NULL)
    return FALSE;
  now_text = cherish_timestamp_format (now);
  cherish_bind_text (stmt, 1, now_text);
  rc = cherish_stmt_step (stmt);
  if (rc != CHERISH_ROW && rc != CHERISH_DONE)
    cherish_database_set_error (database_of (self), rc, error);
  return rc == CHERISH_ROW;
}

/* The customer whose reminder a key is, so that their sent-log rows go
 * with them when they are erased: an occasion names them in its key (?3),
 * a follow-up (?4) is theirs; see bind_key_customer(). Read and written in
 * one statement: a row is written for a reminder of no customer (an
 * event's) or of one still there, none for one erased meanwhile. */
#define KEY_CUSTOMER \
  "(SELECT (SELECT id FROM customers WHERE id = COALESCE (CAST (?3 AS BIGINT), " \
  "(SELECT customer_id FROM follow_ups WHERE id = CAST (?4 AS BIGINT)))) AS id) AS whose"
#define KEY_CUSTOMER_KEPT \
  "(whose.id IS NOT NULL OR (CAST (?3 AS BIGINT) IS NULL AND CAST (?4 AS BIGINT) IS NULL))"

static void
bind_key_customer (CherishStmt *stmt,
                   const char  *key)
{
  gint64 customer = cherish_reminder_key_customer_id (key);
  gint64 follow_up = cherish_reminder_key_follow_up_id (key);

  if (customer > 0)
    cherish_stmt_bind_int64 (stmt, 3, customer);
  else
    cherish_stmt_bind_null (stmt, 3);
  if (follow_up > 0)
    cherish_stmt_bind_int64 (stmt, 4, follow_up);
  else
    cherish_stmt_bind_null (stmt, 4);
}

/**
 * cherish_reminder_store_mark_done:
 *
 * The manager dealt with the reminder @key: it is not delivered (again).
 */
gboolean
cherish_reminder_store_mark_done (CherishReminderStore  *self,
                                  const char            *key,
                                  GError               **error)
{
  g_autoptr(CherishStmt) stmt = NULL;
  g_autofree char *now = NULL;

  g_return_val_if_fail (CHERISH_IS_REMINDER_STORE (self), FALSE);
  g_return_val_if_fail (key != NULL, FALSE);

  stmt = cherish_database_prepare (database_of (self),
                                   "INSERT INTO reminders_sent (key, customer_id, state, sent_at) "
                                   "SELECT ?1, whose.id, 'done', ?2 FROM " KEY_CUSTOMER " "
                                   "WHERE " KEY_CUSTOMER_KEPT " "
                                   "ON CONFLICT (key) DO UPDATE "
                                   "  SET state = 'done', snoozed_until = NULL", error);
  if (stmt == NULL)
    return FALSE;
  now = cherish_store_now_timestamp (CHERISH_STORE (self));
  cherish_bind_text (stmt, 1, key);
  cherish_bind_text (stmt, 2, now);
  bind_key_customer (stmt, key);
  if (!cherish_database_step_done (database_of (self), stmt, error))
    return FALSE;
  cherish_store_changed (CHERISH_STORE (self));
  return TRUE;
}

/**
 * cherish_reminder_store_snooze:
 *
 * Delivers the reminder @key again @days days from now (if it is still
 * due then).
 */
gboolean
cherish_reminder_store_snooze (CherishReminderStore  *self,
                               const char            *key,
                               guint                  days,
                               GError               **error)
{
  g_autoptr(CherishStmt) stmt = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) until = NULL;
  g_autofree char *now_text = NULL;
  g_autofree char *until_text = NULL;

  g_return_val_if_fail (CHERISH_IS_REMINDER_STORE (self), FALSE);
  g_return_val_if_fail (key != NULL, FALSE);
  g_return_val_if_fail (days > 0, FALSE);

  stmt = cherish_database_prepare (database_of (self),
                                   "INSERT INTO reminders_sent (key, customer_id, sent_at, snoozed_until) "
                                   "SELECT ?1, whose.id, ?2, ?5 FROM " KEY_CUSTOMER " "
                                   "WHERE " KEY_CUSTOMER_KEPT " "
                                   "ON CONFLICT (key) DO UPDATE SET snoozed_until = ?5 "
                                   "  WHERE reminders_sent.state = 'sent'", error);
  if (stmt == NULL)
    return FALSE;
  now = cherish_clock_get_now_utc (cherish_store_get_clock (CHERISH_STORE (self)));
  until = g_date_time_add_days (now, days);
  now_text = cherish_timestamp_format (now);
  until_text = cherish_timestamp_format (until);
  cherish_bind_text (stmt, 1, key);
  cherish_bind_text (stmt, 2, now_text);
  bind_key_customer (stmt, key);
  cherish_bind_text (stmt, 5, until_text);
  if (!cherish_database_step_done (database_of (self), stmt, error))
    return FALSE;
  cherish_store_changed (CHERISH_STORE (self));
  return TRUE;
}

/**
 * cherish_reminder_store_set_lead:
 * @days: how many days ahead to be reminded of the customer's occasions
 *   (0: on the day only), or -1 for the shop's lead times
 */
gboolean
cherish_reminder_store_set_lead (CherishReminderStore  *self,
                                 gint64                 customer_id,
                                 int                    days,
                                 GError               **error)
{
  g_autoptr(CherishStmt) stmt = NULL;

  g_return_val_if_fail (CHERISH_IS_REMINDER_STORE (self), FALSE);

  if (days > MAX_LEAD_DAYS)
    {
      cherish_set_invalid (error, "reminder-lead",
                           _("A reminder can come at most %d days ahead."), MAX_LEAD_DAYS);
      return FALSE;
    }
  if (!cherish_store_check_customer (CHERISH_STORE (self), customer_id, error))
    return FALSE;

  if (days < 0)
    stmt = cherish_database_prepare (database_of (self),
                                     "DELETE FROM reminder_leads WHERE customer_id = ?1", error);
  else
    stmt = cherish_database_prepare (database_of (self),
                                     "INSERT INTO reminder_leads (customer_id, days) VALUES (?1, ?2) "
                                     "ON CONFLICT (customer_id) DO UPDATE SET days = ?2", error);
  if (stmt == NULL)
    return FALSE;
  cherish_stmt_bind_int64 (stmt, 1, customer_id);
  if (days >= 0)
    cherish_stmt_bind_int64 (stmt, 2, days);
  if (!cherish_database_step_done (database_of (self), stmt, error))
    return FALSE;
  cherish_database_emit_changed (database_of (self), "reminder_leads");
  return TRUE;
}

/**
 * cherish_reminder_store_get_lead:
 *
 * Returns: the customer's own lead time in days, or -1 (the shop's, or
 *   an error)
 */
int
cherish_reminder_store_get_lead (CherishReminderStore  *self,
                                 gint64                 customer_id,
                                 GError               **error)
{
  g_autoptr(CherishStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (CHERISH_IS_REMINDER_STORE (self), -1);

  stmt = cherish_database_prepare (database_of (self),
                                   "SELECT days FROM reminder_leads WHERE customer_id = ?1", error);
  if (stmt == NULL)
    return -1;
  cherish_stmt_bind_int64 (stmt, 1, customer_id);
  rc = cherish_stmt_step (stmt);
  if (rc == CHERISH_ROW)
    return cherish_stmt_column_int (stmt, 0);
  if (rc != CHERISH_DONE)
    cherish_database_set_error (database_of (self), rc, error);
  return -1;
}

/**
 * cherish_reminder_store_get_leads:
 *
 * Returns: (transfer full) (nullable): customer id (a #gint64 pointer) →
 *   days (GINT_TO_POINTER), for the customers with their own lead time
 */
GHashTable *
cherish_reminder_store_get_leads (CherishReminderStore  *self,
                                  GError               **error)
{
  g_autoptr(CherishStmt) stmt = NULL;
  g_autoptr(GHashTable) leads = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  int rc;

  g_return_val_if_fail (CHERISH_IS_REMINDER_STORE (self), NULL);

  stmt = cherish_database_prepare (database_of (self),
                                   "SELECT customer_id, days FROM reminder_leads", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = cherish_stmt_step (stmt)) == CHERISH_ROW)
    g_hash_table_insert (leads, g_memdup2 (&(gint64) { cherish_stmt_column_int64 (stmt, 0) },
                                           sizeof (gint64)),
                         GINT_TO_POINTER (cherish_stmt_column_int (stmt, 1)));
  if (rc != CHERISH_DONE)
    {
      cherish_database_set_error (database_of (self), rc, error);
      return NULL;
    }
  return g_steal_pointer (&leads);
}
