/* cherish-occasion.h — one moment worth celebrating (plain value, no SQL)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "cherish-enums.h"

G_BEGIN_DECLS

#define CHERISH_TYPE_OCCASION (cherish_occasion_get_type ())

G_DECLARE_FINAL_TYPE (CherishOccasion, cherish_occasion, CHERISH, OCCASION, GObject)

CherishOccasion     *cherish_occasion_new               (CherishOccasionKind  kind,
                                                         gint64               customer_id,
                                                         const char          *customer_name,
                                                         const char          *date,
                                                         guint                number,
                                                         const char          *title,
                                                         gint64               life_event_id);
CherishOccasion     *cherish_occasion_copy              (CherishOccasion *self);
CherishOccasionKind  cherish_occasion_get_kind          (CherishOccasion *self);
gint64               cherish_occasion_get_customer_id   (CherishOccasion *self);
const char          *cherish_occasion_get_customer_name (CherishOccasion *self);
const char          *cherish_occasion_get_date          (CherishOccasion *self);
guint                cherish_occasion_get_number        (CherishOccasion *self);
const char          *cherish_occasion_get_title         (CherishOccasion *self);
gint64               cherish_occasion_get_life_event_id (CherishOccasion *self);

void                 cherish_occasion_sort              (GPtrArray       *occasions);

G_END_DECLS
