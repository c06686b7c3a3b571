/* cherish-event-prizes.h — an event's prizes and who got them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cherish-clock.h"
#include "cherish-database.h"

G_BEGIN_DECLS

#define CHERISH_TYPE_EVENT_PRIZES (cherish_event_prizes_get_type ())

G_DECLARE_FINAL_TYPE (CherishEventPrizes, cherish_event_prizes, CHERISH, EVENT_PRIZES,
                      AdwPreferencesGroup)

void cherish_event_prizes_setup     (CherishEventPrizes *self,
                                     CherishDatabase    *database,
                                     CherishClock       *clock);
void cherish_event_prizes_set_event (CherishEventPrizes *self,
                                     gint64              event_id);

G_END_DECLS
