/* cherish-guest-store.c — an event's guest list: invitations, capacity, check-in
 *
 * Each customer is on an event's list once. Accepting counts the guest's
 * party against the capacity: what does not fit — or comes while others
 * wait — goes on the waitlist, in the order guests joined it. When an
 * accepted guest declines, the waitlist moves up in order while the first
 * in line fits, and the caller is told whom it promoted. Guests are
 * checked in from the event's day (before it starts too), never when they
 * declined or wait (accept them first), never for a cancelled event;
 * walk-ins are checked in at once. Every change is one transaction.
 * Adding many at once by a filter is in cherish-guest-store-filter.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-guest-store"

#include "config.h"

#include <glib/gi18n.h>

#include "cherish-date.h"
#include "cherish-enum-types.h"
#include "cherish-error.h"
#include "cherish-guest-store-private.h"
#include "cherish-points-store.h"
#include "cherish-store-private.h"

struct _CherishGuestStore
{
  CherishStore parent_instance;
};

G_DEFINE_FINAL_TYPE (CherishGuestStore, cherish_guest_store, CHERISH_TYPE_STORE)

#define SELECT_GUESTS \
  "SELECT i.id, i.event_id, i.customer_id, c.display_name, coalesce (c.phone, ''), i.status, " \
  "  i.party_size, i.walk_in, i.checked_in_at, " \
  "  coalesce ((SELECT group_concat (p.name, '\n') FROM prize_awards a " \
  "             JOIN prizes p ON p.id = a.prize_id WHERE a.invitation_id = i.id), ''), " \
  "  e.title, e.starts_at " \
  "FROM invitations i JOIN customers c ON c.id = i.customer_id " \
  "JOIN events e ON e.id = i.event_id "
#define NOT_FOUND _("This guest is no longer on the list.")
/* People who take a place: accepted and came. */
#define TAKEN \
  "SELECT coalesce (sum (party_size), 0) FROM invitations " \
  "WHERE event_id = ?1 AND status IN ('accepted', 'attended')"

static CherishDatabase *
database_of (CherishGuestStore *self)
{
  return cherish_store_get_database (CHERISH_STORE (self));
}

static gpointer
invitation_from_row (CherishStmt *stmt)
{
  int status = CHERISH_INVITATION_STATUS_INVITED;

  cherish_enum_from_nick (CHERISH_TYPE_INVITATION_STATUS, cherish_column_text (stmt, 5), &status);
  return g_object_new (CHERISH_TYPE_INVITATION,
                       "id", (gint64) cherish_stmt_column_int64 (stmt, 0),
                       "event-id", (gint64) cherish_stmt_column_int64 (stmt, 1),
                       "customer-id", (gint64) cherish_stmt_column_int64 (stmt, 2),
                       "customer-name", cherish_column_text (stmt, 3),
                       "customer-phone", cherish_column_text (stmt, 4),
                       "status", status,
                       "party-size", (gint64) cherish_stmt_column_int64 (stmt, 6),
                       "walk-in", cherish_stmt_column_int (stmt, 7) != 0,
                       "checked-in-at", cherish_column_text (stmt, 8),
                       "prizes", cherish_column_text (stmt, 9),
                       "event-title", cherish_column_text (stmt, 10),
                       "event-starts-at", cherish_column_text (stmt, 11),
                       NULL);
}

static void
cherish_guest_store_class_init (CherishGuestStoreClass *klass)
{
  CHERISH_STORE_CLASS (klass)->table = "invitations";
}

static void
cherish_guest_store_init (CherishGuestStore *self)
{
}

CherishGuestStore *
cherish_guest_store_new (CherishDatabase *database,
                         CherishClock    *clock)
{
  return g_object_new (CHERISH_TYPE_GUEST_STORE, "database", database, "clock", clock, NULL);
}

/* What a change needs to know of the event. */
typedef struct
{
  gint64              id;
  CherishEventStatus  status;
  gint64              capacity;    /* 0: no limit */
  char               *starts_at;
} EventState;

static void
event_state_clear (EventState *state)
{
  g_clear_pointer (&state->starts_at, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (EventState, event_state_clear)

static gboolean
load_event (CherishGuestStore  *self,
            gint64              event_id,
            EventState         *state,
            GError            **error)
{
  g_autoptr(CherishStmt) stmt = NULL;
  int status = CHERISH_EVENT_STATUS_DRAFT;
  int rc;

  stmt = cherish_database_prepare (database_of (self),
                                   "SELECT status, coalesce (capacity, 0), starts_at FROM events "
                                   "WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  cherish_stmt_bind_int64 (stmt, 1, event_id);
  rc = cherish_stmt_step (stmt);
  if (rc != CHERISH_ROW)
    {
      if (rc == CHERISH_DONE)
        g_set_error_literal (error, CHERISH_ERROR, CHERISH_ERROR_NOT_FOUND,
                             _("This event no longer exists."));
      else
        cherish_database_set_error (database_of (self), rc, error);
      return FALSE;
    }
  cherish_enum_from_nick (CHERISH_TYPE_EVENT_STATUS, cherish_column_text (stmt, 0), &status);
  state->id = event_id;
  state->status = status;
  state->capacity = cherish_stmt_column_int64 (stmt, 1);
  state->starts_at = g_strdup (cherish_column_text (stmt, 2));
  return TRUE;
}

/* Guests can be added and answer only while the event is draft or open. */
static gboolean
check_event_open (const EventState  *event,
                  GError           **error)
{
  if (event->status == CHERISH_EVENT_STATUS_CANCELLED)
    {
      g_set_error_literal (error, CHERISH_ERROR, CHERISH_ERROR_CONFLICT,
                           _("This event was cancelled."));
      return FALSE;
    }
  if (event->status == CHERISH_EVENT_STATUS_DONE)
    {
      g_set_error_literal (error, CHERISH_ERROR, CHERISH_ERROR_CONFLICT, _("This event is over."));
      return FALSE;
    }
  return TRUE;
}

/* Check-in opens at midnight of the event's day, in the shop's time zone. */
static gboolean
check_event_day (CherishGuestStore  *self,
                 const EventState   *event,
                 GError            **error)
{
  CherishClock *clock = cherish_store_get_clock (CHERISH_STORE (self));
  g_autoptr(GTimeZone) zone = cherish_clock_get_timezone (clock);
  GDate today, day;

  if (!check_event_open (event, error))
    return FALSE;
  cherish_clock_get_today (clock, &today);
  if (cherish_timestamp_local_day (event->starts_at, zone, &day) && g_date_compare (&today, &day) < 0)
    {
      g_set_error_literal (error, CHERISH_ERROR, CHERISH_ERROR_CONFLICT,
                           _("Guests are checked in from the day of the event."));
      return FALSE;
    }
  return TRUE;
}

/**
 * cherish_guest_store_check_event_open:
 *
 * Returns: whether guests may still be added to the event
 */
gboolean
cherish_guest_store_check_event_open (CherishGuestStore  *self,
                                      gint64              event_id,
                                      GError            **error)
{
  g_auto(EventState) event = { 0 };

  return load_event (self, event_id, &event, error) && check_event_open (&event, error);
}

/* Sets a guest's status (and what goes with it), by id. */
static gboolean
set_status (CherishGuestStore        *self,
            gint64                    id,
            CherishInvitationStatus   status,
            gint64                    party_size,
            gboolean                  keep_waitlist_place,
            GError                  **error)
{
  g_autoptr(CherishStmt) stmt = NULL;
  g_autofree char *now = cherish_store_now_timestamp (CHERISH_STORE (self));

  stmt = cherish_database_prepare (database_of (self),
                                   "UPDATE invitations SET status = ?2, party_size = ?3, "
                                   "  waitlisted_at = CASE WHEN ?2 <> 'waitlisted' THEN NULL "
                                   "    WHEN ?5 AND waitlisted_at IS NOT NULL THEN waitlisted_at "
                                   "    ELSE ?4 END, "
                                   "  checked_in_at = CASE WHEN ?2 = 'attended' "
                                   "    THEN coalesce (checked_in_at, ?4) ELSE NULL END, "
                                   "  updated_at = ?4 WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  cherish_stmt_bind_int64 (stmt, 1, id);
  cherish_bind_text (stmt, 2, cherish_enum_to_nick (CHERISH_TYPE_INVITATION_STATUS, status));
  cherish_stmt_bind_int64 (stmt, 3, party_size);
  cherish_bind_text (stmt, 4, now);
  cherish_stmt_bind_int64 (stmt, 5, keep_waitlist_place);
  return cherish_store_step_update (CHERISH_STORE (self), stmt, NOT_FOUND, error);
}

typedef struct
{
  CherishGuestStore       *self;
  gint64                   id;
  gint64                   event_id;
  gint64                   customer_id;
  guint                    party_size;
  CherishInvitationStatus  status;
  GPtrArray               *promoted;
} Change;

/* Loads the guest @change->id and its event. */
static CherishInvitation *
load_guest (Change      *change,
            EventState  *event,
            GError     **error)
{
  g_autoptr(CherishInvitation) guest = cherish_guest_store_get (change->self, change->id, error);

  if (guest == NULL || !load_event (change->self, cherish_invitation_get_event_id (guest), event,
                                    error))
    return NULL;
  return g_steal_pointer (&guest);
}

static gboolean
invite (gpointer   user_data,
        GError   **error)
{
  Change *change = user_data;
  CherishGuestStore *self = change->self;
  g_auto(EventState) event = { 0 };
  g_autoptr(CherishStmt) stmt = NULL;
  g_autofree char *now = cherish_store_now_timestamp (CHERISH_STORE (self));

  if (!load_event (self, change->event_id, &event, error) || !check_event_open (&event, error) ||
      !cherish_store_check_customer (CHERISH_STORE (self), change->customer_id, error))
    return FALSE;
  stmt = cherish_database_prepare (database_of (self),
                                   "INSERT INTO invitations (event_id, customer_id, status, "
                                   "  party_size, walk_in, checked_in_at, created_at, updated_at) "
                                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7) ON CONFLICT DO NOTHING",
                                   error);
  if (stmt == NULL)
    return FALSE;
  cherish_stmt_bind_int64 (stmt, 1, change->event_id);
  cherish_stmt_bind_int64 (stmt, 2, change->customer_id);
  cherish_bind_text (stmt, 3, cherish_enum_to_nick (CHERISH_TYPE_INVITATION_STATUS, change->status));
  cherish_stmt_bind_int64 (stmt, 4, MAX (change->party_size, 1));
  cherish_stmt_bind_int64 (stmt, 5, change->status == CHERISH_INVITATION_STATUS_ATTENDED);
  cherish_bind_text (stmt, 6, change->status == CHERISH_INVITATION_STATUS_ATTENDED ? now : NULL);
  cherish_bind_text (stmt, 7, now);
  if (!cherish_database_step_done (database_of (self), stmt, error))
    return FALSE;
  if (cherish_database_changes (database_of (self)) == 0)
    {
      g_set_error_literal (error, CHERISH_ERROR, CHERISH_ERROR_CONFLICT,
                           _("This customer is already on the guest list."));
      return FALSE;
    }
  change->id = cherish_database_last_insert_id (database_of (self));
  cherish_store_changed (CHERISH_STORE (self));
  return TRUE;
}

/**
 * cherish_guest_store_invite:
 *
 * Puts a customer on the event's guest list, once.
 *
 * Returns: the invitation's id, or 0 with @error set
 */
gint64
cherish_guest_store_invite (CherishGuestStore  *self,
                            gint64              event_id,
                            gint64              customer_id,
                            GError            **error)
{
  Change change = { self, 0, event_id, customer_id, 1, CHERISH_INVITATION_STATUS_INVITED };

  g_return_val_if_fail (CHERISH_IS_GUEST_STORE (self), 0);

  return cherish_database_transaction (database_of (self), invite, &change, error) ? change.id : 0;
}

/* Whether @party more fit now, nobody else waiting before them. */
static gboolean
fits (Change            *change,
      const EventState  *event,
      gint64             party,
      gint64             already_taken_by_self,
      gboolean           self_waiting,
      gboolean          *ok,
      GError           **error)
{
  gint64 taken, waiting;

  *ok = TRUE;
  if (event->capacity <= 0)
    return TRUE;
  taken = cherish_database_int_by_id (database_of (change->self), TAKEN, event->id, 0, error);
  waiting = cherish_database_int_by_id (database_of (change->self),
                                        "SELECT count (*) FROM invitations WHERE event_id = ?1 AND "
                                        "status = 'waitlisted'", event->id, 0, error);
  if (taken < 0 || waiting < 0)
    return FALSE;
  if (already_taken_by_self == 0 && self_waiting)
    waiting--;   /* themselves */
  *ok = taken - already_taken_by_self + party <= event->capacity &&
        (waiting == 0 || already_taken_by_self > 0);
  return TRUE;
}

static gboolean
accept (gpointer   user_data,
        GError   **error)
{
  Change *change = user_data;
  g_auto(EventState) event = { 0 };
  g_autoptr(CherishInvitation) guest = load_guest (change, &event, error);
  CherishInvitationStatus from;
  gint64 own = 0;
  gboolean ok;

  if (guest == NULL || !check_event_open (&event, error))
    return FALSE;
  from = cherish_invitation_get_status (guest);
  if (from == CHERISH_INVITATION_STATUS_ATTENDED)
    {
      g_set_error_literal (error, CHERISH_ERROR, CHERISH_ERROR_CONFLICT,
                           _("This guest has already come."));
      return FALSE;
    }
  if (from == CHERISH_INVITATION_STATUS_ACCEPTED)
    own = cherish_invitation_get_party_size (guest);
  if (!fits (change, &event, change->party_size, own, from == CHERISH_INVITATION_STATUS_WAITLISTED,
             &ok, error))
    return FALSE;
  if (!ok && from == CHERISH_INVITATION_STATUS_ACCEPTED)
    {
      cherish_set_invalid (error, "party-size",
                           _("Party: there is no room for %u people; the guest keeps %d."),
                           change->party_size, (int) own);
      return FALSE;
    }
  change->status = ok ? CHERISH_INVITATION_STATUS_ACCEPTED : CHERISH_INVITATION_STATUS_WAITLISTED;
  return set_status (change->self, change->id, change->status, change->party_size, TRUE, error);
}

/**
 * cherish_guest_store_accept:
 * @party_size: people coming, the guest included (1 to 20)
 * @status: (out) (optional): accepted, or waitlisted when full
 *
 * The guest says yes: accepted if the party fits and nobody waits before
 * them, else on the waitlist (keeping their place if already on it).
 */
gboolean
cherish_guest_store_accept (CherishGuestStore        *self,
                            gint64                    id,
                            guint                     party_size,
                            CherishInvitationStatus  *status,
                            GError                  **error)
{
  Change change = { self, id, 0, 0, party_size, 0 };

  g_return_val_if_fail (CHERISH_IS_GUEST_STORE (self), FALSE);

  if (party_size < 1 || party_size > CHERISH_INVITATION_MAX_PARTY)
    {
      cherish_set_invalid (error, "party-size", _("Party: from 1 to %d people, the guest included."),
                           CHERISH_INVITATION_MAX_PARTY);
      return FALSE;
    }
  if (!cherish_database_transaction (database_of (self), accept, &change, error))
    return FALSE;
  if (status != NULL)
    *status = change.status;
  return TRUE;
}

/* Moves the waitlist up, in order, while the first in line fits. */
static gboolean
promote (Change            *change,
         const EventState  *event,
         GError           **error)
{
  while (event->capacity > 0)
    {
      g_autoptr(CherishStmt) first = NULL;
      g_autoptr(CherishInvitation) guest = NULL;
      gint64 taken = cherish_database_int_by_id (database_of (change->self), TAKEN, event->id, 0, error);
      gint64 id, party;

      if (taken < 0)
        return FALSE;
      first = cherish_database_prepare (database_of (change->self),
                                        "SELECT id, party_size FROM invitations "
                                        "WHERE event_id = ?1 AND status = 'waitlisted' "
                                        "ORDER BY waitlisted_at, id LIMIT 1", error);
      if (first == NULL)
        return FALSE;
      cherish_stmt_bind_int64 (first, 1, event->id);
      if (cherish_stmt_step (first) != CHERISH_ROW)
        return TRUE;
      id = cherish_stmt_column_int64 (first, 0);
      party = cherish_stmt_column_int64 (first, 1);
      if (taken + party > event->capacity)
        return TRUE;
      if (!set_status (change->self, id, CHERISH_INVITATION_STATUS_ACCEPTED, party, FALSE, error))
        return FALSE;
      guest = cherish_guest_store_get (change->self, id, error);
      if (guest == NULL)
        return FALSE;
      g_ptr_array_add (change->promoted, g_steal_pointer (&guest));
    }
  return TRUE;
}

static gboolean
decline (gpointer   user_data,
         GError   **error)
{
  Change *change = user_data;
  g_auto(EventState) event = { 0 };
  g_autoptr(CherishInvitation) guest = load_guest (change, &event, error);
  CherishInvitationStatus from;

  if (guest == NULL || !check_event_open (&event, error))
    return FALSE;
  from = cherish_invitation_get_status (guest);
  if (from == CHERISH_INVITATION_STATUS_ATTENDED || from == CHERISH_INVITATION_STATUS_NO_SHOW)
    {
      g_set_error_literal (error, CHERISH_ERROR, CHERISH_ERROR_CONFLICT,
                           _("The event has happened for this guest."));
      return FALSE;
    }
  if (from == CHERISH_INVITATION_STATUS_DECLINED)
    return TRUE;
  if (!set_status (change->self, change->id, CHERISH_INVITATION_STATUS_DECLINED,
                   cherish_invitation_get_party_size (guest), FALSE, error))
    return FALSE;
  return from != CHERISH_INVITATION_STATUS_ACCEPTED || promote (change, &event, error);
}

/**
 * cherish_guest_store_decline:
 * @promoted: (out) (optional) (transfer full) (element-type CherishInvitation):
 *   the guests moved up from the waitlist into the freed places
 *
 * The guest says no (or cancels): their places go to the waitlist, in
 * order. Declining twice changes nothing.
 */
gboolean
cherish_guest_store_decline (CherishGuestStore  *self,
                             gint64              id,
                             GPtrArray         **promoted,
                             GError            **error)
{
  g_autoptr(GPtrArray) moved = g_ptr_array_new_with_free_func (g_object_unref);
  Change change = { self, id, 0, 0, 1, 0, moved };

  g_return_val_if_fail (CHERISH_IS_GUEST_STORE (self), FALSE);

  if (!cherish_database_transaction (database_of (self), decline, &change, error))
    return FALSE;
  if (promoted != NULL)
    *promoted = g_steal_pointer (&moved);
  return TRUE;
}

/* A guest who came earns the event bonus, in the same transaction. */
static gboolean
came (CherishGuestStore  *self,
      gint64              event_id,
      gint64              customer_id,
      GError            **error)
{
  g_autoptr(CherishPointsStore) points = cherish_points_store_new (database_of (self),
                                                                   cherish_store_get_clock (CHERISH_STORE (self)));
  g_autoptr(GError) local_error = NULL;

  cherish_points_store_earn_for_event (points, customer_id, event_id, &local_error);
  if (local_error == NULL)
    return TRUE;
  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

static gboolean
check_in (gpointer   user_data,
          GError   **error)
{
  Change *change = user_data;
  g_auto(EventState) event = { 0 };
  g_autoptr(CherishInvitation) guest = load_guest (change, &event, error);
  gboolean ok;

  if (guest == NULL || !check_event_day (change->self, &event, error))
    return FALSE;
  switch (cherish_invitation_get_status (guest))
    {
    case CHERISH_INVITATION_STATUS_ATTENDED:
      return TRUE;
    case CHERISH_INVITATION_STATUS_DECLINED:
      g_set_error_literal (error, CHERISH_ERROR, CHERISH_ERROR_CONFLICT,
                           _("This guest declined: mark them accepted first."));
      return FALSE;
    case CHERISH_INVITATION_STATUS_WAITLISTED:
      g_set_error_literal (error, CHERISH_ERROR, CHERISH_ERROR_CONFLICT,
                           _("This guest is on the waitlist: accept them first."));
      return FALSE;
    case CHERISH_INVITATION_STATUS_INVITED:
    case CHERISH_INVITATION_STATUS_NO_SHOW:
      if (!fits (change, &event, cherish_invitation_get_party_size (guest), 0, FALSE, &ok, error))
        return FALSE;
      if (!ok)
        {
          g_set_error_literal (error, CHERISH_ERROR, CHERISH_ERROR_CONFLICT,
                               _("The event is full: accept this guest first (onto the waitlist)."));
          return FALSE;
        }
      break;
    case CHERISH_INVITATION_STATUS_ACCEPTED:
    default:
      break;
    }
  return set_status (change->self, change->id, CHERISH_INVITATION_STATUS_ATTENDED,
                     cherish_invitation_get_party_size (guest), FALSE, error) &&
         came (change->self, event.id, cherish_invitation_get_customer_id (guest), error);
}

/**
 * cherish_guest_store_check_in:
 *
 * The guest has come: from the event's day on; accepted guests, or
 * invited ones while there is room. Checking in twice changes nothing.
 * They earn the event bonus of the points rules, once.
 */
gboolean
cherish_guest_store_check_in (CherishGuestStore  *self,
                              gint64              id,
                              GError            **error)
{
  Change change = { self, id };

  g_return_val_if_fail (CHERISH_IS_GUEST_STORE (self), FALSE);

  return cherish_database_transaction (database_of (self), check_in, &change, error);
}

static gboolean
no_show (gpointer   user_data,
         GError   **error)
{
  Change *change = user_data;
  g_auto(EventState) event = { 0 };
  g_autoptr(CherishInvitation) guest = load_guest (change, &event, error);

  if (guest == NULL || !check_event_day (change->self, &event, error))
    return FALSE;
  if (cherish_invitation_get_status (guest) != CHERISH_INVITATION_STATUS_ACCEPTED)
    {
      g_set_error_literal (error, CHERISH_ERROR, CHERISH_ERROR_CONFLICT,
                           _("Only a guest who accepted can be a no-show."));
      return FALSE;
    }
  return set_status (change->self, change->id, CHERISH_INVITATION_STATUS_NO_SHOW,
                     cherish_invitation_get_party_size (guest), FALSE, error);
}

/**
 * cherish_guest_store_mark_no_show:
 *
 * An accepted guest did not come (from the event's day on).
 */
gboolean
cherish_guest_store_mark_no_show (CherishGuestStore  *self,
                                  gint64              id,
                                  GError            **error)
{
  Change change = { self, id };

  g_return_val_if_fail (CHERISH_IS_GUEST_STORE (self), FALSE);

  return cherish_database_transaction (database_of (self), no_show, &change, error);
}

static gboolean
walk_in (gpointer   user_data,
         GError   **error)
{
  Change *change = user_data;
  g_auto(EventState) event = { 0 };
  g_autoptr(CherishStmt) stmt = NULL;

  if (!load_event (change->self, change->event_id, &event, error) ||
      !check_event_day (change->self, &event, error))
    return FALSE;

  /* Already on the list: checked in as they are. */
  stmt = cherish_database_prepare (database_of (change->self),
                                   "SELECT id FROM invitations WHERE event_id = ?1 AND customer_id = ?2",
                                   error);
  if (stmt == NULL)
    return FALSE;
  cherish_stmt_bind_int64 (stmt, 1, change->event_id);
  cherish_stmt_bind_int64 (stmt, 2, change->customer_id);
  if (cherish_stmt_step (stmt) == CHERISH_ROW)
    {
      change->id = cherish_stmt_column_int64 (stmt, 0);
      cherish_stmt_reset (stmt);
      return set_status (change->self, change->id, CHERISH_INVITATION_STATUS_ATTENDED,
                         change->party_size, FALSE, error) &&
             came (change->self, change->event_id, change->customer_id, error);
    }
  change->status = CHERISH_INVITATION_STATUS_ATTENDED;
  return invite (change, error) && came (change->self, change->event_id, change->customer_id, error);
}

/**
 * cherish_guest_store_walk_in:
 *
 * Someone came without being on the list (or is on it): checked in at
 * once, from the event's day on. Walk-ins are welcome beyond capacity.
 *
 * Returns: the invitation's id, or 0 with @error set
 */
gint64
cherish_guest_store_walk_in (CherishGuestStore  *self,
                             gint64              event_id,
                             gint64              customer_id,
                             guint               party_size,
                             GError            **error)
{
  Change change = { self, 0, event_id, customer_id, party_size, 0 };

  g_return_val_if_fail (CHERISH_IS_GUEST_STORE (self), 0);

  if (party_size < 1 || party_size > CHERISH_INVITATION_MAX_PARTY)
    {
      cherish_set_invalid (error, "party-size", _("Party: from 1 to %d people, the guest included."),
                           CHERISH_INVITATION_MAX_PARTY);
      return 0;
    }
  return cherish_database_transaction (database_of (self), walk_in, &change, error) ? change.id : 0;
}

/**
 * cherish_guest_store_get:
 *
 * Returns: (transfer full) (nullable)
 */
CherishInvitation *
cherish_guest_store_get (CherishGuestStore  *self,
                         gint64              id,
                         GError            **error)
{
  g_return_val_if_fail (CHERISH_IS_GUEST_STORE (self), NULL);

  return cherish_database_get_by_id (database_of (self), SELECT_GUESTS "WHERE i.id = ?1", id,
                                     invitation_from_row, NOT_FOUND, error);
}

/**
 * cherish_guest_store_list:
 *
 * Returns: (transfer full) (element-type CherishInvitation) (nullable): the
 *   event's guests by name (the waitlist in its order at the end)
 */
GPtrArray *
cherish_guest_store_list (CherishGuestStore  *self,
                          gint64              event_id,
                          GError            **error)
{
  g_autoptr(CherishStmt) stmt = NULL;

  g_return_val_if_fail (CHERISH_IS_GUEST_STORE (self), NULL);

  stmt = cherish_database_prepare (database_of (self),
                                   SELECT_GUESTS "WHERE i.event_id = ?1 "
                                   "ORDER BY i.status = 'waitlisted', i.waitlisted_at, c.sort_key, i.id",
                                   error);
  if (stmt == NULL)
    return NULL;
  cherish_stmt_bind_int64 (stmt, 1, event_id);
  return cherish_database_collect (database_of (self), stmt, invitation_from_row, error);
}

/**
 * cherish_guest_store_list_for_customer:
 *
 * Returns: (transfer full) (element-type CherishInvitation) (nullable): the
 *   customer's invitations, latest event first
 */
GPtrArray *
cherish_guest_store_list_for_customer (CherishGuestStore  *self,
                                       gint64              customer_id,
                                       GError            **error)
{
  g_autoptr(CherishStmt) stmt = NULL;

  g_return_val_if_fail (CHERISH_IS_GUEST_STORE (self), NULL);

  stmt = cherish_database_prepare (database_of (self),
                                   SELECT_GUESTS "WHERE i.customer_id = ?1 "
                                   "ORDER BY e.starts_at DESC, e.id DESC", error);
  if (stmt == NULL)
    return NULL;
  cherish_stmt_bind_int64 (stmt, 1, customer_id);
  return cherish_database_collect (database_of (self), stmt, invitation_from_row, error);
}
