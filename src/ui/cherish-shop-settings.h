/* cherish-shop-settings.h — the shop's rules, from its settings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "cherish-milestones.h"

G_BEGIN_DECLS

void cherish_shop_settings_rules (CherishMilestoneRules *rules);

G_END_DECLS
