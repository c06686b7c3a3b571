/* cherish-settings-sync.h — the shop's shared settings, in its data
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "cherish-database.h"

G_BEGIN_DECLS

#define CHERISH_TYPE_SETTINGS_SYNC (cherish_settings_sync_get_type ())

G_DECLARE_FINAL_TYPE (CherishSettingsSync, cherish_settings_sync, CHERISH, SETTINGS_SYNC, GObject)

CherishSettingsSync *cherish_settings_sync_new (CherishDatabase *database,
                                                GSettings       *settings);

G_END_DECLS
