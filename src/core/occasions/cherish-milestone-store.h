/* cherish-milestone-store.h — finding the moments worth celebrating
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cherish-milestones.h"
#include "cherish-occasion.h"
#include "cherish-store.h"

G_BEGIN_DECLS

#define CHERISH_TYPE_MILESTONE_STORE (cherish_milestone_store_get_type ())

G_DECLARE_FINAL_TYPE (CherishMilestoneStore, cherish_milestone_store, CHERISH, MILESTONE_STORE,
                      CherishStore)

CherishMilestoneStore *cherish_milestone_store_new        (CherishDatabase              *database,
                                                           CherishClock                 *clock);
GPtrArray             *cherish_milestone_store_find       (CherishMilestoneStore        *self,
                                                           const GDate                  *from,
                                                           const GDate                  *to,
                                                           const CherishMilestoneRules  *rules,
                                                           GError                      **error);
GPtrArray             *cherish_milestone_store_find_dated (CherishMilestoneStore        *self,
                                                           const GDate                  *from,
                                                           const GDate                  *to,
                                                           const CherishMilestoneRules  *rules,
                                                           GError                      **error);
GPtrArray             *cherish_milestone_store_find_life_events
                                                          (CherishMilestoneStore        *self,
                                                           const GDate                  *from,
                                                           const GDate                  *to,
                                                           const CherishMilestoneRules  *rules,
                                                           GError                      **error);

G_END_DECLS
