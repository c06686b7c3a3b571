/* cherish-storage-preferences.h — the Storage page of Preferences
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cherish-database.h"

G_BEGIN_DECLS

#define CHERISH_TYPE_STORAGE_PREFERENCES (cherish_storage_preferences_get_type ())

G_DECLARE_FINAL_TYPE (CherishStoragePreferences, cherish_storage_preferences, CHERISH, STORAGE_PREFERENCES,
                      AdwPreferencesPage)

AdwPreferencesPage *cherish_storage_preferences_new (CherishDatabase *database);

G_END_DECLS
