/* cherish-celebration.h — the plan for one occasion (plain value, no SQL)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "cherish-enums.h"
#include "cherish-occasion.h"

G_BEGIN_DECLS

#define CHERISH_TYPE_CELEBRATION (cherish_celebration_get_type ())

G_DECLARE_FINAL_TYPE (CherishCelebration, cherish_celebration, CHERISH, CELEBRATION, GObject)

CherishCelebration       *cherish_celebration_new_for            (CherishOccasion    *occasion);
CherishCelebration       *cherish_celebration_copy               (CherishCelebration *self);
gint64                    cherish_celebration_get_id             (CherishCelebration *self);
gint64                    cherish_celebration_get_customer_id    (CherishCelebration *self);
CherishOccasionKind       cherish_celebration_get_kind           (CherishCelebration *self);
const char               *cherish_celebration_get_occasion_date  (CherishCelebration *self);
guint                     cherish_celebration_get_number         (CherishCelebration *self);
gint64                    cherish_celebration_get_life_event_id  (CherishCelebration *self);
CherishCelebrationStatus  cherish_celebration_get_status         (CherishCelebration *self);
const char               *cherish_celebration_get_surprise       (CherishCelebration *self);
gint64                    cherish_celebration_get_staff_id       (CherishCelebration *self);
const char               *cherish_celebration_get_gesture        (CherishCelebration *self);
gint64                    cherish_celebration_get_cost           (CherishCelebration *self);
const char               *cherish_celebration_get_currency       (CherishCelebration *self);
const char               *cherish_celebration_get_notes          (CherishCelebration *self);
const char               *cherish_celebration_get_skip_reason    (CherishCelebration *self);
const char               *cherish_celebration_get_photo          (CherishCelebration *self);
gint64                    cherish_celebration_get_idea_id        (CherishCelebration *self);
gint64                    cherish_celebration_get_reward_id      (CherishCelebration *self);
gboolean                  cherish_celebration_validate           (CherishCelebration *self,
                                                                  GError            **error);

G_END_DECLS
