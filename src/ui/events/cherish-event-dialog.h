/* cherish-event-dialog.h — a new customer event, or changes to one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cherish-clock.h"
#include "cherish-database.h"
#include "cherish-event.h"

G_BEGIN_DECLS

#define CHERISH_TYPE_EVENT_DIALOG (cherish_event_dialog_get_type ())

G_DECLARE_FINAL_TYPE (CherishEventDialog, cherish_event_dialog, CHERISH, EVENT_DIALOG, AdwWindow)

CherishEventDialog *cherish_event_dialog_new (GtkWindow       *parent,
                                              CherishDatabase *database,
                                              CherishClock    *clock,
                                              CherishEvent    *event);
gboolean            cherish_event_dialog_save (CherishEventDialog *self);

G_END_DECLS
