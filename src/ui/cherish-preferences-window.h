/* cherish-preferences-window.h — the shop's settings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define CHERISH_TYPE_PREFERENCES_WINDOW (cherish_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (CherishPreferencesWindow, cherish_preferences_window, CHERISH,
                      PREFERENCES_WINDOW, AdwPreferencesWindow)

CherishPreferencesWindow *cherish_preferences_window_new (GtkWindow *parent);

G_END_DECLS
