/* cherish-reminder-preferences.h — the Reminders page of Preferences
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

AdwPreferencesPage *cherish_reminder_preferences_new (GSettings *settings);

G_END_DECLS
