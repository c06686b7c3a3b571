/* cherish-event-detail.h — one event: its guests, check-in, sharing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cherish-clock.h"
#include "cherish-database.h"

G_BEGIN_DECLS

#define CHERISH_TYPE_EVENT_DETAIL (cherish_event_detail_get_type ())

G_DECLARE_FINAL_TYPE (CherishEventDetail, cherish_event_detail, CHERISH, EVENT_DETAIL, GtkBox)

void   cherish_event_detail_setup      (CherishEventDetail *self,
                                        CherishDatabase    *database,
                                        CherishClock       *clock);
void   cherish_event_detail_show_event (CherishEventDetail *self,
                                        gint64              event_id);
gint64 cherish_event_detail_get_event_id (CherishEventDetail *self);

G_END_DECLS
