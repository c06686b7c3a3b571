/* cherish-event-store.h — customer events and their prizes in the database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cherish-event.h"
#include "cherish-prize.h"
#include "cherish-store.h"

G_BEGIN_DECLS

#define CHERISH_TYPE_EVENT_STORE (cherish_event_store_get_type ())

G_DECLARE_FINAL_TYPE (CherishEventStore, cherish_event_store, CHERISH, EVENT_STORE, CherishStore)

CherishEventStore *cherish_event_store_new          (CherishDatabase    *database,
                                                     CherishClock       *clock);
gboolean           cherish_event_store_insert       (CherishEventStore  *self,
                                                     CherishEvent       *event,
                                                     GError            **error);
gboolean           cherish_event_store_update       (CherishEventStore  *self,
                                                     CherishEvent       *event,
                                                     GError            **error);
gboolean           cherish_event_store_set_status   (CherishEventStore  *self,
                                                     gint64              id,
                                                     CherishEventStatus  status,
                                                     GError            **error);
gboolean           cherish_event_store_delete       (CherishEventStore  *self,
                                                     gint64              id,
                                                     GError            **error);
CherishEvent      *cherish_event_store_get          (CherishEventStore  *self,
                                                     gint64              id,
                                                     GError            **error);
GPtrArray         *cherish_event_store_list         (CherishEventStore  *self,
                                                     gboolean            upcoming,
                                                     GError            **error);
GPtrArray         *cherish_event_store_list_between (CherishEventStore  *self,
                                                     GDateTime          *from,
                                                     GDateTime          *until,
                                                     GError            **error);
CherishPrize      *cherish_event_store_add_prize    (CherishEventStore  *self,
                                                     gint64              event_id,
                                                     const char         *name,
                                                     gint64              quantity,
                                                     GError            **error);
GPtrArray         *cherish_event_store_list_prizes  (CherishEventStore  *self,
                                                     gint64              event_id,
                                                     GError            **error);
gboolean           cherish_event_store_award_prize  (CherishEventStore  *self,
                                                     gint64              prize_id,
                                                     gint64              invitation_id,
                                                     GError            **error);

G_END_DECLS
