/* cherish-life-event-dialog.h — noting something coming up in a customer's life
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cherish-clock.h"
#include "cherish-database.h"
#include "cherish-life-event.h"

G_BEGIN_DECLS

#define CHERISH_TYPE_LIFE_EVENT_DIALOG (cherish_life_event_dialog_get_type ())

G_DECLARE_FINAL_TYPE (CherishLifeEventDialog, cherish_life_event_dialog, CHERISH,
                      LIFE_EVENT_DIALOG, AdwWindow)

CherishLifeEventDialog *cherish_life_event_dialog_new (GtkWindow        *parent,
                                                       CherishDatabase  *database,
                                                       CherishClock     *clock,
                                                       gint64            customer_id,
                                                       CherishLifeEvent *event);

G_END_DECLS
