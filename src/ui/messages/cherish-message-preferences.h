/* cherish-message-preferences.h — the Messages page of Preferences
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

AdwPreferencesPage *cherish_message_preferences_new (void);

G_END_DECLS
