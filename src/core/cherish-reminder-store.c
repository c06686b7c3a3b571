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

#include <glib/gi18n.h>

#include "cherish-date.h"
#include "cherish-error.h"
#include "cherish-reminder-store.h"
#include "cherish-store-private.h"

#define MAX_LEAD_DAYS 90

struct _CherishReminderStore
{
  CherishStore parent_instance;
};

G_DEFINE_FINAL_TYPE (CherishReminderStore, cherish_reminder_store, CHERISH_TYPE_STORE)

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

typedef struct
{
  CherishReminderStore *self;
  GPtrArray            *due;
  GPtrArray            *claimed;
} Claim;

static gboolean
claim (gpointer   user_data,
       GError   **error)
{
  Claim *run = user_data;
  CherishDatabase *database = database_of (run->self);
  g_autoptr(CherishStmt) stmt = NULL;
  g_autofree char *now = cherish_store_now_timestamp (CHERISH_STORE (run->self));

  stmt = cherish_database_prepare (database,
                                   "INSERT INTO reminders_sent (key, customer_id, sent_at) "
                                   "VALUES (?1, ?2, ?3) "
                                   "ON CONFLICT (key) DO UPDATE "
                                   "  SET sent_at = excluded.sent_at, snoozed_until = NULL "
                                   "  WHERE state = 'sent' AND snoozed_until <= excluded.sent_at",
                                   error);
  if (stmt == NULL)
    return FALSE;

  for (guint i = 0; i < run->due->len; i++)
    {
      CherishReminder *reminder = run->due->pdata[i];

      sqlite3_reset (stmt);
      cherish_bind_text (stmt, 1, cherish_reminder_get_key (reminder));
      if (cherish_reminder_get_customer_id (reminder) > 0)
        sqlite3_bind_int64 (stmt, 2, cherish_reminder_get_customer_id (reminder));
      else
        sqlite3_bind_null (stmt, 2);   /* an event's */
      cherish_bind_text (stmt, 3, now);
      if (!cherish_database_step_done (database, stmt, error))
        return FALSE;
      if (sqlite3_changes (cherish_database_get_handle (database)) > 0)
        g_ptr_array_add (run->claimed, g_object_ref (reminder));
    }
  if (run->claimed->len > 0)
    cherish_store_changed (CHERISH_STORE (run->self));
  return TRUE;
}

/**
 * cherish_reminder_store_claim:
 * @due: (element-type CherishReminder): the reminders due now
 *
 * Records in the sent-log those of @due not delivered yet (or whose
 * snooze has ended), all or none.
 *
 * Returns: (transfer full) (element-type CherishReminder) (nullable): the
 *   reminders to deliver now, in the order of @due
 */
GPtrArray *
cherish_reminder_store_claim (CherishReminderStore  *self,
                              GPtrArray             *due,
                              GError               **error)
{
  g_autoptr(GPtrArray) claimed = g_ptr_array_new_with_free_func (g_object_unref);
  Claim run = { self, due, claimed };

  g_return_val_if_fail (CHERISH_IS_REMINDER_STORE (self), NULL);
  g_return_val_if_fail (due != NULL, NULL);

  if (due->len == 0)
    return g_steal_pointer (&claimed);
  if (!cherish_database_transaction (database_of (self), claim, &run, error))
    return NULL;
  return g_steal_pointer (&claimed);
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
                                   "INSERT INTO reminders_sent (key, state, sent_at) "
                                   "VALUES (?1, 'done', ?2) "
                                   "ON CONFLICT (key) DO UPDATE "
                                   "  SET state = 'done', snoozed_until = NULL", error);
  if (stmt == NULL)
    return FALSE;
  now = cherish_store_now_timestamp (CHERISH_STORE (self));
  cherish_bind_text (stmt, 1, key);
  cherish_bind_text (stmt, 2, now);
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
                                   "INSERT INTO reminders_sent (key, sent_at, snoozed_until) "
                                   "VALUES (?1, ?2, ?3) "
                                   "ON CONFLICT (key) DO UPDATE SET snoozed_until = ?3 "
                                   "  WHERE state = 'sent'", error);
  if (stmt == NULL)
    return FALSE;
  now = cherish_clock_get_now_utc (cherish_store_get_clock (CHERISH_STORE (self)));
  until = g_date_time_add_days (now, days);
  now_text = cherish_timestamp_format (now);
  until_text = cherish_timestamp_format (until);
  cherish_bind_text (stmt, 1, key);
  cherish_bind_text (stmt, 2, now_text);
  cherish_bind_text (stmt, 3, until_text);
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
  sqlite3_bind_int64 (stmt, 1, customer_id);
  if (days >= 0)
    sqlite3_bind_int (stmt, 2, days);
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
  sqlite3_bind_int64 (stmt, 1, customer_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return sqlite3_column_int (stmt, 0);
  if (rc != SQLITE_DONE)
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
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_insert (leads, g_memdup2 (&(gint64) { sqlite3_column_int64 (stmt, 0) },
                                           sizeof (gint64)),
                         GINT_TO_POINTER (sqlite3_column_int (stmt, 1)));
  if (rc != SQLITE_DONE)
    {
      cherish_database_set_error (database_of (self), rc, error);
      return NULL;
    }
  return g_steal_pointer (&leads);
}
