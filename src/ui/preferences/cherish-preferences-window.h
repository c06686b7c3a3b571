/* cherish-preferences-window.h — the shop's settings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cherish-database.h"

G_BEGIN_DECLS

#define CHERISH_TYPE_PREFERENCES_WINDOW (cherish_preferences_window_get_type ())

/* A dialog over the window (a bottom sheet when narrow) on libadwaita 1.5
 * and later, a window of its own before. */
#if ADW_CHECK_VERSION (1, 5, 0)
G_DECLARE_FINAL_TYPE (CherishPreferencesWindow, cherish_preferences_window, CHERISH,
                      PREFERENCES_WINDOW, AdwPreferencesDialog)
#else
G_DECLARE_FINAL_TYPE (CherishPreferencesWindow, cherish_preferences_window, CHERISH,
                      PREFERENCES_WINDOW, AdwPreferencesWindow)
#endif

CherishPreferencesWindow *cherish_preferences_window_new       (CherishDatabase          *database);
void                      cherish_preferences_window_present   (CherishPreferencesWindow *self,
                                                                GtkWidget                *parent);
void                      cherish_preferences_window_show_page (CherishPreferencesWindow *self,
                                                                const char               *name);

G_END_DECLS
