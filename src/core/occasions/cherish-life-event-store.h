/* cherish-life-event-store.h — customers' life events in the database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cherish-life-event.h"
#include "cherish-store.h"

G_BEGIN_DECLS

#define CHERISH_TYPE_LIFE_EVENT_STORE (cherish_life_event_store_get_type ())

G_DECLARE_FINAL_TYPE (CherishLifeEventStore, cherish_life_event_store, CHERISH, LIFE_EVENT_STORE,
                      CherishStore)

CherishLifeEventStore *cherish_life_event_store_new               (CherishDatabase        *database,
                                                                   CherishClock           *clock);
gboolean               cherish_life_event_store_insert            (CherishLifeEventStore  *self,
                                                                   CherishLifeEvent       *event,
                                                                   GError                **error);
gboolean               cherish_life_event_store_insert_many       (CherishLifeEventStore  *self,
                                                                   GPtrArray              *events,
                                                                   GError                **error);
gboolean               cherish_life_event_store_update            (CherishLifeEventStore  *self,
                                                                   CherishLifeEvent       *event,
                                                                   GError                **error);
gboolean               cherish_life_event_store_delete            (CherishLifeEventStore  *self,
                                                                   gint64                  id,
                                                                   GError                **error);
CherishLifeEvent      *cherish_life_event_store_get               (CherishLifeEventStore  *self,
                                                                   gint64                  id,
                                                                   GError                **error);
GPtrArray             *cherish_life_event_store_list_for_customer (CherishLifeEventStore  *self,
                                                                   gint64                  customer_id,
                                                                   GError                **error);

G_END_DECLS
