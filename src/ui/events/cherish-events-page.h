/* cherish-events-page.h — the shop's customer events, coming and past
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cherish-clock.h"
#include "cherish-database.h"

G_BEGIN_DECLS

#define CHERISH_TYPE_EVENTS_PAGE (cherish_events_page_get_type ())

G_DECLARE_FINAL_TYPE (CherishEventsPage, cherish_events_page, CHERISH, EVENTS_PAGE, AdwBin)

void cherish_events_page_setup      (CherishEventsPage *self,
                                     CherishDatabase   *database,
                                     CherishClock      *clock);
void cherish_events_page_show_event (CherishEventsPage *self,
                                     gint64             event_id);
void cherish_events_page_new_event  (CherishEventsPage *self);

G_END_DECLS
