/* cherish-event-store.c — customer events and their prizes in the database
 *
 * Events are read with the counts of their guests (invited, people
 * accepted, waitlisted, people who came). An event moves from draft to
 * open to done, or is cancelled; a done or cancelled event stays so, and
 * cancelling it again changes nothing. A prize is handed only to a guest
 * who came, and only while some are left: what is left never goes below
 * zero (checked here and by the table).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-event-store"

#include "config.h"

#include <glib/gi18n.h>

#include "cherish-date.h"
#include "cherish-enum-types.h"
#include "cherish-error.h"
#include "cherish-event-store.h"
#include "cherish-store-private.h"
#include "cherish-text.h"

#define MAX_PRIZE_QUANTITY 100000

struct _CherishEventStore
{
  CherishStore parent_instance;
};

G_DEFINE_FINAL_TYPE (CherishEventStore, cherish_event_store, CHERISH_TYPE_STORE)

#define SELECT_EVENTS \
  "SELECT e.id, e.title, e.description, e.starts_at, e.ends_at, e.place, " \
  "  coalesce (e.capacity, 0), e.status, e.incentives, e.created_at, e.updated_at, " \
  "  (SELECT count (*) FROM invitations i WHERE i.event_id = e.id), " \
  "  (SELECT coalesce (sum (party_size), 0) FROM invitations i " \
  "    WHERE i.event_id = e.id AND i.status IN ('accepted', 'attended')), " \
  "  (SELECT count (*) FROM invitations i WHERE i.event_id = e.id AND i.status = 'waitlisted'), " \
  "  (SELECT coalesce (sum (party_size), 0) FROM invitations i " \
  "    WHERE i.event_id = e.id AND i.status = 'attended') " \
  "FROM events e "
#define NOT_FOUND _("This event no longer exists.")

static CherishDatabase *
database_of (CherishEventStore *self)
{
  return cherish_store_get_database (CHERISH_STORE (self));
}

static gpointer
event_from_row (CherishStmt *stmt)
{
  int status = CHERISH_EVENT_STATUS_DRAFT;

  cherish_enum_from_nick (CHERISH_TYPE_EVENT_STATUS, cherish_column_text (stmt, 7), &status);
  return g_object_new (CHERISH_TYPE_EVENT,
                       "id", (gint64) cherish_stmt_column_int64 (stmt, 0),
                       "title", cherish_column_text (stmt, 1),
                       "description", cherish_column_text (stmt, 2),
                       "starts-at", cherish_column_text (stmt, 3),
                       "ends-at", cherish_column_text (stmt, 4),
                       "place", cherish_column_text (stmt, 5),
                       "capacity", (gint64) cherish_stmt_column_int64 (stmt, 6),
                       "status", status,
                       "incentives", cherish_column_text (stmt, 8),
                       "created-at", cherish_column_text (stmt, 9),
                       "updated-at", cherish_column_text (stmt, 10),
                       "n-invited", (gint64) cherish_stmt_column_int64 (stmt, 11),
                       "n-accepted", (gint64) cherish_stmt_column_int64 (stmt, 12),
                       "n-waitlisted", (gint64) cherish_stmt_column_int64 (stmt, 13),
                       "n-attended", (gint64) cherish_stmt_column_int64 (stmt, 14),
                       NULL);
}

static gpointer
prize_from_row (CherishStmt *stmt)
{
  return g_object_new (CHERISH_TYPE_PRIZE,
                       "id", (gint64) cherish_stmt_column_int64 (stmt, 0),
                       "event-id", (gint64) cherish_stmt_column_int64 (stmt, 1),
                       "name", cherish_column_text (stmt, 2),
                       "quantity", (gint64) cherish_stmt_column_int64 (stmt, 3),
                       "remaining", (gint64) cherish_stmt_column_int64 (stmt, 4),
                       NULL);
}

static void
cherish_event_store_class_init (CherishEventStoreClass *klass)
{
  CHERISH_STORE_CLASS (klass)->table = "events";
}

static void
cherish_event_store_init (CherishEventStore *self)
{
}

CherishEventStore *
cherish_event_store_new (CherishDatabase *database,
                         CherishClock    *clock)
{
  return g_object_new (CHERISH_TYPE_EVENT_STORE, "database", database, "clock", clock, NULL);
}

/* Trims the texts, validates, keeps the times in UTC. */
static gboolean
prepare (CherishEvent  *event,
         GError       **error)
{
  g_autofree char *title = cherish_text_normalize (cherish_event_get_title (event));
  g_autofree char *place = cherish_text_normalize (cherish_event_get_place (event));
  g_autoptr(GDateTime) starts = NULL;
  g_autoptr(GDateTime) ends = NULL;
  g_autofree char *starts_text = NULL;
  g_autofree char *ends_text = NULL;

  if (!cherish_event_validate (event, error))
    return FALSE;
  starts = cherish_timestamp_parse (cherish_event_get_starts_at (event), NULL);
  ends = cherish_timestamp_parse (cherish_event_get_ends_at (event), NULL);
  starts_text = cherish_timestamp_format (starts);
  ends_text = cherish_timestamp_format (ends);
  g_object_set (event, "title", title, "place", place ?: "", "starts-at", starts_text,
                "ends-at", ends_text, NULL);
  return TRUE;
}

static void
bind_event (CherishStmt *stmt,
            CherishEvent *event,
            const char   *now)
{
  cherish_bind_text (stmt, 1, cherish_event_get_title (event));
  cherish_bind_text (stmt, 2, cherish_event_get_description (event) ?: "");
  cherish_bind_text (stmt, 3, cherish_event_get_starts_at (event));
  cherish_bind_text (stmt, 4, cherish_event_get_ends_at (event));
  cherish_bind_text (stmt, 5, cherish_event_get_place (event) ?: "");
  if (cherish_event_get_capacity (event) > 0)
    cherish_stmt_bind_int64 (stmt, 6, cherish_event_get_capacity (event));
  else
    cherish_stmt_bind_null (stmt, 6);
  cherish_bind_text (stmt, 7, cherish_enum_to_nick (CHERISH_TYPE_EVENT_STATUS,
                                                    cherish_event_get_status (event)));
  cherish_bind_text (stmt, 8, cherish_event_get_incentives (event) ?: "");
  cherish_bind_text (stmt, 9, now);
}

/**
 * cherish_event_store_insert:
 *
 * Saves a new event and sets its id.
 */
gboolean
cherish_event_store_insert (CherishEventStore  *self,
                            CherishEvent       *event,
                            GError            **error)
{
  g_autoptr(CherishStmt) stmt = NULL;
  g_autofree char *now = NULL;

  g_return_val_if_fail (CHERISH_IS_EVENT_STORE (self), FALSE);
  g_return_val_if_fail (cherish_event_get_id (event) == 0, FALSE);

  if (!prepare (event, error))
    return FALSE;
  stmt = cherish_database_prepare (database_of (self),
                                   "INSERT INTO events (title, description, starts_at, ends_at, "
                                   "  place, capacity, status, incentives, created_at, updated_at) "
                                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)", error);
  if (stmt == NULL)
    return FALSE;
  now = cherish_store_now_timestamp (CHERISH_STORE (self));
  bind_event (stmt, event, now);
  if (!cherish_store_step_insert (CHERISH_STORE (self), stmt, event, error))
    return FALSE;
  g_object_set (event, "created-at", now, "updated-at", now, NULL);
  return TRUE;
}

/**
 * cherish_event_store_update:
 *
 * Saves the changes to an event (its status too, see
 * cherish_event_store_set_status() for the moves allowed).
 */
gboolean
cherish_event_store_update (CherishEventStore  *self,
                            CherishEvent       *event,
                            GError            **error)
{
  g_autoptr(CherishEvent) stored = NULL;
  g_autoptr(CherishStmt) stmt = NULL;
  g_autofree char *now = NULL;

  g_return_val_if_fail (CHERISH_IS_EVENT_STORE (self), FALSE);

  stored = cherish_event_store_get (self, cherish_event_get_id (event), error);
  if (stored == NULL || !prepare (event, error))
    return FALSE;
  if (cherish_event_get_status (stored) != cherish_event_get_status (event) &&
      !cherish_event_store_set_status (self, cherish_event_get_id (event),
                                       cherish_event_get_status (event), error))
    return FALSE;

  stmt = cherish_database_prepare (database_of (self),
                                   "UPDATE events SET title = ?1, description = ?2, starts_at = ?3, "
                                   "  ends_at = ?4, place = ?5, capacity = ?6, status = ?7, "
                                   "  incentives = ?8, updated_at = ?9 WHERE id = ?10", error);
  if (stmt == NULL)
    return FALSE;
  now = cherish_store_now_timestamp (CHERISH_STORE (self));
  bind_event (stmt, event, now);
  cherish_stmt_bind_int64 (stmt, 10, cherish_event_get_id (event));
  if (!cherish_store_step_update (CHERISH_STORE (self), stmt, NOT_FOUND, error))
    return FALSE;
  g_object_set (event, "updated-at", now, NULL);
  return TRUE;
}

static gboolean
status_move_allowed (CherishEventStatus from,
                     CherishEventStatus to)
{
  if (from == to)
    return TRUE;
  switch (from)
    {
    case CHERISH_EVENT_STATUS_DRAFT:
      return to == CHERISH_EVENT_STATUS_OPEN || to == CHERISH_EVENT_STATUS_CANCELLED;
    case CHERISH_EVENT_STATUS_OPEN:
      return to != CHERISH_EVENT_STATUS_DRAFT;
    case CHERISH_EVENT_STATUS_DONE:
    case CHERISH_EVENT_STATUS_CANCELLED:
    default:
      return FALSE;
    }
}

/**
 * cherish_event_store_set_status:
 *
 * Draft → open → done; draft or open → cancelled. Setting the status it
 * has changes nothing.
 */
gboolean
cherish_event_store_set_status (CherishEventStore  *self,
                                gint64              id,
                                CherishEventStatus  status,
                                GError            **error)
{
  g_autoptr(CherishEvent) event = NULL;
  g_autoptr(CherishStmt) stmt = NULL;
  g_autofree char *now = NULL;
  CherishEventStatus from;

  g_return_val_if_fail (CHERISH_IS_EVENT_STORE (self), FALSE);

  event = cherish_event_store_get (self, id, error);
  if (event == NULL)
    return FALSE;
  from = cherish_event_get_status (event);
  if (from == status)
    return TRUE;
  if (!status_move_allowed (from, status))
    {
      g_set_error (error, CHERISH_ERROR, CHERISH_ERROR_CONFLICT,
                   from == CHERISH_EVENT_STATUS_CANCELLED ? _("This event was cancelled.")
                   : from == CHERISH_EVENT_STATUS_DONE ? _("This event is over.")
                   : _("An open event cannot go back to draft."));
      return FALSE;
    }
  stmt = cherish_database_prepare (database_of (self),
                                   "UPDATE events SET status = ?2, updated_at = ?3 WHERE id = ?1",
                                   error);
  if (stmt == NULL)
    return FALSE;
  now = cherish_store_now_timestamp (CHERISH_STORE (self));
  cherish_stmt_bind_int64 (stmt, 1, id);
  cherish_bind_text (stmt, 2, cherish_enum_to_nick (CHERISH_TYPE_EVENT_STATUS, status));
  cherish_bind_text (stmt, 3, now);
  return cherish_store_step_update (CHERISH_STORE (self), stmt, NOT_FOUND, error);
}

gboolean
cherish_event_store_delete (CherishEventStore  *self,
                            gint64              id,
                            GError            **error)
{
  g_autoptr(CherishStmt) stmt = NULL;

  g_return_val_if_fail (CHERISH_IS_EVENT_STORE (self), FALSE);

  stmt = cherish_database_prepare (database_of (self), "DELETE FROM events WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  cherish_stmt_bind_int64 (stmt, 1, id);
  return cherish_store_step_update (CHERISH_STORE (self), stmt, NOT_FOUND, error);
}

/**
 * cherish_event_store_get:
 *
 * Returns: (transfer full) (nullable): the event with its counts
 */
CherishEvent *
cherish_event_store_get (CherishEventStore  *self,
                         gint64              id,
                         GError            **error)
{
  g_return_val_if_fail (CHERISH_IS_EVENT_STORE (self), NULL);

  return cherish_database_get_by_id (database_of (self), SELECT_EVENTS "WHERE e.id = ?1", id,
                                     event_from_row, NOT_FOUND, error);
}

/**
 * cherish_event_store_list:
 * @upcoming: %TRUE: not over yet, soonest first; %FALSE: over, latest first
 *
 * Returns: (transfer full) (element-type CherishEvent) (nullable)
 */
GPtrArray *
cherish_event_store_list (CherishEventStore  *self,
                          gboolean            upcoming,
                          GError            **error)
{
  g_autoptr(CherishStmt) stmt = NULL;
  g_autofree char *now = NULL;

  g_return_val_if_fail (CHERISH_IS_EVENT_STORE (self), NULL);

  stmt = cherish_database_prepare (database_of (self),
                                   upcoming ? SELECT_EVENTS "WHERE e.ends_at >= ?1 "
                                              "ORDER BY e.starts_at, e.id"
                                            : SELECT_EVENTS "WHERE e.ends_at < ?1 "
                                              "ORDER BY e.starts_at DESC, e.id DESC",
                                   error);
  if (stmt == NULL)
    return NULL;
  now = cherish_store_now_timestamp (CHERISH_STORE (self));
  cherish_bind_text (stmt, 1, now);
  return cherish_database_collect (database_of (self), stmt, event_from_row, error);
}

/**
 * cherish_event_store_list_between:
 *
 * Returns: (transfer full) (element-type CherishEvent) (nullable): the
 *   events starting from @from until before @until, not cancelled
 */
GPtrArray *
cherish_event_store_list_between (CherishEventStore  *self,
                                  GDateTime          *from,
                                  GDateTime          *until,
                                  GError            **error)
{
  g_autoptr(CherishStmt) stmt = NULL;
  g_autofree char *from_text = cherish_timestamp_format (from);
  g_autofree char *until_text = cherish_timestamp_format (until);

  g_return_val_if_fail (CHERISH_IS_EVENT_STORE (self), NULL);

  stmt = cherish_database_prepare (database_of (self),
                                   SELECT_EVENTS "WHERE e.starts_at >= ?1 AND e.starts_at < ?2 "
                                   "AND e.status <> 'cancelled' ORDER BY e.starts_at, e.id", error);
  if (stmt == NULL)
    return NULL;
  cherish_bind_text (stmt, 1, from_text);
  cherish_bind_text (stmt, 2, until_text);
  return cherish_database_collect (database_of (self), stmt, event_from_row, error);
}

/**
 * cherish_event_store_add_prize:
 *
 * Returns: (transfer full) (nullable): the prize, all of it left
 */
CherishPrize *
cherish_event_store_add_prize (CherishEventStore  *self,
                               gint64              event_id,
                               const char         *name,
                               gint64              quantity,
                               GError            **error)
{
  g_autofree char *trimmed = cherish_text_normalize (name);
  g_autoptr(CherishStmt) stmt = NULL;
  g_autoptr(CherishEvent) event = NULL;

  g_return_val_if_fail (CHERISH_IS_EVENT_STORE (self), NULL);

  if (trimmed == NULL)
    {
      cherish_set_invalid (error, "prize-name", _("Prize: give it a name."));
      return NULL;
    }
  if (quantity < 1 || quantity > MAX_PRIZE_QUANTITY)
    {
      cherish_set_invalid (error, "prize-quantity", _("Quantity: between 1 and %d."),
                           MAX_PRIZE_QUANTITY);
      return NULL;
    }
  event = cherish_event_store_get (self, event_id, error);
  if (event == NULL)
    return NULL;

  stmt = cherish_database_prepare (database_of (self),
                                   "INSERT INTO prizes (event_id, name, quantity, remaining) "
                                   "VALUES (?1, ?2, ?3, ?3) ON CONFLICT DO NOTHING", error);
  if (stmt == NULL)
    return NULL;
  cherish_stmt_bind_int64 (stmt, 1, event_id);
  cherish_bind_text (stmt, 2, trimmed);
  cherish_stmt_bind_int64 (stmt, 3, quantity);
  if (!cherish_database_step_done (database_of (self), stmt, error))
    return NULL;
  if (cherish_database_changes (database_of (self)) == 0)
    {
      cherish_set_invalid (error, "prize-name", _("Prize: this event already has “%s”."), trimmed);
      return NULL;
    }
  cherish_database_emit_changed (database_of (self), "prizes");
  return g_object_new (CHERISH_TYPE_PRIZE,
                       "id", (gint64) cherish_database_last_insert_id (database_of (self)),
                       "event-id", event_id, "name", trimmed, "quantity", quantity,
                       "remaining", quantity, NULL);
}

/**
 * cherish_event_store_list_prizes:
 *
 * Returns: (transfer full) (element-type CherishPrize) (nullable)
 */
GPtrArray *
cherish_event_store_list_prizes (CherishEventStore  *self,
                                 gint64              event_id,
                                 GError            **error)
{
  g_autoptr(CherishStmt) stmt = NULL;

  g_return_val_if_fail (CHERISH_IS_EVENT_STORE (self), NULL);

  stmt = cherish_database_prepare (database_of (self),
                                   "SELECT id, event_id, name, quantity, remaining FROM prizes "
                                   "WHERE event_id = ?1 ORDER BY name, id", error);
  if (stmt == NULL)
    return NULL;
  cherish_stmt_bind_int64 (stmt, 1, event_id);
  return cherish_database_collect (database_of (self), stmt, prize_from_row, error);
}

typedef struct
{
  CherishEventStore *self;
  gint64             prize_id;
  gint64             invitation_id;
} Award;

static gboolean
award (gpointer   user_data,
       GError   **error)
{
  Award *run = user_data;
  CherishDatabase *database = database_of (run->self);
  g_autoptr(CherishStmt) check = NULL;
  g_autoptr(CherishStmt) take = NULL;
  g_autoptr(CherishStmt) give = NULL;
  g_autofree char *now = cherish_store_now_timestamp (CHERISH_STORE (run->self));
  int rc;

  /* The guest came to this prize's event. */
  check = cherish_database_prepare (database,
                                    "SELECT i.status = 'attended' FROM prizes p "
                                    "JOIN invitations i ON i.event_id = p.event_id "
                                    "WHERE p.id = ?1 AND i.id = ?2", error);
  if (check == NULL)
    return FALSE;
  cherish_stmt_bind_int64 (check, 1, run->prize_id);
  cherish_stmt_bind_int64 (check, 2, run->invitation_id);
  rc = cherish_stmt_step (check);
  if (rc != CHERISH_ROW || cherish_stmt_column_int (check, 0) == 0)
    {
      g_set_error_literal (error, CHERISH_ERROR, CHERISH_ERROR_CONFLICT,
                           rc == CHERISH_ROW ? _("Only a guest who came can get a prize.")
                                            : _("This prize or guest is not of this event."));
      return FALSE;
    }

  take = cherish_database_prepare (database,
                                   "UPDATE prizes SET remaining = remaining - 1 "
                                   "WHERE id = ?1 AND remaining > 0", error);
  if (take == NULL)
    return FALSE;
  cherish_stmt_bind_int64 (take, 1, run->prize_id);
  if (!cherish_database_step_done (database, take, error))
    return FALSE;
  if (cherish_database_changes (database) == 0)
    {
      g_set_error_literal (error, CHERISH_ERROR, CHERISH_ERROR_CONFLICT,
                           _("None of this prize is left."));
      return FALSE;
    }

  give = cherish_database_prepare (database,
                                   "INSERT INTO prize_awards (prize_id, invitation_id, awarded_at) "
                                   "VALUES (?1, ?2, ?3)", error);
  if (give == NULL)
    return FALSE;
  cherish_stmt_bind_int64 (give, 1, run->prize_id);
  cherish_stmt_bind_int64 (give, 2, run->invitation_id);
  cherish_bind_text (give, 3, now);
  if (!cherish_database_step_done (database, give, error))
    return FALSE;
  cherish_database_emit_changed (database, "prizes");
  cherish_database_emit_changed (database, "invitations");
  return TRUE;
}

/**
 * cherish_event_store_award_prize:
 *
 * Hands one of the prize to a guest who came; all or nothing.
 */
gboolean
cherish_event_store_award_prize (CherishEventStore  *self,
                                 gint64              prize_id,
                                 gint64              invitation_id,
                                 GError            **error)
{
  Award run = { self, prize_id, invitation_id };

  g_return_val_if_fail (CHERISH_IS_EVENT_STORE (self), FALSE);

  return cherish_database_transaction (database_of (self), award, &run, error);
}
