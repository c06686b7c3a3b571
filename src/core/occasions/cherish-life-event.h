/* cherish-life-event.h — something coming up in a customer's life
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "cherish-enums.h"

G_BEGIN_DECLS

#define CHERISH_TYPE_LIFE_EVENT (cherish_life_event_get_type ())

G_DECLARE_FINAL_TYPE (CherishLifeEvent, cherish_life_event, CHERISH, LIFE_EVENT, GObject)

CherishLifeEvent     *cherish_life_event_new             (gint64                customer_id,
                                                          CherishLifeEventKind  kind,
                                                          const char           *date);
CherishLifeEvent     *cherish_life_event_copy            (CherishLifeEvent     *self);
gint64                cherish_life_event_get_id          (CherishLifeEvent     *self);
gint64                cherish_life_event_get_customer_id (CherishLifeEvent     *self);
CherishLifeEventKind  cherish_life_event_get_kind        (CherishLifeEvent     *self);
const char           *cherish_life_event_get_title       (CherishLifeEvent     *self);
const char           *cherish_life_event_get_date        (CherishLifeEvent     *self);
gboolean              cherish_life_event_get_yearly      (CherishLifeEvent     *self);
const char           *cherish_life_event_get_notes       (CherishLifeEvent     *self);
gboolean              cherish_life_event_validate        (CherishLifeEvent     *self,
                                                          GError              **error);

G_END_DECLS
