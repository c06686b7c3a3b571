/* cherish-event-day.h — check-in at the door, big and touch-friendly
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cherish-clock.h"
#include "cherish-database.h"

G_BEGIN_DECLS

#define CHERISH_TYPE_EVENT_DAY (cherish_event_day_get_type ())

G_DECLARE_FINAL_TYPE (CherishEventDay, cherish_event_day, CHERISH, EVENT_DAY, AdwWindow)

CherishEventDay *cherish_event_day_new     (GtkWindow       *parent,
                                            CherishDatabase *database,
                                            CherishClock    *clock,
                                            gint64           event_id);
void             cherish_event_day_search  (CherishEventDay *self,
                                            const char      *text);
gboolean         cherish_event_day_walk_in (CherishEventDay *self,
                                            const char      *name,
                                            const char      *phone);

G_END_DECLS
