/* cherish-visit-store.c — visits, purchases and contacts in the database
 *
 * A customer's timeline, newest first, read a page at a time. Adding or
 * removing a visit updates the customer's visit count and last visit in
 * the same statement, through the triggers of schema step 1.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-visit-store"

#include "config.h"

#include <glib/gi18n.h>

#include "cherish-store-private.h"
#include "cherish-date.h"
#include "cherish-enum-types.h"
#include "cherish-error.h"
#include "cherish-paged-model.h"
#include "cherish-text.h"
#include "cherish-visit-store.h"

struct _CherishVisitStore
{
  CherishStore parent_instance;
};

G_DEFINE_FINAL_TYPE (CherishVisitStore, cherish_visit_store, CHERISH_TYPE_STORE)

#define COLUMNS "id, customer_id, kind, at, amount_minor, currency, note, staff_id"

static CherishDatabase *
database_of (CherishVisitStore *self)
{
  return cherish_store_get_database (CHERISH_STORE (self));
}

static gpointer
visit_from_row (CherishStmt *stmt)
{
  int kind = CHERISH_VISIT_KIND_VISIT;

  cherish_enum_from_nick (CHERISH_TYPE_VISIT_KIND, cherish_column_text (stmt, 2), &kind);

  return g_object_new (CHERISH_TYPE_VISIT,
                       "id", (gint64) cherish_stmt_column_int64 (stmt, 0),
                       "customer-id", (gint64) cherish_stmt_column_int64 (stmt, 1),
                       "kind", kind,
                       "at", cherish_column_text (stmt, 3),
                       "amount", cherish_stmt_column_is_null (stmt, 4)
                                   ? (gint64) CHERISH_NO_AMOUNT
                                   : (gint64) cherish_stmt_column_int64 (stmt, 4),
                       "currency", cherish_column_text (stmt, 5),
                       "note", cherish_column_text (stmt, 6),
                       "staff-id", (gint64) cherish_stmt_column_int64 (stmt, 7),
                       NULL);
}

/* ------------------------------------------------------------------ */
/* Paged timeline                                                      */
/* ------------------------------------------------------------------ */

typedef struct
{
  CherishVisitStore *store;
  gint64             customer_id;
} TimelineSource;

static void
timeline_source_free (gpointer data)
{
  TimelineSource *source = data;

  g_clear_object (&source->store);
  g_free (source);
}

static guint
timeline_count (gpointer   data,
                guint      at_most,
                GError   **error)
{
  TimelineSource *source = data;

  return cherish_visit_store_count_for_customer (source->store, source->customer_id, error);
}

static GPtrArray *
timeline_fetch (gpointer   data,
                guint      offset,
                guint      limit,
                GError   **error)
{
  TimelineSource *source = data;

  return cherish_visit_store_find_for_customer (source->store, source->customer_id,
                                                offset, limit, error);
}

static const CherishPagedSource timeline_funcs = {
  timeline_count,
  timeline_fetch,
};

/* ------------------------------------------------------------------ */
/* GObject                                                             */
/* ------------------------------------------------------------------ */

static void
cherish_visit_store_class_init (CherishVisitStoreClass *klass)
{
  CHERISH_STORE_CLASS (klass)->table = "visits";
}

static void
cherish_visit_store_init (CherishVisitStore *self)
{
}

/* ------------------------------------------------------------------ */
/* Public API                                                          */
/* ------------------------------------------------------------------ */

CherishVisitStore *
cherish_visit_store_new (CherishDatabase *database,
                         CherishClock    *clock)
{
  return g_object_new (CHERISH_TYPE_VISIT_STORE, "database", database, "clock", clock, NULL);
}

/**
 * cherish_visit_store_insert:
 * @visit: the new visit; its id is set on success
 *
 * Returns: %TRUE if the visit was validated and saved
 */
gboolean
cherish_visit_store_insert (CherishVisitStore  *self,
                            CherishVisit       *visit,
                            GError            **error)
{
  CherishDatabase *db;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) at = NULL;
  g_autoptr(CherishStmt) stmt = NULL;
  g_autofree char *created = NULL;
  g_autofree char *at_utc = NULL;
  g_autofree char *note = NULL;

  g_return_val_if_fail (CHERISH_IS_VISIT_STORE (self), FALSE);
  g_return_val_if_fail (CHERISH_IS_VISIT (visit), FALSE);
  g_return_val_if_fail (cherish_visit_get_id (visit) == 0, FALSE);

  db = database_of (self);
  now = cherish_clock_get_now (cherish_store_get_clock (CHERISH_STORE (self)));
  if (!cherish_visit_validate (visit, now, error) ||
      !cherish_store_check_customer (CHERISH_STORE (self), cherish_visit_get_customer_id (visit),
                                     error))
    return FALSE;

  /* Store every instant in UTC with the same shape, so text order is time order. */
  at = cherish_timestamp_parse (cherish_visit_get_at (visit), NULL);
  at_utc = cherish_timestamp_format (at);
  created = cherish_timestamp_format (now);
  note = cherish_text_normalize (cherish_visit_get_note (visit));

  stmt = cherish_database_prepare (db,
                                   "INSERT INTO visits (customer_id, at, kind, amount_minor, currency, "
                                   "  note, staff_id, created_at) "
                                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                                   error);
  if (stmt == NULL)
    return FALSE;

  cherish_stmt_bind_int64 (stmt, 1, cherish_visit_get_customer_id (visit));
  cherish_bind_text (stmt, 2, at_utc);
  cherish_bind_text (stmt, 3, cherish_enum_to_nick (CHERISH_TYPE_VISIT_KIND,
                                                    cherish_visit_get_kind (visit)));
  if (cherish_visit_get_amount (visit) != CHERISH_NO_AMOUNT)
    {
      cherish_stmt_bind_int64 (stmt, 4, cherish_visit_get_amount (visit));
      cherish_bind_text (stmt, 5, cherish_visit_get_currency (visit));
    }
  cherish_bind_text (stmt, 6, note ?: "");
  if (cherish_visit_get_staff_id (visit) > 0)
    cherish_stmt_bind_int64 (stmt, 7, cherish_visit_get_staff_id (visit));
  cherish_bind_text (stmt, 8, created);

  /* One statement with its triggers: atomic without an explicit transaction. */
  if (!cherish_store_step_insert (CHERISH_STORE (self), stmt, visit, error))
    return FALSE;

  g_object_set (visit, "at", at_utc, "note", note, NULL);
  return TRUE;
}

gboolean
cherish_visit_store_delete (CherishVisitStore  *self,
                            gint64              id,
                            GError            **error)
{
  g_return_val_if_fail (CHERISH_IS_VISIT_STORE (self), FALSE);

  if (!cherish_database_change_by_id (database_of (self), "DELETE FROM visits WHERE id = ?1", id,
                                      NULL, _("This visit no longer exists."), error))
    return FALSE;

  cherish_store_changed (CHERISH_STORE (self));
  return TRUE;
}

/**
 * cherish_visit_store_get:
 *
 * Returns: (transfer full) (nullable): the visit
 */
CherishVisit *
cherish_visit_store_get (CherishVisitStore  *self,
                         gint64              id,
                         GError            **error)
{
  g_return_val_if_fail (CHERISH_IS_VISIT_STORE (self), NULL);

  return cherish_database_get_by_id (database_of (self),
                                     "SELECT " COLUMNS " FROM visits WHERE id = ?1", id,
                                     visit_from_row, _("This visit no longer exists."), error);
}

guint
cherish_visit_store_count_for_customer (CherishVisitStore  *self,
                                        gint64              customer_id,
                                        GError            **error)
{
  g_autoptr(CherishStmt) stmt = NULL;
  gint64 n;

  g_return_val_if_fail (CHERISH_IS_VISIT_STORE (self), 0);

  stmt = cherish_database_prepare (database_of (self),
                                   "SELECT count(*) FROM visits WHERE customer_id = ?1", error);
  if (stmt == NULL)
    return 0;

  cherish_stmt_bind_int64 (stmt, 1, customer_id);
  n = cherish_database_count (database_of (self), stmt, error);
  return n > 0 ? (guint) n : 0;
}

/**
 * cherish_visit_store_find_for_customer:
 *
 * Returns: (transfer full) (element-type CherishVisit) (nullable): the
 *   customer's timeline, newest first, from @offset, at most @limit
 */
GPtrArray *
cherish_visit_store_find_for_customer (CherishVisitStore  *self,
                                       gint64              customer_id,
                                       guint               offset,
                                       guint               limit,
                                       GError            **error)
{
  g_autoptr(CherishStmt) stmt = NULL;

  g_return_val_if_fail (CHERISH_IS_VISIT_STORE (self), NULL);

  stmt = cherish_database_prepare (database_of (self),
                                   "SELECT " COLUMNS " FROM visits WHERE customer_id = ?1 "
                                   "ORDER BY at DESC, id DESC LIMIT ?2 OFFSET ?3",
                                   error);
  if (stmt == NULL)
    return NULL;

  cherish_stmt_bind_int64 (stmt, 1, customer_id);
  cherish_stmt_bind_int64 (stmt, 2, limit);
  cherish_stmt_bind_int64 (stmt, 3, offset);
  return cherish_database_collect (database_of (self), stmt, visit_from_row, error);
}

/**
 * cherish_visit_store_list_for_customer:
 *
 * Returns: (transfer full): a lazy #GListModel of the customer's
 *   #CherishVisit, newest first, following every change of the store
 */
GListModel *
cherish_visit_store_list_for_customer (CherishVisitStore *self,
                                       gint64             customer_id)
{
  CherishPagedModel *model;
  TimelineSource *source;

  g_return_val_if_fail (CHERISH_IS_VISIT_STORE (self), NULL);

  source = g_new0 (TimelineSource, 1);
  source->store = g_object_ref (self);
  source->customer_id = customer_id;

  model = cherish_paged_model_new (CHERISH_TYPE_VISIT, &timeline_funcs, source,
                                   timeline_source_free);
  g_signal_connect_object (database_of (self), "changed::visits",
                           G_CALLBACK (cherish_paged_model_reload), model, G_CONNECT_SWAPPED);
  return G_LIST_MODEL (model);
}

/**
 * cherish_visit_store_list_after:
 * @after_id: the last id read, or 0 to start
 * @limit: at most this many
 *
 * Every visit of every (not deleted) customer, a page at a time, by id.
 *
 * Returns: (transfer container) (element-type CherishVisit): the page,
 *   shorter than @limit at the end; %NULL with @error set
 */
GPtrArray *
cherish_visit_store_list_after (CherishVisitStore  *self,
                                gint64              after_id,
                                guint               limit,
                                GError            **error)
{
  g_autoptr(CherishStmt) stmt = NULL;

  g_return_val_if_fail (CHERISH_IS_VISIT_STORE (self), NULL);

  stmt = cherish_database_prepare (database_of (self),
                                   "SELECT " COLUMNS " FROM visits v WHERE id > ?1 AND EXISTS "
                                   "(SELECT 1 FROM customers c WHERE c.id = v.customer_id "
                                   " AND c.deleted_at IS NULL) ORDER BY id LIMIT ?2", error);
  if (stmt == NULL)
    return NULL;
  cherish_stmt_bind_int64 (stmt, 1, after_id);
  cherish_stmt_bind_int64 (stmt, 2, (int) MIN (limit, G_MAXINT));
  return cherish_database_collect (database_of (self), stmt, visit_from_row, error);
}
