/* cherish-settings-sync.c — the shop's shared settings, in its data
 *
 * Cherish reads its settings from GSettings, per computer. The ones every
 * counter of a shop must share (its details, the milestone and follow-up
 * rules, how early reminders come, the message templates) are also kept
 * in the shop's database (cherish-settings-store.c), and this keeps the
 * two in step:
 *   - opening a shop, what the shop keeps is set here (the shop wins); a
 *     setting it does not keep yet is given this computer's value (the
 *     first computer to open a shop brings its rules);
 *   - a change made here (Preferences) goes into the shop;
 *   - a change another counter made (heard from the server) is set here.
 * A shop moved to a server takes its settings along, as any table.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cherish-settings-sync"

#include "config.h"

#include "cherish-settings-store.h"
#include "cherish-settings-sync.h"

struct _CherishSettingsSync
{
  GObject               parent_instance;

  GSettings            *settings;
  CherishDatabase      *database;
  CherishSettingsStore *store;
  GHashTable           *kept;        /* key → the value the shop keeps, as text */
};

G_DEFINE_FINAL_TYPE (CherishSettingsSync, cherish_settings_sync, G_TYPE_OBJECT)

/* What every counter of the shop shares; the rest is this computer's. */
static const char * const shared_keys[] = {
  "shop-name", "country", "currency", "message-templates",
  "tenure-thresholds", "visit-thresholds", "shop-thresholds", "feb29-on-march1",
  "lead-days-birthday", "lead-days-life-event", "lead-days-tenure", "lead-days-nth-visit",
  "lead-days-shop-milestone",
  "follow-up-purchase-over", "follow-up-purchase-days", "follow-up-first-visit-days",
  "follow-up-not-seen-days", "follow-up-slipping",
};

static gboolean
is_shared (const char *key)
{
  return g_strv_contains ((const char * const *) shared_keys, key);
}

static char *
value_text (GSettings  *settings,
            const char *key)
{
  g_autoptr(GVariant) value = g_settings_get_value (settings, key);

  return g_variant_print (value, FALSE);
}

/* Writes this computer's @key into the shop. */
static void
keep (CherishSettingsSync *self,
      const char          *key)
{
  g_autofree char *text = value_text (self->settings, key);
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (g_hash_table_lookup (self->kept, key), text) == 0)
    return;
  if (!cherish_settings_store_write (self->store, key, text, &error))
    {
      g_warning ("Could not keep the setting %s with the shop: %s", key, error->message);
      return;
    }
  g_hash_table_insert (self->kept, g_strdup (key), g_steal_pointer (&text));
}

/* Sets here what the shop keeps; keeps what it does not have yet. */
static void
follow_shop (CherishSettingsSync *self)
{
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GHashTable) values = NULL;
  g_autoptr(GError) error = NULL;

  values = cherish_settings_store_read (self->store, &error);
  if (values == NULL)
    {
      g_warning ("Could not read the shop's settings: %s", error->message);
      return;
    }
  g_object_get (self->settings, "settings-schema", &schema, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (shared_keys); i++)
    {
      const char *key = shared_keys[i];
      const char *text = g_hash_table_lookup (values, key);
      g_autoptr(GSettingsSchemaKey) schema_key = NULL;
      g_autoptr(GVariant) value = NULL;
      g_autoptr(GVariant) here = NULL;
      g_autoptr(GError) parse_error = NULL;

      if (text == NULL)
        {
          keep (self, key);
          continue;
        }
      g_hash_table_insert (self->kept, g_strdup (key), g_strdup (text));
      schema_key = g_settings_schema_get_key (schema, key);
      value = g_variant_parse (g_settings_schema_key_get_value_type (schema_key), text, NULL, NULL,
                               &parse_error);
      if (value == NULL || !g_settings_schema_key_range_check (schema_key, value))
        {
          g_warning ("The shop's setting %s is not one this Cherish can use (%s); this computer's "
                     "is kept", key, parse_error != NULL ? parse_error->message : text);
          continue;
        }
      here = g_settings_get_value (self->settings, key);
      if (!g_variant_equal (here, value))
        g_settings_set_value (self->settings, key, value);
    }
}

static void
on_setting_changed (CherishSettingsSync *self,
                    const char          *key)
{
  if (is_shared (key))
    keep (self, key);
}

static void
cherish_settings_sync_dispose (GObject *object)
{
  CherishSettingsSync *self = (CherishSettingsSync *) object;

  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  if (self->database != NULL)
    g_signal_handlers_disconnect_by_data (self->database, self);
  g_clear_object (&self->settings);
  g_clear_object (&self->store);
  g_clear_object (&self->database);
  g_clear_pointer (&self->kept, g_hash_table_unref);

  G_OBJECT_CLASS (cherish_settings_sync_parent_class)->dispose (object);
}

static void
cherish_settings_sync_class_init (CherishSettingsSyncClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = cherish_settings_sync_dispose;
}

static void
cherish_settings_sync_init (CherishSettingsSync *self)
{
  self->kept = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

/**
 * cherish_settings_sync_new:
 * @database: the shop
 * @settings: this computer's settings (Cherish's schema)
 *
 * Brings @settings and the shop in step at once, then keeps them so
 * while it lives.
 *
 * Returns: (transfer full): the sync
 */
CherishSettingsSync *
cherish_settings_sync_new (CherishDatabase *database,
                           GSettings       *settings)
{
  CherishSettingsSync *self = g_object_new (CHERISH_TYPE_SETTINGS_SYNC, NULL);

  g_return_val_if_fail (CHERISH_IS_DATABASE (database), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self->database = g_object_ref (database);
  self->settings = g_object_ref (settings);
  self->store = cherish_settings_store_new (database);
  follow_shop (self);
  g_signal_connect_swapped (settings, "changed", G_CALLBACK (on_setting_changed), self);
  g_signal_connect_swapped (database, "changed::shop_settings", G_CALLBACK (follow_shop), self);
  return self;
}
