/* cherish-rewards-page.h — the reward catalogue, how points are earned, tiers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cherish-clock.h"
#include "cherish-database.h"

G_BEGIN_DECLS

#define CHERISH_TYPE_REWARDS_PAGE (cherish_rewards_page_get_type ())

G_DECLARE_FINAL_TYPE (CherishRewardsPage, cherish_rewards_page, CHERISH, REWARDS_PAGE, AdwBin)

void       cherish_rewards_page_setup        (CherishRewardsPage *self,
                                              CherishDatabase    *database,
                                              CherishClock       *clock);
GtkWidget *cherish_rewards_page_add_reward   (CherishRewardsPage *self);
GtkWidget *cherish_rewards_page_edit_rules   (CherishRewardsPage *self);
GtkWidget *cherish_rewards_page_add_tier     (CherishRewardsPage *self);
guint      cherish_rewards_page_recalculate  (CherishRewardsPage *self);

G_END_DECLS
