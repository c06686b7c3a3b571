/* cherish-life-event-store.c — customers' life events in the database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-life-event-store"

#include "config.h"

#include <glib/gi18n.h>

#include "cherish-store-private.h"
#include "cherish-date.h"
#include "cherish-enum-types.h"
#include "cherish-error.h"
#include "cherish-life-event-store.h"
#include "cherish-text.h"

struct _CherishLifeEventStore
{
  CherishStore parent_instance;
};

G_DEFINE_FINAL_TYPE (CherishLifeEventStore, cherish_life_event_store, CHERISH_TYPE_STORE)

#define COLUMNS "id, customer_id, kind, title, date, yearly, notes"
#define NOT_FOUND _("This life event no longer exists.")

static CherishDatabase *
database_of (CherishLifeEventStore *self)
{
  return cherish_store_get_database (CHERISH_STORE (self));
}

static gpointer
life_event_from_row (CherishStmt *stmt)
{
  int kind = CHERISH_LIFE_EVENT_KIND_OTHER;

  cherish_enum_from_nick (CHERISH_TYPE_LIFE_EVENT_KIND, cherish_column_text (stmt, 2), &kind);

  return g_object_new (CHERISH_TYPE_LIFE_EVENT,
                       "id", (gint64) cherish_stmt_column_int64 (stmt, 0),
                       "customer-id", (gint64) cherish_stmt_column_int64 (stmt, 1),
                       "kind", kind,
                       "title", cherish_column_text (stmt, 3),
                       "date", cherish_column_text (stmt, 4),
                       "yearly", cherish_stmt_column_int (stmt, 5) != 0,
                       "notes", cherish_column_text (stmt, 6),
                       NULL);
}

/* Trims the texts, validates, stores dates as ASCII ISO, and checks the
 * event belongs to a customer who is still there. */
static gboolean
prepare_event (CherishLifeEventStore  *self,
               CherishLifeEvent       *event,
               GError                **error)
{
  g_autofree char *title = cherish_text_normalize (cherish_life_event_get_title (event));
  g_autofree char *date = cherish_text_normalize (cherish_life_event_get_date (event));
  g_autofree char *notes = cherish_text_normalize (cherish_life_event_get_notes (event));
  g_autofree char *iso = NULL;
  GDate parsed;

  g_object_set (event, "title", title, "date", date, "notes", notes, NULL);
  if (!cherish_life_event_validate (event, error))
    return FALSE;

  cherish_date_parse (date, &parsed, NULL);
  iso = cherish_date_format (&parsed);
  g_object_set (event, "date", iso, NULL);

  return cherish_store_check_customer (CHERISH_STORE (self),
                                       cherish_life_event_get_customer_id (event), error);
}

static void
bind_event (CherishStmt      *stmt,
            CherishLifeEvent *event)
{
  cherish_stmt_bind_int64 (stmt, 1, cherish_life_event_get_customer_id (event));
  cherish_bind_text (stmt, 2, cherish_enum_to_nick (CHERISH_TYPE_LIFE_EVENT_KIND,
                                                    cherish_life_event_get_kind (event)));
  cherish_bind_text (stmt, 3, cherish_life_event_get_title (event) ?: "");
  cherish_bind_text (stmt, 4, cherish_life_event_get_date (event));
  cherish_stmt_bind_int64 (stmt, 5, cherish_life_event_get_yearly (event));
  cherish_bind_text (stmt, 6, cherish_life_event_get_notes (event) ?: "");
}

static void
cherish_life_event_store_class_init (CherishLifeEventStoreClass *klass)
{
  CHERISH_STORE_CLASS (klass)->table = "life_events";
}

static void
cherish_life_event_store_init (CherishLifeEventStore *self)
{
}

CherishLifeEventStore *
cherish_life_event_store_new (CherishDatabase *database,
                              CherishClock    *clock)
{
  return g_object_new (CHERISH_TYPE_LIFE_EVENT_STORE, "database", database, "clock", clock, NULL);
}

/**
 * cherish_life_event_store_insert:
 * @event: the new life event; its id is set on success
 */
gboolean
cherish_life_event_store_insert (CherishLifeEventStore  *self,
                                 CherishLifeEvent       *event,
                                 GError                **error)
{
  CherishDatabase *db;
  g_autoptr(CherishStmt) stmt = NULL;
  g_autofree char *now = NULL;

  g_return_val_if_fail (CHERISH_IS_LIFE_EVENT_STORE (self), FALSE);
  g_return_val_if_fail (CHERISH_IS_LIFE_EVENT (event), FALSE);
  g_return_val_if_fail (cherish_life_event_get_id (event) == 0, FALSE);

  db = database_of (self);
  if (!prepare_event (self, event, error))
    return FALSE;

  stmt = cherish_database_prepare (db,
                                   "INSERT INTO life_events (customer_id, kind, title, date, yearly, "
                                   "  notes, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                                   error);
  if (stmt == NULL)
    return FALSE;

  now = cherish_store_now_timestamp (CHERISH_STORE (self));
  bind_event (stmt, event);
  cherish_bind_text (stmt, 7, now);
  return cherish_store_step_insert (CHERISH_STORE (self), stmt, event, error);
}

gboolean
cherish_life_event_store_update (CherishLifeEventStore  *self,
                                 CherishLifeEvent       *event,
                                 GError                **error)
{
  CherishDatabase *db;
  g_autoptr(CherishStmt) stmt = NULL;

  g_return_val_if_fail (CHERISH_IS_LIFE_EVENT_STORE (self), FALSE);
  g_return_val_if_fail (CHERISH_IS_LIFE_EVENT (event), FALSE);
  g_return_val_if_fail (cherish_life_event_get_id (event) > 0, FALSE);

  db = database_of (self);
  if (!prepare_event (self, event, error))
    return FALSE;

  stmt = cherish_database_prepare (db,
                                   "UPDATE life_events SET customer_id = ?1, kind = ?2, title = ?3, "
                                   "  date = ?4, yearly = ?5, notes = ?6 WHERE id = ?7",
                                   error);
  if (stmt == NULL)
    return FALSE;

  bind_event (stmt, event);
  cherish_stmt_bind_int64 (stmt, 7, cherish_life_event_get_id (event));
  return cherish_store_step_update (CHERISH_STORE (self), stmt, NOT_FOUND, error);
}

gboolean
cherish_life_event_store_delete (CherishLifeEventStore  *self,
                                 gint64                  id,
                                 GError                **error)
{
  g_return_val_if_fail (CHERISH_IS_LIFE_EVENT_STORE (self), FALSE);

  if (!cherish_database_change_by_id (database_of (self), "DELETE FROM life_events WHERE id = ?1",
                                      id, NULL, NOT_FOUND, error))
    return FALSE;

  cherish_store_changed (CHERISH_STORE (self));
  return TRUE;
}

/**
 * cherish_life_event_store_get:
 *
 * Returns: (transfer full) (nullable): the life event
 */
CherishLifeEvent *
cherish_life_event_store_get (CherishLifeEventStore  *self,
                              gint64                  id,
                              GError                **error)
{
  g_return_val_if_fail (CHERISH_IS_LIFE_EVENT_STORE (self), NULL);

  return cherish_database_get_by_id (database_of (self),
                                     "SELECT " COLUMNS " FROM life_events WHERE id = ?1", id,
                                     life_event_from_row, NOT_FOUND, error);
}

/**
 * cherish_life_event_store_list_for_customer:
 *
 * Returns: (transfer full) (element-type CherishLifeEvent) (nullable): the
 *   customer's life events by date
 */
GPtrArray *
cherish_life_event_store_list_for_customer (CherishLifeEventStore  *self,
                                            gint64                  customer_id,
                                            GError                **error)
{
  g_autoptr(CherishStmt) stmt = NULL;

  g_return_val_if_fail (CHERISH_IS_LIFE_EVENT_STORE (self), NULL);

  stmt = cherish_database_prepare (database_of (self),
                                   "SELECT " COLUMNS " FROM life_events WHERE customer_id = ?1 "
                                   "ORDER BY date, id", error);
  if (stmt == NULL)
    return NULL;

  cherish_stmt_bind_int64 (stmt, 1, customer_id);
  return cherish_database_collect (database_of (self), stmt, life_event_from_row, error);
}
