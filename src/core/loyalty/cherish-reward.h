/* cherish-reward.h — a reward the points buy (plain value, no SQL)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define CHERISH_TYPE_REWARD (cherish_reward_get_type ())

G_DECLARE_FINAL_TYPE (CherishReward, cherish_reward, CHERISH, REWARD, GObject)

CherishReward *cherish_reward_copy       (CherishReward *self);
gint64         cherish_reward_get_id     (CherishReward *self);
const char    *cherish_reward_get_name   (CherishReward *self);
gint64         cherish_reward_get_cost   (CherishReward *self);
gint64         cherish_reward_get_stock  (CherishReward *self);
gboolean       cherish_reward_get_active (CherishReward *self);

G_END_DECLS
