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

/* Trims the texts, validates, and stores dates as ASCII ISO. */
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
  return TRUE;
}

/* Binds ?1…?6 past @at. */
static void
bind_event_at (CherishStmt      *stmt,
               int               at,
               CherishLifeEvent *event)
{
  cherish_stmt_bind_int64 (stmt, at + 1, cherish_life_event_get_customer_id (event));
  cherish_bind_text (stmt, at + 2, cherish_enum_to_nick (CHERISH_TYPE_LIFE_EVENT_KIND,
                                                         cherish_life_event_get_kind (event)));
  cherish_bind_text (stmt, at + 3, cherish_life_event_get_title (event) ?: "");
  cherish_bind_text (stmt, at + 4, cherish_life_event_get_date (event));
  cherish_stmt_bind_int64 (stmt, at + 5, cherish_life_event_get_yearly (event));
  cherish_bind_text (stmt, at + 6, cherish_life_event_get_notes (event) ?: "");
}

static void
bind_event (CherishStmt      *stmt,
            CherishLifeEvent *event)
{
  bind_event_at (stmt, 0, event);
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

/* Writes a new, prepared @event of a customer who is there. */
static gboolean
insert_one (CherishLifeEventStore  *self,
            CherishLifeEvent       *event,
            const char             *now,
            GError                **error)
{
  g_autoptr(CherishStmt) stmt = NULL;

  stmt = cherish_database_prepare (database_of (self),
                                   "INSERT INTO life_events (customer_id, kind, title, date, yearly, "
                                   "  notes, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                                   error);
  if (stmt == NULL)
    return FALSE;

  bind_event (stmt, event);
  cherish_bind_text (stmt, 7, now);
  return cherish_store_step_insert (CHERISH_STORE (self), stmt, event, error);
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
  g_autofree char *now = NULL;

  g_return_val_if_fail (CHERISH_IS_LIFE_EVENT_STORE (self), FALSE);
  g_return_val_if_fail (CHERISH_IS_LIFE_EVENT (event), FALSE);
  g_return_val_if_fail (cherish_life_event_get_id (event) == 0, FALSE);

  if (!prepare_event (self, event, error) ||
      !cherish_store_check_customer (CHERISH_STORE (self), cherish_life_event_get_customer_id (event), error))
    return FALSE;

  now = cherish_store_now_timestamp (CHERISH_STORE (self));
  return insert_one (self, event, now, error);
}

typedef struct
{
  CherishLifeEventStore *self;
  GPtrArray             *events;
  const char            *now;
} InsertMany;

static void
bind_new_event (CherishStmt *stmt,
                int          at,
                guint        index,
                gpointer     row,
                gpointer     now)
{
  bind_event_at (stmt, at, row);
  cherish_bind_text (stmt, at + 7, now);
  cherish_stmt_bind_int64 (stmt, at + 8, cherish_life_event_get_id (row));
}

static const int event_places[] = { 8, 1, 2, 3, 4, 5, 6, 7 };
static const CherishRowsSql event_rows = {
  "INSERT INTO life_events (id, customer_id, kind, title, date, yearly, notes, created_at)",
  event_places, G_N_ELEMENTS (event_places), 8, bind_new_event,
};

/* The customers asked about at once (on a server one round trip, not one
 * an event); on a server the events written many to a statement. An
 * import's 20,000 anniversaries took 15 s there one at a time. */
static gboolean
insert_many_in_transaction (gpointer   user_data,
                            GError   **error)
{
  InsertMany *many = user_data;
  CherishDatabase *db = database_of (many->self);
  g_autoptr(GArray) customers = g_array_sized_new (FALSE, FALSE, sizeof (gint64), many->events->len);

  for (guint i = 0; i < many->events->len; i++)
    {
      gint64 id = cherish_life_event_get_customer_id (many->events->pdata[i]);

      g_array_append_val (customers, id);
    }
  if (!cherish_store_check_customers (CHERISH_STORE (many->self), (const gint64 *) customers->data,
                                      customers->len, error))
    return FALSE;
  if (cherish_database_get_dialect (db) == CHERISH_DIALECT_POSTGRESQL)
    {
      if (!cherish_database_draw_ids (db, "life_events", many->events, error) ||
          !cherish_database_insert_rows (db, &event_rows, many->events, (gpointer) many->now, error))
        return FALSE;
      if (many->events->len > 0)
        cherish_store_changed (CHERISH_STORE (many->self));
      return TRUE;
    }
  for (guint i = 0; i < many->events->len; i++)
    if (!insert_one (many->self, many->events->pdata[i], many->now, error))
      return FALSE;
  return TRUE;
}

/**
 * cherish_life_event_store_insert_many:
 * @events: (element-type CherishLifeEvent): new life events; their ids are
 *   set on success
 *
 * Validates and saves many life events in one transaction (an import's
 * anniversaries): all of them, or none with @error saying what is wrong.
 *
 * Returns: %TRUE on success
 */
gboolean
cherish_life_event_store_insert_many (CherishLifeEventStore  *self,
                                      GPtrArray              *events,
                                      GError                **error)
{
  g_autofree char *now = NULL;
  InsertMany many = { self, events, NULL };

  g_return_val_if_fail (CHERISH_IS_LIFE_EVENT_STORE (self), FALSE);

  for (guint i = 0; i < events->len; i++)
    {
      g_return_val_if_fail (cherish_life_event_get_id (events->pdata[i]) == 0, FALSE);
      if (!prepare_event (self, events->pdata[i], error))
        return FALSE;
    }
  many.now = now = cherish_store_now_timestamp (CHERISH_STORE (self));
  if (!cherish_database_transaction (database_of (self), insert_many_in_transaction, &many, error))
    {
      for (guint i = 0; i < events->len; i++)
        g_object_set (events->pdata[i], "id", (gint64) 0, NULL);
      return FALSE;
    }
  return TRUE;
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
  if (!prepare_event (self, event, error) ||
      !cherish_store_check_customer (CHERISH_STORE (self), cherish_life_event_get_customer_id (event), error))
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
