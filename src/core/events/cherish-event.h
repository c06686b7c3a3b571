/* cherish-event.h — a customer event: the evening and its offers (plain value, no SQL)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "cherish-enums.h"

G_BEGIN_DECLS

#define CHERISH_EVENT_MAX_CAPACITY 100000

#define CHERISH_TYPE_EVENT (cherish_event_get_type ())

G_DECLARE_FINAL_TYPE (CherishEvent, cherish_event, CHERISH, EVENT, GObject)

CherishEvent       *cherish_event_new              (const char   *title,
                                                    const char   *starts_at,
                                                    const char   *ends_at);
CherishEvent       *cherish_event_copy             (CherishEvent *self);
gint64              cherish_event_get_id           (CherishEvent *self);
const char         *cherish_event_get_title        (CherishEvent *self);
const char         *cherish_event_get_description  (CherishEvent *self);
const char         *cherish_event_get_starts_at    (CherishEvent *self);
const char         *cherish_event_get_ends_at      (CherishEvent *self);
const char         *cherish_event_get_place        (CherishEvent *self);
gint64              cherish_event_get_capacity     (CherishEvent *self);
CherishEventStatus  cherish_event_get_status       (CherishEvent *self);
const char         *cherish_event_get_incentives   (CherishEvent *self);
gint64              cherish_event_get_n_invited    (CherishEvent *self);
gint64              cherish_event_get_n_accepted   (CherishEvent *self);
gint64              cherish_event_get_n_waitlisted (CherishEvent *self);
gint64              cherish_event_get_n_attended   (CherishEvent *self);
gboolean            cherish_event_validate         (CherishEvent *self,
                                                    GError      **error);

G_END_DECLS
