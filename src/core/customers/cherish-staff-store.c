/* cherish-staff-store.c — the shop's staff in the database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-staff-store"

#include "config.h"

#include <glib/gi18n.h>

#include "cherish-store-private.h"
#include "cherish-error.h"
#include "cherish-staff-store.h"
#include "cherish-text.h"

struct _CherishStaffStore
{
  CherishStore parent_instance;
};

G_DEFINE_FINAL_TYPE (CherishStaffStore, cherish_staff_store, CHERISH_TYPE_STORE)

#define NOT_FOUND _("This staff member no longer exists.")

static CherishDatabase *
database_of (CherishStaffStore *self)
{
  return cherish_store_get_database (CHERISH_STORE (self));
}

static gpointer
staff_from_row (CherishStmt *stmt)
{
  return g_object_new (CHERISH_TYPE_STAFF,
                       "id", (gint64) cherish_stmt_column_int64 (stmt, 0),
                       "name", cherish_column_text (stmt, 1),
                       "active", cherish_stmt_column_int (stmt, 2) != 0,
                       NULL);
}

static gboolean
prepare_staff (CherishStaff  *staff,
               GError       **error)
{
  g_autofree char *name = cherish_text_normalize (cherish_staff_get_name (staff));

  g_object_set (staff, "name", name, NULL);
  return cherish_staff_validate (staff, error);
}

static void
cherish_staff_store_class_init (CherishStaffStoreClass *klass)
{
  CHERISH_STORE_CLASS (klass)->table = "staff";
}

static void
cherish_staff_store_init (CherishStaffStore *self)
{
}

CherishStaffStore *
cherish_staff_store_new (CherishDatabase *database,
                         CherishClock    *clock)
{
  return g_object_new (CHERISH_TYPE_STAFF_STORE, "database", database, "clock", clock, NULL);
}

/**
 * cherish_staff_store_insert:
 * @staff: the new staff member; its id is set on success
 */
gboolean
cherish_staff_store_insert (CherishStaffStore  *self,
                            CherishStaff       *staff,
                            GError            **error)
{
  CherishDatabase *db;
  g_autoptr(CherishStmt) stmt = NULL;
  g_autofree char *now = NULL;

  g_return_val_if_fail (CHERISH_IS_STAFF_STORE (self), FALSE);
  g_return_val_if_fail (CHERISH_IS_STAFF (staff), FALSE);

  db = database_of (self);
  if (!prepare_staff (staff, error))
    return FALSE;

  stmt = cherish_database_prepare (db, "INSERT INTO staff (name, active, created_at) "
                                       "VALUES (?1, ?2, ?3)", error);
  if (stmt == NULL)
    return FALSE;

  now = cherish_store_now_timestamp (CHERISH_STORE (self));
  cherish_bind_text (stmt, 1, cherish_staff_get_name (staff));
  cherish_stmt_bind_int64 (stmt, 2, cherish_staff_get_active (staff));
  cherish_bind_text (stmt, 3, now);
  return cherish_store_step_insert (CHERISH_STORE (self), stmt, staff, error);
}

/**
 * cherish_staff_store_update:
 *
 * Saves a new name or the active flag (staff who leave are made inactive).
 */
gboolean
cherish_staff_store_update (CherishStaffStore  *self,
                            CherishStaff       *staff,
                            GError            **error)
{
  CherishDatabase *db;
  g_autoptr(CherishStmt) stmt = NULL;

  g_return_val_if_fail (CHERISH_IS_STAFF_STORE (self), FALSE);
  g_return_val_if_fail (CHERISH_IS_STAFF (staff), FALSE);

  db = database_of (self);
  if (!prepare_staff (staff, error))
    return FALSE;

  stmt = cherish_database_prepare (db, "UPDATE staff SET name = ?2, active = ?3 WHERE id = ?1",
                                   error);
  if (stmt == NULL)
    return FALSE;

  cherish_stmt_bind_int64 (stmt, 1, cherish_staff_get_id (staff));
  cherish_bind_text (stmt, 2, cherish_staff_get_name (staff));
  cherish_stmt_bind_int64 (stmt, 3, cherish_staff_get_active (staff));
  return cherish_store_step_update (CHERISH_STORE (self), stmt, NOT_FOUND, error);
}

/**
 * cherish_staff_store_get:
 *
 * Returns: (transfer full) (nullable): the staff member
 */
CherishStaff *
cherish_staff_store_get (CherishStaffStore  *self,
                         gint64              id,
                         GError            **error)
{
  g_return_val_if_fail (CHERISH_IS_STAFF_STORE (self), NULL);

  return cherish_database_get_by_id (database_of (self),
                                     "SELECT id, name, active FROM staff WHERE id = ?1", id,
                                     staff_from_row, NOT_FOUND, error);
}

/**
 * cherish_staff_store_list:
 * @active_only: leave out those who left
 *
 * Returns: (transfer full) (element-type CherishStaff) (nullable): staff
 *   by name
 */
GPtrArray *
cherish_staff_store_list (CherishStaffStore  *self,
                          gboolean            active_only,
                          GError            **error)
{
  g_autoptr(CherishStmt) stmt = NULL;

  g_return_val_if_fail (CHERISH_IS_STAFF_STORE (self), NULL);

  stmt = cherish_database_prepare (database_of (self),
                                   "SELECT id, name, active FROM staff "
                                   "WHERE active = 1 OR ?1 = 0 ORDER BY name, id", error);
  if (stmt == NULL)
    return NULL;

  cherish_stmt_bind_int64 (stmt, 1, active_only);
  return cherish_database_collect (database_of (self), stmt, staff_from_row, error);
}
