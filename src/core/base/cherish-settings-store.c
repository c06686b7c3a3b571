/* cherish-settings-store.c — the shop's settings, kept with its data
 *
 * A key and its value as text (a GVariant's, see cherish-settings-sync.c),
 * the same on a file and on a server; a write announces "shop_settings",
 * which the other counters of a server shop hear.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-settings-store"

#include "config.h"

#include "cherish-settings-store.h"
#include "cherish-store-private.h"

struct _CherishSettingsStore
{
  CherishStore parent_instance;
};

G_DEFINE_FINAL_TYPE (CherishSettingsStore, cherish_settings_store, CHERISH_TYPE_STORE)

static CherishDatabase *
database_of (CherishSettingsStore *self)
{
  return cherish_store_get_database (CHERISH_STORE (self));
}

static void
cherish_settings_store_class_init (CherishSettingsStoreClass *klass)
{
  CHERISH_STORE_CLASS (klass)->table = "shop_settings";
}

static void
cherish_settings_store_init (CherishSettingsStore *self)
{
}

CherishSettingsStore *
cherish_settings_store_new (CherishDatabase *database)
{
  return g_object_new (CHERISH_TYPE_SETTINGS_STORE, "database", database, NULL);
}

/**
 * cherish_settings_store_read:
 *
 * Returns: (transfer full) (element-type utf8 utf8) (nullable): every
 *   setting kept, key → value
 */
GHashTable *
cherish_settings_store_read (CherishSettingsStore  *self,
                             GError               **error)
{
  CherishDatabase *db;
  g_autoptr(CherishStmt) stmt = NULL;
  g_autoptr(GHashTable) values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  int rc;

  g_return_val_if_fail (CHERISH_IS_SETTINGS_STORE (self), NULL);

  db = database_of (self);
  stmt = cherish_database_prepare (db, "SELECT key, value FROM shop_settings", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = cherish_stmt_step (stmt)) == CHERISH_ROW)
    g_hash_table_insert (values, g_strdup (cherish_column_text (stmt, 0)),
                         g_strdup (cherish_column_text (stmt, 1)));
  if (rc != CHERISH_DONE)
    {
      cherish_database_set_error (db, rc, error);
      return NULL;
    }
  return g_steal_pointer (&values);
}

/**
 * cherish_settings_store_write:
 *
 * Keeps @value for @key, replacing what was kept.
 */
gboolean
cherish_settings_store_write (CherishSettingsStore  *self,
                              const char            *key,
                              const char            *value,
                              GError               **error)
{
  CherishDatabase *db;
  g_autoptr(CherishStmt) stmt = NULL;

  g_return_val_if_fail (CHERISH_IS_SETTINGS_STORE (self), FALSE);
  g_return_val_if_fail (key != NULL && value != NULL, FALSE);

  db = database_of (self);
  stmt = cherish_database_prepare (db, "INSERT INTO shop_settings (key, value) VALUES (?1, ?2) "
                                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value", error);
  if (stmt == NULL)
    return FALSE;
  cherish_bind_text (stmt, 1, key);
  cherish_bind_text (stmt, 2, value);
  if (!cherish_database_step_done (db, stmt, error))
    return FALSE;
  cherish_store_changed (CHERISH_STORE (self));
  return TRUE;
}
