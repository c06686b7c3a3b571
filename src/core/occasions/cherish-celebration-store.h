/* cherish-celebration-store.h — celebrations in the database, photos beside it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cherish-celebration.h"
#include "cherish-occasion.h"
#include "cherish-store.h"

G_BEGIN_DECLS

#define CHERISH_TYPE_CELEBRATION_STORE (cherish_celebration_store_get_type ())

G_DECLARE_FINAL_TYPE (CherishCelebrationStore, cherish_celebration_store, CHERISH,
                      CELEBRATION_STORE, CherishStore)

CherishCelebrationStore *cherish_celebration_store_new          (CherishDatabase          *database,
                                                                 CherishClock             *clock);
CherishCelebration      *cherish_celebration_store_plan         (CherishCelebrationStore  *self,
                                                                 CherishOccasion          *occasion,
                                                                 GError                  **error);
gboolean                 cherish_celebration_store_update       (CherishCelebrationStore  *self,
                                                                 CherishCelebration       *celebration,
                                                                 GError                  **error);
CherishCelebration      *cherish_celebration_store_get          (CherishCelebrationStore  *self,
                                                                 gint64                    id,
                                                                 GError                  **error);
GPtrArray               *cherish_celebration_store_list_between (CherishCelebrationStore  *self,
                                                                 const char               *from,
                                                                 const char               *to,
                                                                 GError                  **error);
GPtrArray               *cherish_celebration_store_list_for_customer
                                                                (CherishCelebrationStore  *self,
                                                                 gint64                    customer_id,
                                                                 GError                  **error);
gboolean                 cherish_celebration_store_set_photo    (CherishCelebrationStore  *self,
                                                                 CherishCelebration       *celebration,
                                                                 GFile                    *source,
                                                                 GError                  **error);
char                    *cherish_celebration_store_photo_path   (CherishCelebrationStore  *self,
                                                                 CherishCelebration       *celebration);

G_END_DECLS
