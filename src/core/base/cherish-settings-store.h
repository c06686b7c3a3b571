/* cherish-settings-store.h — the shop's settings, kept with its data
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cherish-store.h"

G_BEGIN_DECLS

#define CHERISH_TYPE_SETTINGS_STORE (cherish_settings_store_get_type ())

G_DECLARE_FINAL_TYPE (CherishSettingsStore, cherish_settings_store, CHERISH, SETTINGS_STORE, CherishStore)

CherishSettingsStore *cherish_settings_store_new   (CherishDatabase       *database);
GHashTable           *cherish_settings_store_read  (CherishSettingsStore  *self,
                                                    GError               **error);
gboolean              cherish_settings_store_write (CherishSettingsStore  *self,
                                                    const char            *key,
                                                    const char            *value,
                                                    GError               **error);

G_END_DECLS
