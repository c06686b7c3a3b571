/* cherish-follow-up-store.c — follow-ups in the database
 *
 * A follow-up made by a rule is added once: adding it again (the rule ran
 * again, or in a second copy of the app) changes nothing and says so.
 * What is due leaves out customers who were deleted.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-follow-up-store"

#include "config.h"

#include <glib/gi18n.h>

#include "cherish-date.h"
#include "cherish-enum-types.h"
#include "cherish-error.h"
#include "cherish-follow-up-store.h"
#include "cherish-store-private.h"
#include "cherish-text.h"

struct _CherishFollowUpStore
{
  CherishStore parent_instance;
};

G_DEFINE_FINAL_TYPE (CherishFollowUpStore, cherish_follow_up_store, CHERISH_TYPE_STORE)

#define COLUMNS \
  "f.id, f.customer_id, f.due_date, f.about, f.state, f.outcome, f.rule, f.source, " \
  "f.created_at, f.updated_at"
#define NOT_FOUND _("This follow-up no longer exists.")

static CherishDatabase *
database_of (CherishFollowUpStore *self)
{
  return cherish_store_get_database (CHERISH_STORE (self));
}

static gpointer
follow_up_from_row (sqlite3_stmt *stmt)
{
  int state = CHERISH_FOLLOW_UP_STATE_OPEN;

  cherish_enum_from_nick (CHERISH_TYPE_FOLLOW_UP_STATE, cherish_column_text (stmt, 4), &state);

  return g_object_new (CHERISH_TYPE_FOLLOW_UP,
                       "id", (gint64) sqlite3_column_int64 (stmt, 0),
                       "customer-id", (gint64) sqlite3_column_int64 (stmt, 1),
                       "due-date", cherish_column_text (stmt, 2),
                       "about", cherish_column_text (stmt, 3),
                       "state", state,
                       "outcome", cherish_column_text (stmt, 5),
                       "rule", cherish_column_text (stmt, 6),
                       "source", cherish_column_text (stmt, 7),
                       "created-at", cherish_column_text (stmt, 8),
                       "updated-at", cherish_column_text (stmt, 9),
                       NULL);
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
  sqlite3 *handle;

  g_return_val_if_fail (CHERISH_IS_FOLLOW_UP_STORE (self), FALSE);
  g_return_val_if_fail (CHERISH_IS_FOLLOW_UP (follow_up), FALSE);
  g_return_val_if_fail (cherish_follow_up_get_id (follow_up) == 0, FALSE);

  if (!cherish_follow_up_validate (follow_up, error) ||
      !cherish_store_check_customer (CHERISH_STORE (self),
                                     cherish_follow_up_get_customer_id (follow_up), error))
    return FALSE;

  stmt = cherish_database_prepare (database_of (self),
                                   "INSERT INTO follow_ups (customer_id, due_date, about, rule, "
                                   "  source, created_at, updated_at) "
                                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6) "
                                   "ON CONFLICT DO NOTHING", error);
  if (stmt == NULL)
    return FALSE;

  about = cherish_text_normalize (cherish_follow_up_get_about (follow_up));
  now = cherish_store_now_timestamp (CHERISH_STORE (self));
  sqlite3_bind_int64 (stmt, 1, cherish_follow_up_get_customer_id (follow_up));
  cherish_bind_text (stmt, 2, cherish_follow_up_get_due_date (follow_up));
  cherish_bind_text (stmt, 3, about);
  sqlite3_bind_text (stmt, 4, cherish_follow_up_get_rule (follow_up) ?: "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, cherish_follow_up_get_source (follow_up) ?: "", -1, SQLITE_TRANSIENT);
  cherish_bind_text (stmt, 6, now);

  if (!cherish_database_step_done (database_of (self), stmt, error))
    return FALSE;
  handle = cherish_database_get_handle (database_of (self));
  if (sqlite3_changes (handle) == 0)
    return TRUE;   /* made before */

  g_object_set (follow_up,
                "id", (gint64) sqlite3_last_insert_rowid (handle),
                "about", about,
                "created-at", now,
                "updated-at", now,
                NULL);
  cherish_store_changed (CHERISH_STORE (self));
  return TRUE;
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
  sqlite3_bind_int64 (stmt, 1, id);
  cherish_bind_text (stmt, 2, cherish_enum_to_nick (CHERISH_TYPE_FOLLOW_UP_STATE, state));
  sqlite3_bind_text (stmt, 3, outcome ?: "", -1, SQLITE_TRANSIENT);
  cherish_bind_text (stmt, 4, now);
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
  sqlite3_bind_int64 (stmt, 1, id);
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
  g_autoptr(CherishStmt) stmt = NULL;

  g_return_val_if_fail (CHERISH_IS_FOLLOW_UP_STORE (self), NULL);

  stmt = cherish_database_prepare (database_of (self),
                                   "SELECT " COLUMNS " FROM follow_ups f "
                                   "JOIN customers c ON c.id = f.customer_id AND c.deleted_at IS NULL "
                                   "WHERE f.state = 'open' AND f.due_date <= ?1 "
                                   "ORDER BY f.due_date, f.id", error);
  if (stmt == NULL)
    return NULL;
  cherish_bind_text (stmt, 1, up_to);
  return cherish_database_collect (database_of (self), stmt, follow_up_from_row, error);
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
  sqlite3_bind_int64 (stmt, 1, customer_id);
  return cherish_database_collect (database_of (self), stmt, follow_up_from_row, error);
}
