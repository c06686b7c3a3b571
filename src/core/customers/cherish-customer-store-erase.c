/* cherish-customer-store-erase.c — a customer forgotten for good
 *
 * Part of CherishCustomerStore: erasing a customer and everything about
 * them (what the manager is told first, then the rows, the search words
 * and the photo files), and emptying the bin of deleted customers.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-customer-store"

#include "config.h"

#include <errno.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "cherish-customer-store-private.h"

static const CherishDialectSql forget_erased = {
  "INSERT INTO customer_search (customer_search) VALUES ('optimize');"
  "PRAGMA wal_checkpoint (TRUNCATE);",
  NULL,
};
typedef struct
{
  CherishCustomerStore *self;
  gint64                id;
} Erase;

static gboolean
erase_in_transaction (gpointer   user_data,
                      GError   **error)
{
  Erase *e = user_data;
  CherishDatabase *db = database_of (e->self);
  g_autoptr(CherishStmt) stmt = NULL;

  /* Visits and life events go with the customer (ON DELETE CASCADE). */
  if (!cherish_database_change_by_id (db, "DELETE FROM customers WHERE id = ?1", e->id,
                                      NULL, _("This customer no longer exists."), error))
    return FALSE;

  /* Not there any more if the customer was deleted first. */
  stmt = cherish_database_prepare (db, "DELETE FROM customer_search WHERE rowid = ?1", error);
  if (stmt == NULL)
    return FALSE;
  cherish_stmt_bind_int64 (stmt, 1, e->id);
  return cherish_database_step_done (db, stmt, error);
}

/* The photo files of the customer's celebrations. */
static GPtrArray *
photos_of (CherishCustomerStore  *self,
           gint64                 id,
           GError               **error)
{
  g_autoptr(CherishStmt) stmt = cherish_database_prepare (database_of (self),
                                                          "SELECT photo FROM celebrations WHERE customer_id = ?1 "
                                                          "AND photo IS NOT NULL", error);
  g_autoptr(GPtrArray) photos = g_ptr_array_new_with_free_func (g_free);
  int rc;

  if (stmt == NULL)
    return NULL;
  cherish_stmt_bind_int64 (stmt, 1, id);
  while ((rc = cherish_stmt_step (stmt)) == CHERISH_ROW)
    g_ptr_array_add (photos, g_path_get_basename (cherish_column_text (stmt, 0)));
  if (rc != CHERISH_DONE)
    {
      cherish_database_set_error (database_of (self), rc, error);
      return NULL;
    }
  return g_steal_pointer (&photos);
}

/**
 * cherish_customer_store_erase:
 *
 * Removes the customer and everything about them: visits, life events,
 * celebrations and their photo files, follow-ups, invitations, points
 * and the reminders sent about them, and their search words.
 */
gboolean
cherish_customer_store_erase (CherishCustomerStore  *self,
                              gint64                 id,
                              GError               **error)
{
  Erase e = { self, id };
  g_autoptr(GPtrArray) photos = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *folder = NULL;

  g_return_val_if_fail (CHERISH_IS_CUSTOMER_STORE (self), FALSE);

  photos = photos_of (self, id, error);
  if (photos == NULL ||
      !cherish_database_transaction (database_of (self), erase_in_transaction, &e, error))
    return FALSE;

  /* The search index keeps deleted words until its segments are merged,
   * and the log keeps old pages until they are written back: both now.
   * (Freed pages are zeroed: secure_delete is on.) */
  if (cherish_database_sql (database_of (self), forget_erased) != NULL &&
      !cherish_database_exec (database_of (self), cherish_database_sql (database_of (self), forget_erased),
                              error))
    return FALSE;

  /* The rows are gone for good: now the pictures. */
  dir = cherish_database_get_folder (database_of (self));
  folder = g_build_filename (dir, "photos", NULL);
  for (guint i = 0; i < photos->len; i++)
    {
      g_autofree char *path = g_build_filename (folder, photos->pdata[i], NULL);

      if (g_unlink (path) != 0 && errno != ENOENT)
        g_warning ("Could not remove the photo %s: %s", path, g_strerror (errno));
    }
  cherish_store_changed (CHERISH_STORE (self));
  return TRUE;
}

/**
 * cherish_customer_store_count_data:
 * @counts: (out caller-allocates): how many of each they have
 *
 * What erasing the customer takes with them, to say before it is done.
 *
 * Returns: %FALSE with @error set if the counts could not be read
 */
gboolean
cherish_customer_store_count_data (CherishCustomerStore  *self,
                                   gint64                 id,
                                   CherishCustomerData   *counts,
                                   GError               **error)
{
  static const char *queries[] = {
    "SELECT count (*) FROM visits WHERE customer_id = ?1",
    "SELECT count (*) FROM life_events WHERE customer_id = ?1",
    "SELECT count (*) FROM celebrations WHERE customer_id = ?1",
    "SELECT count (*) FROM celebrations WHERE customer_id = ?1 AND photo IS NOT NULL",
    "SELECT count (*) FROM follow_ups WHERE customer_id = ?1",
    "SELECT count (*) FROM invitations WHERE customer_id = ?1",
    "SELECT count (*) FROM points_ledger WHERE customer_id = ?1",
  };
  gint64 *slots[] = { &counts->visits, &counts->life_events, &counts->celebrations, &counts->photos,
                      &counts->follow_ups, &counts->invitations, &counts->ledger_rows };

  g_return_val_if_fail (CHERISH_IS_CUSTOMER_STORE (self), FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    if ((*slots[i] = cherish_database_int_by_id (database_of (self), queries[i], id, 0, error)) < 0)
      return FALSE;
  return TRUE;
}

/**
 * cherish_customer_store_purge_deleted:
 *
 * Erases every customer left deleted (an Undo window that ended, or that
 * a crash interrupted).
 *
 * Returns: how many were erased, or -1 on error
 */
int
cherish_customer_store_purge_deleted (CherishCustomerStore  *self,
                                      GError               **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(CherishStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (CHERISH_IS_CUSTOMER_STORE (self), -1);

  stmt = cherish_database_prepare (database_of (self),
                                   "SELECT id FROM customers WHERE deleted_at IS NOT NULL", error);
  if (stmt == NULL)
    return -1;

  while ((rc = cherish_stmt_step (stmt)) == CHERISH_ROW)
    {
      gint64 id = cherish_stmt_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  if (rc != CHERISH_DONE)
    {
      cherish_database_set_error (database_of (self), rc, error);
      return -1;
    }
  g_clear_pointer (&stmt, cherish_stmt_release);

  for (guint i = 0; i < ids->len; i++)
    if (!cherish_customer_store_erase (self, g_array_index (ids, gint64, i), error))
      return -1;

  return (int) ids->len;
}
